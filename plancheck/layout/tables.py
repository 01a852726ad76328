"""Tables: ruled ones from pdfplumber's ruling lines, unruled ones from the alignment of
their lines, and pieces continued over page breaks joined into one logical table.

Merged cells are resolved (a vertically merged cell's text is repeated in every row it spans,
``merged_from`` naming its row); a header drawn over two rows is merged into one; a row broken
by a page break is joined with its first half.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from plancheck.ingest.text import join_lines, join_over_break
from plancheck.layout.boxes import contains_box
from plancheck.layout.furniture import drop_note_refs
from plancheck.layout.lines import BULLETS, Line, fonts_of, line_text, segments, words_to_lines
from plancheck.layout.rules import implied_rules, implied_sides, kept_shape, row_rules
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word, seam_split
from plancheck.models import BBox, Cell, Table


@dataclass
class TablePiece:
    """One table as it stands on one page, before pieces over page breaks are joined."""

    page: int
    bbox: tuple[float, float, float, float]
    col_x: list[float]
    rows: list[list[Cell | None]]
    spans_to_bottom: list[bool] = field(default_factory=list)
    ruled: bool = True
    has_header: bool = True
    region: int = 0
    tab_stops: TabStops | None = None  # set on a table read from tab stops (find_tab_stop_table)
    # the rule under the last row is not drawn but implied (:func:`~plancheck.layout.rules.implied_rules`):
    # the page break cut that row, and the first row of the piece on the next page goes on with it
    open_foot: bool = False
    # read after the paragraph beside it: the table was read from margin notes
    # (plancheck/layout/marginnotes.py), whose reading place is not their top edge
    read_at: float | None = None
    # read from a field list (plancheck/layout/fieldlists.py): its header row is the labels, and
    # its columns stand nowhere on the page (every value starts at one x)
    field_list: bool = False
    # a cell of it holds ruling lines of its own (:func:`holds_inner_rules`): a box around a
    # table or a panel, not a table row
    holds_rules: bool = False
    # a field list's piece at the head of a page whose first lines, at the values' x and with no
    # label, are the wrapped end of the value the page break cut (fieldlists._cut_value_lead)
    cut_value: str = ""
    # a diagram of boxes joined by drawn connectors (plancheck/layout/flowboxes.py): its columns are
    # the diagram's levels, its rows the paths from a root to a leaf, a box met again merged down
    diagram: bool = False
    # a year wheel drawn as a ring (plancheck/layout/wheels.py): one column of its segments' boxes,
    # a table however few they are (not a text box)
    wheel: bool = False


def _curve_box(obj: dict) -> tuple[float, float, float, float]:
    """A pdfplumber curve's bounding box, top-down, rounded to 0.1 pt (to find it again)."""
    return (round(obj["x0"], 1), round(obj["top"], 1), round(obj["x1"], 1), round(obj["bottom"], 1))


def rounded_box(curve: dict, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a pdfplumber curve drawn as a box with rounded corners: ``boxed_item_min_points`` points
    or more, or a path of ``rounded_box_min_corners`` Bézier segments or more (its corners; the
    points pdfplumber lists leave out the control points, so a box of four sides and four
    rounded corners may list ten)?"""
    if len(curve.get("pts") or []) >= settings.boxed_item_min_points:
        return True
    path = curve.get("path") or []
    return sum(1 for op in path if op and op[0] == "c") >= settings.rounded_box_min_corners


def boxed_items(curves: list[dict], tables: list[tuple[float, float, float, float]], words: list[Word],
                settings: LayoutSettings = DEFAULT) -> set[tuple[float, float, float, float]]:
    """The boxes of items drawn inside the cells of a ruled table, as :func:`_curve_box` keys:
    closed curves with rounded corners (:func:`rounded_box`), at least
    ``side_box_min_size`` wide and tall, inside a table's box and touching none of its outer
    sides (by more than ``side_box_slack``: a table drawn with a rounded frame keeps its frame),
    holding ``card_min_words`` words wholly inside and cutting through none. A swimlane
    roadmap draws each action so, inside its lane, over the columns of the years it runs: the
    box's sides cut the lane into cells of their own and the box over two columns into pieces.
    The curves drawn on such a box (its tags) go with it."""
    m = settings.side_box_slack
    out: set[tuple[float, float, float, float]] = set()
    for c in curves:
        box = _curve_box(c)
        x0, top, x1, bottom = box
        if not rounded_box(c, settings) or min(x1 - x0, bottom - top) < settings.side_box_min_size:
            continue
        if not any(tx0 + m < x0 and x1 < tx1 - m and ttop + m < top and bottom < tbottom - m
                   for tx0, ttop, tx1, tbottom in tables):
            continue
        inside = [x0 - m <= w.x0 and w.x1 <= x1 + m and top - m <= w.top and w.bottom <= bottom + m for w in words]
        # (a word under the box and not inside it is cut; one test per word, not a search of those held)
        cut = any(w.x0 < x1 and w.x1 > x0 and w.top < bottom and w.bottom > top and not held
                  for w, held in zip(words, inside, strict=True))
        if sum(inside) >= settings.card_min_words and not cut:
            out.add(box)
    # (and what is drawn on such a box: its tags, its chips)
    return out | {k for k in map(_curve_box, curves)
                  if any(b[0] - m <= k[0] and k[2] <= b[2] + m and b[1] - m <= k[1] and k[3] <= b[3] + m for b in out)}


def innermost_boxes(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """The boxes that hold no other box of the list wholly.

    Why: the filled bars of an application's frame printed with its page (a web app's top bar
    and sidebar, a wiki's chrome) meet as the cells of one "table" around the whole page, and
    every rounded box of the page (a panel, a status lozenge) then stands in its cells as the
    items of a swimlane roadmap do; taken out as such, the real tables' panels went with them
    and the content column read as one table (session 45, a wiki page printed from a browser).
    A grid that holds tables of its own is a frame, not a table whose cells hold items."""
    return [a for a in boxes if not any(b != a and contains_box(a, b) for b in boxes)]


#: pdfplumber's table settings of a search on ruling lines alone
LINES_ONLY = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def without_boxed_items(
    page, words: list[Word], settings: LayoutSettings = DEFAULT
) -> tuple[Any, frozenset[tuple[float, float, float, float]], list | None]:
    """(``page`` without the boxes drawn in its ruled tables' cells (:func:`boxed_items`) and
    what is drawn on them, those boxes (empty when none were), the tables pdfplumber found on ``page`` with
    :data:`LINES_ONLY` when it was asked and the page is given back as it came, else None):
    their sides are no rules of the table, for the table finder and for every later reading
    of the page's rules alike. The tables are given back so that :func:`find_ruled_tables`
    does not ask for the same search of the same page again."""
    curves = getattr(page, "curves", [])
    if not any(rounded_box(c, settings)
               and min(c["x1"] - c["x0"], c["bottom"] - c["top"]) >= settings.side_box_min_size for c in curves):
        return page, frozenset(), None  # (no rounded box: the page's tables are not looked for twice)
    found = page.find_tables(dict(LINES_ONLY))
    inner = boxed_items(curves, innermost_boxes([t.bbox for t in found]), words, settings) if found else set()
    if not inner:
        return page, frozenset(), found
    return page.filter(lambda o: not (o.get("object_type") == "curve" and _curve_box(o) in inner)), frozenset(inner), None


def find_ruled_tables(
    page,
    words: list[Word],
    page_no: int,
    settings: LayoutSettings = DEFAULT,
    *,
    boxed: frozenset[tuple[float, float, float, float]] | bool = False,
    found: list | None = None,
) -> list[TablePiece]:
    """Tables drawn with ruling lines (pdfplumber ``find_tables`` on lines), their cell texts
    from ``words``. ``boxed``: the page had boxes drawn in its tables' cells, taken out
    (:func:`without_boxed_items`): its tables may lack their outer side (:func:`implied_sides`).
    Given as the boxes (:func:`without_boxed_items`), a cell holding such boxes wholly is read
    as its own text and then its boxes, each a bulleted item of lines (:func:`card_cell_text`).
    ``found``: what ``page.find_tables(LINES_ONLY)`` gave (:func:`without_boxed_items`), used
    when those are the settings of the search here."""
    pieces = []
    feet: list[TablePiece] = []  # single rows of one or two ruled cells (:func:`grid_foot_rows`)
    table_boxes: list[tuple[float, float, float, float]] | None = None  # the tables' boxes, once a foot is asked
    table_settings: dict = dict(LINES_ONLY)
    implied = implied_rules(getattr(page, "edges", []), settings)
    if implied:
        table_settings["explicit_horizontal_lines"] = implied

    # a roadmap rules its lanes on each cell's left only: its outer side is implied
    if boxed and (sides := implied_sides(page.edges, settings)):
        table_settings["explicit_vertical_lines"] = sides
    tables = found if found is not None and table_settings == LINES_ONLY else page.find_tables(table_settings)
    for t in tables:
        slack = settings.cell_slack
        # pdfplumber works a table's bbox out from all its cells at every access: once here
        table_box = t.bbox
        inside = [w for w in words if in_box(w, table_box, slack)]
        placed = [(w, w.mid_x, w.mid_y) for w in inside]
        bands: dict[tuple[float, float], list[tuple[Word, float, float]]] = {}
        solids: dict[tuple[float, float], frozenset[str]] = {}
        rows = t.rows
        if not rows:
            continue
        ncols = len(rows[0].cells)
        # a single row of one or two cells is no table (:func:`kept_shape`), but may be the foot
        # row of a grid drawn beside it (:func:`grid_foot_rows`): read when the page has another
        foot_box = len(rows) == 1 and len(tables) > 1 and not kept_shape(len(rows), ncols, settings)
        if foot_box:
            if table_boxes is None:
                table_boxes = [u.bbox for u in tables]
            foot_box = any(_stands_under(table_box, u, settings) for u in table_boxes)
        if not kept_shape(len(rows), ncols, settings) and not foot_box:
            continue
        col_x = sorted({c[0] for c in t.cells})
        # right edge of each column
        grid: list[list[Cell | None]] = []
        raw = [list(r.cells) for r in rows]
        row_boxes = [r.bbox for r in rows]
        if not boxed and len(col_x) == ncols:
            raw, row_boxes, col_x, inner_heads = unnest_cells(raw, row_boxes, col_x, settings)
            ncols = len(col_x)
        else:
            inner_heads = []
        spans: list[bool] = [False] * ncols
        for ri, row in enumerate(raw):
            out: list[Cell | None] = []
            for ci, bbox in enumerate(row):
                if bbox is None:
                    out.append(None)
                    continue
                band_words = row_band(placed, bbox[1], bbox[3], slack, bands)
                text = (card_cell_text(band_words, bbox, boxed, settings) if isinstance(boxed, frozenset) and boxed
                        else None) or _placed_text(band_words, bbox, settings,
                                                     lambda bbox=bbox, placed=placed, solids=solids: column_words(placed, bbox, solids))
                # set in a bold weight: every word inside the cell is (a summary row of a task list)
                inner = [w for w, mx, _my in band_words if bbox[0] <= mx <= bbox[2]] if text else []
                # and how far its first line stands in from the cell's left edge (a WBS table's
                # tasks indented under their summary row)
                first = min((w.top for w in inner), default=0.0)
                indent = min((w.x0 for w in inner if w.top <= first + settings.y_tolerance), default=None)
                out.append(
                    Cell(row=ri, col=ci, text=text, page=page_no, bbox=BBox(x0=bbox[0], top=bbox[1], x1=bbox[2], bottom=bbox[3]),
                         bold=bool(inner) and all(w.bold for w in inner),
                         indent=round(indent - bbox[0], 1) if indent is not None else None)
                )
                if ri < len(raw) - 1 and bbox[3] >= table_box[3] - 1:
                    spans[ci] = True
            grid.append(out)
        # resolve merged cells: horizontal spans leave "", vertical ones copy down
        hedges: list[dict] | None = None  # the page's horizontal rules, read at the first open slot
        foot = table_box[3]  # the table's foot with the lines of a cell left open that ran on under it
        for ri, row in enumerate(grid):
            for ci, cell in enumerate(row):
                if cell is not None:
                    continue
                left = next((row[k] for k in range(ci - 1, -1, -1) if row[k] is not None and row[k].bbox is not None), None)
                row_top = row_boxes[ri][1]
                if left is not None and left.bbox and left.bbox.x1 > col_x[ci] + 1 and left.bbox.bottom > row_top:
                    row[ci] = Cell(row=ri, col=ci, text="", page=page_no, merged_from=None)
                    continue
                above = next((grid[k][ci] for k in range(ri - 1, -1, -1) if grid[k][ci] is not None and grid[k][ci].merged_from is None), None)
                if above is not None and above.bbox and above.bbox.bottom > row_top + 1:
                    row[ci] = Cell(row=ri, col=ci, text=above.text, page=page_no, bbox=above.bbox, merged_from=above.row)
                    continue
                x1 = col_x[ci + 1] if ci + 1 < len(col_x) else table_box[2]
                if hedges is None:
                    hedges = [e for e in getattr(page, "edges", []) if e.get("orientation") == "h"]
                box = (col_x[ci], row_top, x1, row_boxes[ri][3])
                if sideless_cell(box, hedges, settings):
                    # a cell ruled above and below, its sides undrawn: its own words
                    text = _placed_text(row_band(placed, box[1], box[3], slack, bands), box, settings)
                    row[ci] = Cell(row=ri, col=ci, text=text, page=page_no,
                                   bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]))
                    continue
                row[ci] = Cell(row=ri, col=ci, text="", page=page_no)
                closed_above = ri > 0 and (up := grid[ri - 1][ci]) is not None and up.bbox is not None and up.bbox.bottom <= row_top + 1
                if closed_above and open_at_foot(raw, ri, ci, table_box[3], getattr(page, "height", None), settings):
                    # a cell left open by the page break (a cell spanning rows whose bottom rule
                    # is drawn on the next page): no cell covers it, but its words are here
                    x1 = col_x[ci + 1] if ci + 1 < len(col_x) else table_box[2]
                    box = (col_x[ci], row_top, x1, table_box[3])
                    # (its lines may run on under the rules drawn beside it: a browser paints the
                    # rest of a cell spanning rows that the break cut below the table's foot)
                    run_on = run_on_below(words, placed, box, settings) if box[2] > box[0] else []
                    if run_on:
                        box = (box[0], box[1], box[2], max(w.bottom for w in run_on))
                        foot = max(foot, box[3])
                    text = _placed_text(placed + [(w, w.mid_x, w.mid_y) for w in run_on], box, settings) if box[2] > box[0] else ""
                    if text:
                        row[ci] = Cell(row=ri, col=ci, text=text, page=page_no,
                                       bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]))
                elif closed_above and ri == len(raw) - 1 and row_boxes[ri][3] > row_top:
                    # the last row's cell ruled above and left open below (a lane of a swimlane
                    # chart under a dashed divider, only its label's box drawn to the table's
                    # foot): its words stand under the rule, between the column's edges
                    box = (col_x[ci], row_top, x1, row_boxes[ri][3])
                    text = _placed_text(row_band(placed, box[1], box[3], slack, bands), box, settings) if box[2] > box[0] else ""
                    if text:
                        row[ci] = Cell(row=ri, col=ci, text=text, page=page_no,
                                       bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]))
        grid = lift_inner_heads(grid, inner_heads)
        split_unruled_head(grid, placed, col_x, table_box, settings)
        # spans_to_bottom: the bottom cell of each column reaches past its row (merged down)
        last_top = row_boxes[-1][1]
        bottom_span = []
        for ci in range(ncols):
            c = grid[-1][ci]
            bottom_span.append(bool(c and c.merged_from is not None) or bool(c and c.bbox and c.bbox.top < last_top - 1))
        set_cell_fills(grid, fills_in(page, table_box, settings), settings)
        split_tag_cells(grid, placed, tag_shapes(page, table_box, settings), settings)
        piece = TablePiece(page_no, (table_box[0], table_box[1], table_box[2], foot), col_x, grid, bottom_span, True)
        piece.open_foot = cut_at_foot(implied, table_box, getattr(page, "height", None), settings)
        piece.holds_rules = holds_inner_rules(grid, getattr(page, "edges", []), settings)
        (feet if foot_box else pieces).append(piece)
    if feet:
        pieces = grid_foot_rows(pieces, feet, settings)
    return nest_pieces(pieces, settings) if len(pieces) > 1 and not boxed else pieces


#: the bullet glyphs of :data:`BULLETS` that are no dash, hyphen or dot
_ITEM_BULLETS = frozenset(BULLETS) - frozenset("–—-·*∙")


def _stands_under(box: tuple[float, float, float, float], above: tuple[float, float, float, float],
                  settings: LayoutSettings = DEFAULT) -> bool:
    """Does ``box`` stand right under ``above`` (its top at most ``grid_foot_gap`` below its foot)
    and as wide as it (both sides within ``grid_foot_edge_slack``)? The geometry of a grid's foot
    row (:func:`grid_foot_rows`), asked before the box's cells are read."""
    tol = settings.grid_foot_edge_slack
    gap = box[1] - above[3]
    return -tol <= gap <= settings.grid_foot_gap and abs(above[0] - box[0]) <= tol and abs(above[2] - box[2]) <= tol


def headed_bullets(text: str, settings: LayoutSettings = DEFAULT) -> bool:
    """Does a cell's text open with a short head of its own, then bulleted items ('Spring •
    Paint the benches – Parks (A2) • …'): a box titled on top, its items written inside? The
    head is at most ``grid_foot_head_words`` words, no bullet itself."""
    words = (text or "").split()
    # (a glyph, not a dash: a dash also parts an item from its owner, 'Open day – Parks')
    k = next((i for i, w in enumerate(words) if w[:1] in _ITEM_BULLETS), None)
    return k is not None and 0 < k <= settings.grid_foot_head_words and k < len(words) - 1


def grid_foot_rows(pieces: list[TablePiece], feet: list[TablePiece], settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """``pieces`` with each ruled box of a single row (``feet``: one or two cells, no table by
    its shape alone) that is the last row of a grid above it joined to that grid as its row.

    Why: a calendar or a board of headed boxes ('Januar' … 'Desember', each a head over bulleted
    items) often closes with a box drawn apart under the grid for what belongs to no one box (a
    year plan's 'All year' and 'Longer term', a week plan's 'All week'): the same form, a head
    over items, read as the grid's boxes are. Read as running text, its two cells ran into each
    other line by line.

    A foot is the grid's row when it stands under the grid (its top at most ``grid_foot_gap`` below
    the grid's foot), as wide as it (both sides within ``grid_foot_edge_slack``), each of its inner
    rules on a column rule of the grid, and every filled cell of it and at least
    ``grid_foot_head_share`` of the grid's filled cells open with a head over bulleted items
    (:func:`headed_bullets`). A cell spanning columns keeps its text in its first column, the
    others empty (as a merged cell of a ruled table). A foot no grid takes is dropped, as before."""
    tol = settings.grid_foot_edge_slack
    for foot in feet:
        cells = [c for c in foot.rows[0] if c is not None]
        filled = [c for c in cells if c.text.strip()]
        if not filled or not all(headed_bullets(c.text, settings) for c in filled):
            continue
        for grid in pieces:
            if grid.page != foot.page or grid.field_list or len(grid.col_x) <= len(foot.col_x) or len(grid.rows) < 2:
                continue
            if not _stands_under(foot.bbox, grid.bbox, settings):
                continue
            starts = [min(range(len(grid.col_x)), key=lambda k, x=x: abs(grid.col_x[k] - x)) for x in foot.col_x]
            if any(abs(grid.col_x[k] - x) > tol for k, x in zip(starts, foot.col_x, strict=True)) or len(set(starts)) != len(starts):
                continue
            boxes = [c for row in grid.rows for c in row if c is not None and c.text.strip() and c.merged_from is None]
            if not boxes or sum(headed_bullets(c.text, settings) for c in boxes) < settings.grid_foot_head_share * len(boxes):
                continue
            r = len(grid.rows)
            row: list[Cell | None] = [Cell(row=r, col=k, text="", page=foot.page) for k in range(len(grid.col_x))]
            for k, c in zip(starts, foot.rows[0], strict=False):
                if c is not None:
                    row[k] = c.model_copy(update={"row": r, "col": k})
            grid.rows.append(row)
            grid.spans_to_bottom = [False] * len(grid.col_x)
            grid.bbox = (min(grid.bbox[0], foot.bbox[0]), grid.bbox[1], max(grid.bbox[2], foot.bbox[2]), foot.bbox[3])
            grid.open_foot = foot.open_foot
            break
    return pieces


# the marks that part the names of several columns in one head cell ('Action · Lead · By when')
_HEAD_PARTS = re.compile(r"\s+[·|/•]\s+")


def _spanned_heads(text: str, n: int) -> list[str]:
    """A head cell over ``n`` columns: its names, one a column, when it lists exactly ``n``
    parted by a middle dot, a bar or a slash ('Action · Lead · By when'); else the text over
    the first and the others empty."""
    parts = [t.strip() for t in _HEAD_PARTS.split(text or "")]
    if len(parts) == n and all(parts):
        return parts
    return [text, *[""] * (n - 1)]


def nest_pieces(pieces: list[TablePiece], settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """Tables found apart whose each lies wholly inside one cell of another table's column (a
    web page's table in a table cell, its rules clear of the cell's): the inner tables' rows
    become the outer table's rows, each beside the outer row's other cells (a goal merged down
    over them), the holding column replaced by the inner columns (:func:`unnest_cells` does the
    same for a nested table pdfplumber finds in one grid with the outer one). Only when every
    inner table of the column has the same number of columns, two at least, and the column holds
    nothing else but its head."""
    m = settings.cell_slack
    out = list(pieces)
    for outer in pieces:
        if outer not in out:
            continue
        held: dict[tuple[int, int], TablePiece] = {}
        for ri, row in enumerate(outer.rows):
            for ci, c in enumerate(row):
                if c is None or c.bbox is None or c.merged_from is not None:
                    continue
                b = c.bbox
                inner = [p for p in out if p is not outer and b.x0 - m <= p.bbox[0] and p.bbox[2] <= b.x1 + m
                         and b.top - m <= p.bbox[1] and p.bbox[3] <= b.bottom + m]
                if len(inner) == 1:
                    held[(ri, ci)] = inner[0]
        cols = {ci for _, ci in held}
        if len(held) < 1 or len(cols) != 1:
            continue
        h = cols.pop()
        widths = {len(p.col_x) for p in held.values()}
        if len(widths) != 1 or (n := widths.pop()) < 2:
            continue
        first_held = min(ri for ri, _ in held)
        if any(ri > first_held and (ri, h) not in held and outer.rows[ri][h] is not None
               and outer.rows[ri][h].merged_from is None and outer.rows[ri][h].text.strip()
               for ri in range(len(outer.rows))):
            continue  # the column holds text of its own below the head
        grid: list[list[Cell | None]] = []
        firsts: list[int] = []

        def put(cells: list[Cell | None], grid: list[list[Cell | None]] = grid) -> None:
            ri = len(grid)
            for k, c in enumerate(cells):
                if c is not None:
                    c.row, c.col = ri, k
            grid.append(cells)

        for ri, row in enumerate(outer.rows):
            before, after = row[:h], row[h + 1:]
            inner = held.get((ri, h))
            if inner is None:
                if ri < first_held:
                    heads = _spanned_heads(row[h].text if row[h] is not None else "", n)
                    put([*before, *[Cell(row=0, col=0, text=t, page=outer.page) for t in heads], *after])
                continue
            firsts.append(len(grid))
            origin = len(grid)
            for k, irow in enumerate(inner.rows):
                side = [c if k == 0 or c is None else c.model_copy(update={"merged_from": origin}) for c in before + after]
                put([*side[:h], *[c.model_copy() if c is not None else None for c in irow], *side[h:]])
        grid = lift_inner_heads(grid, firsts)
        col_x = [*outer.col_x[:h], *next(iter(held.values())).col_x, *outer.col_x[h + 1:]]
        merged = replace(outer, col_x=col_x, rows=grid, spans_to_bottom=[False] * len(col_x))
        out = [merged if p is outer else p for p in out if not any(p is q for q in held.values())]
    return out


def unnest_cells(
    raw: list[list], row_boxes: list, col_x: list[float], settings: LayoutSettings = DEFAULT
) -> tuple[list[list], list, list[float], list[int]]:
    """A table NESTED in a cell of a ruled table (a Word table put in a table cell): pdfplumber
    makes one grid of both tables' rules, the holding cell a cell of its own over the inner
    table's cells, so that its words would be read twice, once as one run of words in the holding
    cell (copied down every inner row) and once cell by cell. A cell holding at least
    ``nested_cells_min`` cells in two rows and two columns or more, beside a cell of the outer
    table in its row, is taken out: the inner cells own their words. The holder's row, when it
    holds nothing but cells reaching down over the inner rows (the goal cell beside the nested
    table), is folded into the row under it; the holder's column, left with nothing but cells
    spanning into the next column (the outer header over the nested table), is folded into that
    column. ``raw``: the cell boxes by row and column, None where no cell starts. Also gives the
    row of each inner table's first row (:func:`lift_inner_heads`)."""
    m = settings.cell_slack
    cells = [(ri, ci, b) for ri, row in enumerate(raw) for ci, b in enumerate(row) if b is not None]

    def inside(b: tuple, outer: tuple) -> bool:
        return (b is not outer and b[0] >= outer[0] - m and b[2] <= outer[2] + m and b[1] >= outer[1] - m
                and b[3] <= outer[3] + m and (b[2] - b[0]) * (b[3] - b[1]) < (outer[2] - outer[0]) * (outer[3] - outer[1]))

    holders: list[tuple[int, int]] = []
    firsts: list[int] = []
    for ri, ci, box in cells:
        inner = [(rj, cj) for rj, cj, b in cells if inside(b, box)]
        if (len(inner) < settings.nested_cells_min or len({r for r, _ in inner}) < 2
                or len({c for _, c in inner}) < 2):
            continue
        if not any(b is not None and k != ci and not inside(b, box) and not inside(box, b)
                   for k, b in enumerate(raw[ri])):
            continue  # a box around a table, not a cell of an outer table's row
        holders.append((ri, ci))
        firsts.append(min(r for r, _ in inner))
    if not holders:
        return raw, row_boxes, col_x, []
    raw = [list(r) for r in raw]
    row_boxes = list(row_boxes)
    for ri, ci in holders:
        raw[ri][ci] = None
    # a holder's row with nothing left but cells reaching over the rows below: folded into the next row
    for ri in sorted({r for r, _ in holders}, reverse=True):
        if ri + 1 >= len(raw):
            continue
        nxt_top = row_boxes[ri + 1][1]
        left = [(k, b) for k, b in enumerate(raw[ri]) if b is not None]
        if all(b[3] > nxt_top + m and raw[ri + 1][k] is None for k, b in left):
            for k, b in left:
                raw[ri + 1][k] = b
            del raw[ri]
            del row_boxes[ri]
            firsts = [f - 1 if f > ri else f for f in firsts]
    # a holder's column with nothing left but cells spanning into the next column: folded into it
    for ci in sorted({c for _, c in holders}, reverse=True):
        if ci + 1 >= len(col_x):
            continue
        column = [(ri, row[ci]) for ri, row in enumerate(raw) if row[ci] is not None]
        if all(b[2] > col_x[ci + 1] + m and raw[ri][ci + 1] is None for ri, b in column):
            for ri, b in column:
                raw[ri][ci + 1] = b
            for row in raw:
                del row[ci]
            col_x = col_x[:ci] + col_x[ci + 1:]
    return raw, row_boxes, col_x, firsts


def lift_inner_heads(grid: list[list[Cell | None]], firsts: list[int]) -> list[list[Cell | None]]:
    """Nested tables (:func:`unnest_cells`) that each open with the same row of column heads
    ('Tiltak | Ansvar | Frist' in every goal's cell), two of them or more, under an outer header
    row: those heads are the table's header where the outer header spans them, and their rows go.
    A vertically merged cell that started in a removed row starts in the row under it."""
    firsts = sorted(set(firsts))
    if len(firsts) < 2 or firsts[0] < 1 or not grid:
        return grid

    def own(ri: int) -> list[int]:
        """the row's cells of its own, not merged down into the next row (the goal beside them)"""
        below = grid[ri + 1] if ri + 1 < len(grid) else []
        return [ci for ci, c in enumerate(grid[ri]) if c is not None and c.merged_from is None and c.text.strip()
                and not (ci < len(below) and below[ci] is not None and below[ci].merged_from == ri)]

    cols = own(firsts[0])
    texts = [grid[firsts[0]][ci].text for ci in cols]
    if len(cols) < 2 or any(own(f) != cols or [grid[f][ci].text for ci in cols] != texts for f in firsts[1:]):
        return grid
    if any(grid[0][ci] is not None and grid[0][ci].text.strip() and grid[0][ci].text != texts[0]
           for ci in cols[1:]):
        return grid  # the outer header has heads of its own there
    for ci, text in zip(cols, texts, strict=True):
        if grid[0][ci] is not None:
            grid[0][ci].text = text
    drop = set(firsts)
    out: list[list[Cell | None]] = []
    new_row: dict[int, int] = {}
    for ri, row in enumerate(grid):
        if ri in drop:
            continue
        new_row[ri] = len(out)
        for c in row:
            if c is None:
                continue
            origin = c.merged_from
            if origin is not None and origin in drop:
                # the cell's first row went: its first row left holds its text as its own
                first_left = next(r for r in range(origin + 1, len(grid)) if r not in drop)
                c.merged_from = None if first_left == ri else new_row.get(first_left)
            elif origin is not None:
                c.merged_from = new_row.get(origin, origin)
            c.row = len(out)
        out.append(row)
    return out


def split_unruled_head(
    grid: list[list[Cell | None]],
    placed: list[tuple[Word, float, float]],
    col_x: list[float],
    table_box: tuple[float, float, float, float],
    settings: LayoutSettings = DEFAULT,
) -> None:
    """Give each column its own label where a header cell of the first row spans columns AND
    rows but its words stand in separate columns ("Delmål" and "Tiltak" under one dark header
    band whose inner rule between them is not drawn, beside "Ansvar" over "Hovudansvar |
    Medansvar"): the cell then holds one label per column, not one text joined over them.

    Why a cell spanning rows too: a group label ("Ansvar" over its columns' own labels) spans
    columns in one row only, with the labels under it; a cell reaching down through the header
    rows has nothing under it, so it groups nothing and its words belong to the body's columns
    under them. It is split only when every word stands wholly inside one column (none crosses
    a column's rule) and at least two columns get words; a cell across the whole table is a
    title, left as it is. The copies of the cell merged down into later rows are split alike."""
    if len(grid) < 2 or len(col_x) < 2:
        return
    slack = settings.cell_slack
    edges = [*col_x, table_box[2]]
    head = grid[0]
    for ci, cell in enumerate(head):
        if cell is None or cell.bbox is None or not cell.text.strip() or cell.merged_from is not None:
            continue
        box = cell.bbox
        cover = [k for k in range(len(head)) if edges[k] >= box.x0 - slack and edges[k + 1] <= box.x1 + slack]
        nxt = grid[1][ci] if ci < len(grid[1]) else None
        spans_rows = nxt is not None and nxt.merged_from == 0
        if len(cover) < 2 or len(cover) == len(head) or not spans_rows:
            continue
        words = [(w, mx, my) for w, mx, my in placed
                 if box.x0 - slack <= mx <= box.x1 + slack and box.top - slack <= my <= box.bottom + slack]
        per: dict[int, list[tuple[Word, float, float]]] = {}
        for item in words:
            w = item[0]
            k = next((k for k in cover if edges[k] - slack <= w.x0 and w.x1 <= edges[k + 1] + slack), None)
            if k is None:
                break  # a word across a column's rule: one label over the columns
            per.setdefault(k, []).append(item)
        else:
            if len(per) < 2:
                continue
            down = [0]  # the rows the cell is merged down into
            while down[-1] + 1 < len(grid) and (c := grid[down[-1] + 1][ci]) is not None and c.merged_from == 0:
                down.append(down[-1] + 1)
            for k in cover:
                sub = (edges[k], box.top, edges[k + 1], box.bottom)
                text = _placed_text(per.get(k, []), sub, settings)
                bbox = BBox(x0=sub[0], top=sub[1], x1=sub[2], bottom=sub[3])
                for ri in down:
                    grid[ri][k] = Cell(row=ri, col=k, text=text, page=cell.page, bbox=bbox,
                                       merged_from=None if ri == 0 else 0)


Fill = tuple[float, float, float, float, str]  # x0, top, x1, bottom, '#rrggbb'


def fill_colour(colour: object) -> str | None:
    """A PDF fill colour as '#rrggbb': grey (one value), RGB (three) or CMYK (four, converted
    naively); None for a colour given otherwise (a pattern's name)."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return None
    vals = [min(max(float(v), 0.0), 1.0) for v in colour]
    if len(vals) == 1:
        rgb = vals * 3
    elif len(vals) == 3:
        rgb = vals
    elif len(vals) == 4:
        c, m, y, k = vals
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    else:
        return None
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


def tag_shapes(page, box: tuple[float, float, float, float], settings: LayoutSettings = DEFAULT) -> list[tuple[float, float, float, float]]:
    """The filled rounded shapes of a pdfplumber page inside ``box`` no taller than
    ``tag_max_lines`` lines of text: the candidates for the tags of a cell (the pills of a
    multi-select or status property, :func:`split_tag_cells`). [] when the page draws none."""
    out: list[tuple[float, float, float, float]] = []
    tallest = settings.tag_max_height
    for c in getattr(page, "curves", []) or []:
        if not c.get("fill"):
            continue
        x0, top, x1, bottom = c["x0"], c["top"], c["x1"], c["bottom"]
        if x0 < box[0] - 1 or x1 > box[2] + 1 or top < box[1] - 1 or bottom > box[3] + 1 or bottom - top > tallest:
            continue
        out.append((x0, top, x1, bottom))
    return out


def split_tag_cells(grid: list[list[Cell | None]], placed: list[tuple[Word, float, float]], tags: list[tuple[float, float, float, float]],
                    settings: LayoutSettings = DEFAULT) -> None:
    """Give a cell whose every word stands in one of two or more filled rounded shapes (the tags
    of a page tool's multi-select property, one pill a value: 'Parks' 'Sport and Outdoors')
    one value each, parted by semicolons, each tag's words joined as its own text. Why: read as one text the
    cell's tags ran into each other ('Parks Sport and Outdoors'), and a tag's name may hold
    an 'and' of its own, so the names cannot be told apart by words."""
    if len(tags) < 2:
        return
    slack = settings.cell_slack
    for row in grid:
        for cell in row:
            if cell is None or cell.bbox is None or cell.merged_from is not None or not cell.text:
                continue
            box = (cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom)
            own = [t for t in tags if box[0] - slack <= t[0] and t[2] <= box[2] + slack
                   and box[1] - slack <= t[1] and t[3] <= box[3] + slack]
            if len(own) < 2:
                continue
            words = [(w, mx, my) for w, mx, my in placed
                     if box[0] - slack <= mx <= box[2] + slack and box[1] - slack <= my <= box[3] + slack]
            held = [[p for p in words if t[0] <= p[1] <= t[2] and t[1] <= p[2] <= t[3]] for t in own]
            if sum(len(h) for h in held) != len(words) or sum(1 for h in held if h) < 2:
                continue  # a word outside the tags, or in two: not a cell of tags
            texts = [_placed_text(h, t, settings) for t, h in sorted(zip(own, held, strict=True), key=lambda th: (th[0][1], th[0][0])) if h]
            cell.text = "; ".join(" ".join(t.split()) for t in texts)  # (a list's separator: one value each)


def fills_in(page, box: tuple[float, float, float, float], settings: LayoutSettings = DEFAULT) -> list[Fill]:
    """The filled rectangles of a pdfplumber page that reach into ``box``, in drawing order,
    less those covering (nearly) the whole page: a page's background colour is no cell's own."""
    width, height = getattr(page, "width", 0) or 0, getattr(page, "height", 0) or 0
    page_area = width * height
    out: list[Fill] = []
    for r in getattr(page, "rects", []) or []:
        if not r.get("fill"):
            continue
        colour = fill_colour(r.get("non_stroking_color"))
        if colour is None:
            continue
        x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
        if x1 <= box[0] or x0 >= box[2] or bottom <= box[1] or top >= box[3]:
            continue
        if page_area and (x1 - x0) * (bottom - top) >= settings.page_background_cover * page_area:
            continue
        out.append((x0, top, x1, bottom, colour))
    return out


def cell_fill(bbox: tuple[float, float, float, float], fills: list[Fill], settings: LayoutSettings = DEFAULT) -> str:
    """The background colour of a cell: that of the last drawn rectangle covering
    ``cell_background_cover`` of its area (a later one paints over an earlier), '' when none
    does. Why: a Gantt table shows when an action runs only by filling its year cells."""
    area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1e-6)
    colour = ""
    for x0, top, x1, bottom, c in fills:
        w = min(x1, bbox[2]) - max(x0, bbox[0])
        h = min(bottom, bbox[3]) - max(top, bbox[1])
        if w > 0 and h > 0 and w * h >= settings.cell_background_cover * area:
            colour = c
    return colour


def fills_across(fills: list[Fill], top: float, bottom: float) -> list[Fill]:
    """The ``fills`` that reach into the band from ``top`` to ``bottom`` (a row of cells), in
    their drawing order: the only ones :func:`cell_fill` can take for a cell of that band (it
    asks each fill for the same overlap, more than nothing in both directions)."""
    return [f for f in fills if min(f[3], bottom) - max(f[1], top) > 0]


def set_cell_fills(grid: list[list[Cell | None]], fills: list[Fill], settings: LayoutSettings = DEFAULT) -> None:
    """Give each cell of a ruled table its background colour (:func:`cell_fill`); a slot a
    cell spans into takes the colour of the cell spanning it, left or above.

    Each cell is matched against the fills across its row's band only (:func:`fills_across`,
    once per band): a Gantt table fills many of its cells, and matching every cell against
    every fill of the table was cells × fills."""
    across: dict[tuple[float, float], list[Fill]] = {}
    for row in grid:
        for cell in row:
            if cell is not None and cell.bbox is not None:
                band = (cell.bbox.top, cell.bbox.bottom)
                near = across.get(band)
                if near is None:
                    near = across[band] = fills_across(fills, *band)
                cell.fill = cell_fill((cell.bbox.x0, cell.bbox.top, cell.bbox.x1, cell.bbox.bottom), near, settings)
    for row in grid:
        for ci, cell in enumerate(row):
            if cell is None or cell.fill is not None:
                continue
            if cell.merged_from is not None and 0 <= cell.merged_from < len(grid) and grid[cell.merged_from][ci] is not None:
                cell.fill = grid[cell.merged_from][ci].fill  # type: ignore[union-attr]
            elif ci > 0 and row[ci - 1] is not None:
                cell.fill = row[ci - 1].fill  # type: ignore[union-attr]


def cut_at_foot(implied: list[dict], table_box: tuple[float, float, float, float], page_height: float | None,
                settings: LayoutSettings = DEFAULT) -> bool:
    """Did the page break cut the table's last row? Its bottom rule is one the producer left
    undrawn (the column rules run on to the page's last text, see
    :func:`~plancheck.layout.rules.implied_rules`) and the table ends low on the page. A row
    closed before the break has its rule drawn; only a row going on over the page lacks it."""
    if page_height is None or table_box[3] < settings.table_continuation_bottom_ratio * page_height:
        return False
    tol = settings.implied_rule_tolerance
    return any(abs(r["top"] - table_box[3]) <= tol and r["x0"] < table_box[2] and r["x1"] > table_box[0] for r in implied)


def card_cell_text(placed: list[tuple[Word, float, float]], bbox: tuple[float, float, float, float],
                   boxes: frozenset[tuple[float, float, float, float]],
                   settings: LayoutSettings = DEFAULT) -> str | None:
    """The text of a cell that holds drawn boxes (cards: rounded boxes of an item each, drawn in
    the areas of a matrix or on a board): the cell's own words first (its title), then each
    box's lines, top to bottom and left to right, the first opened by a bullet ("• Å1 Mål 1",
    "Ta fram …", "Hallsberga Vatten AB · 2026"), one line each. None when no box stands wholly
    in the cell (the boxes inside a box, its tags, go with it).

    Why: read as running text, one card's last line ran into the next card's first and the cell
    was one item; the boxes say where each item begins and ends, the lines what each part is."""
    m = settings.side_box_slack

    def within(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float]) -> bool:
        return outer[0] - m <= inner[0] and inner[2] <= outer[2] + m and outer[1] - m <= inner[1] and inner[3] <= outer[3] + m

    held = [b for b in boxes if within(b, bbox)]
    cards = sorted((b for b in held if not any(o != b and within(b, o) for o in held)), key=lambda b: (round(b[1]), b[0]))
    if not cards:
        return None
    rest = list(placed)
    parts: list[str] = []
    for card in cards:
        words = [w for w, _x, _y in rest if within((w.x0, w.top, w.x1, w.bottom), card)]
        rest = [p for p in rest if not within((p[0].x0, p[0].top, p[0].x1, p[0].bottom), card)]
        lines = [ln.text for ln in words_to_lines(words, 0, settings) if ln.text.strip()]
        if lines:
            parts.append("\n".join(["• " + lines[0], *lines[1:]]))
    own = _placed_text(rest, bbox, settings) if rest else ""
    return "\n".join([own, *parts] if own else parts)


def sideless_cell(box: tuple[float, float, float, float], hedges: list[dict],
                  settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``box`` (a slot of pdfplumber's grid no drawn cell covers, under a closed cell, in a
    row drawn beside it) a cell whose sides are not drawn? A horizontal rule across its whole
    width lies within ``settings.sideless_cell_rule_tolerance`` of its top and another of its
    bottom.

    Why: a web table rules only each cell's foot ("border-bottom"); where the cells beside are
    filled (a grey column of context), pdfplumber draws those cells and leaves the unfilled
    column's slots empty. Read as no cell, the column's text was lost, or, on a table ending
    low on a page, taken for one cell the page break left open and copied into every row."""
    tol, slack = settings.sideless_cell_rule_tolerance, settings.cell_slack
    x0, top, x1, bottom = box
    if x1 - x0 <= 2 * slack or bottom - top <= tol:
        return False

    def across(y: float) -> bool:
        return any(abs(e["top"] - y) <= tol and e["x0"] <= x0 + slack and e["x1"] >= x1 - slack for e in hedges)

    return across(top) and across(bottom)


def run_on_below(words: list[Word], placed: list[tuple[Word, float, float]], box: tuple[float, float, float, float],
                 settings: LayoutSettings = DEFAULT) -> list[Word]:
    """The words of a cell the page break left open (``box``, down to the table's drawn foot)
    that run on under that foot: the lines right under it, each within a paragraph's gap
    (``block_gap_ratio`` of a line's height) of the line above, beginning with the cell's own
    last line, and each wholly inside the cell's column, nothing else beside it.

    Why: a browser fragments a cell spanning rows at the page break and paints the lines of it
    that the rows beside it do not reach under their rules ("… med 50" in the cell, "prosent
    innan 2030" under the table), then draws the cell again, empty, on the next page. Read as a
    paragraph after the table, the cell lost its end, and the table was cut in two."""
    x0, top, x1, bottom = box
    own = [w for w, mx, my in placed if x0 <= mx <= x1 and top <= my <= bottom]
    if not own:
        return []
    last = max(own, key=lambda w: w.bottom)
    reach = bottom + settings.run_on_reach_lines * (last.bottom - last.top)
    under = sorted((w for w in words if w.mid_y > bottom and w.top < reach), key=lambda w: (w.top, w.x0))
    out: list[Word] = []
    above = last.bottom
    while under:
        first = under[0]
        in_line = [abs(w.top - first.top) <= settings.y_tolerance for w in under]
        line = [w for w, on in zip(under, in_line, strict=True) if on]
        if first.top - above > settings.block_gap_ratio * max(last.bottom - last.top, first.bottom - first.top) + settings.measure_precision:
            break
        if any(w.x0 < x0 - settings.cell_slack or w.x1 > x1 + settings.cell_slack for w in line):
            return []  # a line across the column's edge: the text after the table, not the cell's
        out += line
        above = max(w.bottom for w in line)
        # the rest: one pass (a word equal to one of the line has its top, so is in the line)
        under = [w for w, on in zip(under, in_line, strict=True) if not on]
    return out


def open_at_foot(raw: list[list], ri: int, ci: int, table_bottom: float, page_height: float | None,
                 settings: LayoutSettings = DEFAULT) -> bool:
    """Is slot (``ri``, ``ci``) of pdfplumber's grid, under a cell that ends above it, the top
    of a cell the page break left open? No cell covers it or any slot under it down to the
    table's foot, most columns of its row are drawn, and the table ends low on the page."""
    if any(raw[k][ci] is not None for k in range(ri, len(raw))):
        return False
    if sum(1 for c in raw[ri] if c is not None) * 2 < len(raw[ri]):
        return False
    return page_height is not None and table_bottom >= settings.table_continuation_bottom_ratio * page_height


def zebra_stripes(pieces: list[TablePiece], settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """The ruled pieces of a page that are the shaded stripes of a zebra table: one row each,
    every cell filled with one colour, and at least ``settings.zebra_min_stripes`` of them on
    the page with the same column edges (within ``settings.zebra_edge_slack``).

    Why: a borderless table that shades every other row draws each shaded row's cells as
    filled boxes, which pdfplumber reads as a one-row table of its own; the unshaded rows
    between them are loose lines. Shading is no rule: read as tables, the stripes cut the
    table into pieces and the rows between them into paragraphs. Their words are left to the
    unruled-table reader, which reads the whole table by its alignment. A row of column headings
    alone (:func:`head_only`) is no stripe: it heads the unruled body under it (grid_bodies)."""

    def striped(p: TablePiece) -> str | None:
        if len(p.rows) != 1 or len(p.rows[0]) < 2 or head_only(p, settings):
            return None  # (a shaded header row over each of several tables is no stripe: grid_bodies)
        fills = {c.fill if c is not None else None for c in p.rows[0]}
        colour = fills.pop() if len(fills) == 1 else None
        return colour or None

    groups: list[tuple[str, list[TablePiece]]] = []  # (colour, stripes), the first setting the edges
    for p in pieces:
        colour = striped(p)
        if colour is None:
            continue
        for fill, g in groups:
            q = g[0]
            if (
                fill == colour
                and len(q.col_x) == len(p.col_x)
                and all(abs(a - b) <= settings.zebra_edge_slack for a, b in zip(q.col_x, p.col_x, strict=True))
                and abs(q.bbox[2] - p.bbox[2]) <= settings.zebra_edge_slack
            ):
                g.append(p)
                break
        else:
            groups.append((colour, [p]))
    return [p for _fill, g in groups if len(g) >= settings.zebra_min_stripes for p in g]


def holds_inner_rules(grid: list[list[Cell | None]], edges: list[dict], settings: LayoutSettings = DEFAULT) -> bool:
    """Does a cell of this ruled grid hold ruling lines of its own?

    A rule inside a cell that does not cut it into rows reaches neither of its sides: it belongs
    to something drawn in the cell — the rows of a table inside a box, a web page's tab panel
    under its strip of tab labels (the labels' boxes and the panel's border make one grid). Such a
    "cell", spanning the whole width of a grid of several columns, is a box around content with
    a layout of its own; read as one table cell, its content would be a single run of words.
    Rules at least ``inner_rule_width_ratio`` of the cell's width, ``inner_rules_min`` of them at
    different heights, give it away (a short underline under a word does not). A cell of one
    column is left alone: shading drawn line by line behind its text makes such rules too.
    """
    hs = [e for e in edges if e.get("orientation") == "h"]
    boxes = [c.bbox for row in grid for c in row if c is not None and c.bbox is not None]
    if len(hs) < settings.inner_rules_min or len(grid) < 2 or not boxes:
        return False
    m = settings.cell_slack
    left, right = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    for row in grid:
        for c in row:
            if c is None or c.merged_from is not None or c.bbox is None:
                continue
            b = c.bbox
            if b.x0 > left + m or b.x1 < right - m or len(row) < 2:
                continue  # only a cell spanning the whole grid, under or over cells of its own
            width = b.x1 - b.x0
            tops = sorted(
                e["top"] for e in hs
                if b.top + m < e["top"] < b.bottom - m and e["x0"] >= b.x0 - m and e["x1"] <= b.x1 + m
                and e["x1"] - e["x0"] >= settings.inner_rule_width_ratio * width
            )
            distinct = [t for k, t in enumerate(tops) if k == 0 or t - tops[k - 1] > m]
            if len(distinct) >= settings.inner_rules_min:
                return True
    return False


def is_text_frame(piece: TablePiece, page_height: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Is this ruled "table" a frame drawn around running text rather than a table?

    Page borders, sidebars and call-out boxes are drawn with the same rectangles as table
    cells. Two shapes give them away: only one column holds any text (a text box, its
    paragraphs stacked in "rows"), or one cell holds most of the words as prose (a page
    frame around the body text). Their words belong to the page's text flow, where
    headings, paragraphs and list items are told apart; as a table they would be one cell.
    """
    if piece.holds_rules:
        return True
    own = [c for row in piece.rows for c in row if c is not None and c.merged_from is None and c.text.strip()]
    if not own:
        return False
    counts = [len(c.text.split()) for c in own]
    total = sum(counts)
    if total < settings.frame_min_words:
        return False
    if len({c.col for c in own}) == 1:
        return len(piece.rows) <= settings.text_box_max_rows or wraps_across_rows([c.text for c in own], settings)
    big, words_in = max(zip(own, counts, strict=True), key=lambda t: t[1])
    if words_in < settings.frame_min_words or words_in < settings.frame_word_share * total or big.bbox is None:
        return False
    # ... and that cell is taller than a table row ever is (a long description in one row of
    # a table is not a frame)
    return big.bbox.bottom - big.bbox.top >= settings.frame_cell_height_ratio * page_height


def wraps_across_rows(texts: list[str], settings: LayoutSettings = DEFAULT) -> bool:
    """Do the rows of a one-column box hold the lines of wrapped prose?

    A word processor that shades a paragraph draws one filled strip per line, and pdfplumber
    reads each strip as a table row: a shaded call-out box becomes a one-column "table" with
    one row per line, its sentences running on from row to row. A row that opens in a lower-
    case letter goes on with the row above; in a real one-column table (one action per row)
    each row opens a text of its own. ``texts`` are the rows' texts, top to bottom.
    """
    firsts = [t.strip()[0] for t in texts[1:] if t.strip()]
    if len(firsts) < settings.wrapped_box_min_rows:
        return False
    running_on = sum(1 for ch in firsts if ch.isalpha() and ch.islower())
    return running_on >= settings.wrapped_box_share * len(firsts)


def in_box(w: Word, box: tuple[float, float, float, float], slack: float) -> bool:
    return box[0] - slack <= w.mid_x <= box[2] + slack and box[1] - slack <= w.mid_y <= box[3] + slack


def cell_text(
    words: list[Word], bbox: tuple[float, float, float, float], settings: LayoutSettings = DEFAULT
) -> str:
    """The text of the words inside a cell, its lines joined as a reader would."""
    return _placed_text([(w, w.mid_x, w.mid_y) for w in words], bbox, settings)


def row_band(
    placed: list[tuple[Word, float, float]],
    top: float,
    bottom: float,
    slack: float,
    bands: dict[tuple[float, float], list[tuple[Word, float, float]]],
) -> list[tuple[Word, float, float]]:
    """The ``placed`` words (with their middles) whose middle stands between ``top`` and
    ``bottom`` (± ``slack``, as :func:`_placed_text` asks), in their order; kept in ``bands``
    per band, so that the cells of one row share one pass over the table's words.

    Why: :func:`_placed_text` went through all the table's words for every cell, cells × words
    for a large ruled grid; given the words of the cell's row band it finds the same words in
    the same order (those outside the band are none of the cell's)."""
    band = bands.get((top, bottom))
    if band is None:
        lo, hi = top - slack, bottom + slack
        band = bands[(top, bottom)] = [p for p in placed if lo <= p[2] <= hi]
    return band


def column_words(
    placed: list[tuple[Word, float, float]],
    bbox: tuple[float, float, float, float],
    seen: dict[tuple[float, float], frozenset[str]],
) -> frozenset[str]:
    """The words (lower case, letters only, the parts of a slashed word each) that the table's
    column under ``bbox`` prints whole, for :func:`plancheck.ingest.text.join_lines` to join a
    word broken at the cell's edge whose pieces are words themselves ('…/Kommunal' / 'sjef')
    when the column spells it solid elsewhere; kept in ``seen`` per column, once per table."""
    key = (bbox[0], bbox[2])
    out = seen.get(key)
    if out is None:
        out = seen[key] = _solid_parts(w for w, mx, _my in placed if bbox[0] <= mx <= bbox[2])
    return out


def _placed_text(
    placed: list[tuple[Word, float, float]],
    bbox: tuple[float, float, float, float],
    settings: LayoutSettings = DEFAULT,
    solid: Callable[[], frozenset[str]] | None = None,
) -> str:
    """:func:`cell_text` of words given with their middles (worked out once per table, not
    once per cell: :func:`in_box` per word and cell was a twentieth of reading a plan with tables).
    ``solid``: the words the cell's column prints whole (:func:`column_words`), asked only when a
    line filled the cell."""
    slack = settings.cell_slack
    left, right, top, bottom = bbox[0] - slack, bbox[2] + slack, bbox[1] - slack, bbox[3] + slack
    inside = [w for w, mx, my in placed if left <= mx <= right and top <= my <= bottom]
    if not inside:
        return ""
    lines = words_to_lines(inside, 0, settings)
    if any(w.size <= settings.footnote_marker_ratio * ln.size for ln in lines for w in ln.words):
        # a note's number glued to a word of the cell, as in running text ('…telefon³'): the
        # words are copies, since a cell may be read twice and a marker's removal joins words
        lines = [replace(ln, words=[replace(w) for w in ln.words]) for ln in lines]
        drop_note_refs([lines], settings)
    inner = (bbox[2] - bbox[0]) - settings.cell_padding
    # the right padding is taken to be the left one: a one-word line was broken by the cell
    # edge when the next line's first word would not have fitted after it
    right = bbox[2] - max(0.0, min(ln.x0 for ln in lines) - bbox[0])
    texts = [ln.text for ln in lines]
    fills = [
        len(ln.words) == 1
        and (
            (ln.x1 - ln.x0) >= settings.cell_fill_ratio * inner
            or (
                k + 1 < len(lines)
                and ln.x1 + (lines[k + 1].words[0].x1 - lines[k + 1].words[0].x0) > right
                and right - ln.x1 < settings.cell_break_room_ratio * ln.size  # about a letter of room left
            )
        )
        for k, ln in enumerate(lines)
    ]
    text_width = right - min(ln.x0 for ln in lines)
    widest = max(ln.x1 - ln.x0 for ln in lines)
    edge = [split_at_edge(lines[k:], right, text_width, settings, widest) for k in range(len(lines))]
    # even a "sure" split is left to the words: a cell's padding is only estimated (taken to be
    # its left one), and a narrow estimate made "trees" + "citywide" one word in a real plan
    fills = [f or bool(e) for f, e in zip(fills, edge, strict=True)]
    # but a line with room left for the next line's first letter was not broken inside a word
    fills = [f and not _room_for_next_letter(lines, k, right, settings) for k, f in enumerate(fills)]
    # a line set in another size than the one above starts a paragraph of its own (a measure's
    # fields in smaller type under its sentence): kept apart by a line break, as a Word cell's
    # paragraphs are
    whole = solid() if solid is not None and any(fills) else frozenset()
    starts = [0, *(k for k in range(1, len(lines))
                   if abs(lines[k].size - lines[k - 1].size) >= settings.cell_size_step)]
    if len(starts) == 1:
        return join_lines(texts, full_width=fills, solid=whole)
    ends = [*starts[1:], len(lines)]
    return "\n".join(join_lines(texts[a:b], full_width=fills[a:b], solid=whole) for a, b in zip(starts, ends, strict=True))


def _room_for_next_letter(lines: list[Line], k: int, right: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Does line ``k`` of a cell end with room for the first letter of the next line before the
    cell's text edge ``right`` (``cell_letter_slack`` sizes more for the estimated padding)? A
    producer breaks a word too wide for its cell where the line runs out, letter by letter
    ("Afdeling" / "sleder" / "hjemme" / "plejen"): a line that could have held another letter
    of it ended at a space."""
    if k + 1 >= len(lines) or not lines[k + 1].words:
        return False
    return right - lines[k].x1 > first_letter_width(lines[k + 1].words[0]) + settings.cell_letter_slack * lines[k].size


def first_letter_width(word: Word) -> float:
    """How wide the first letter of ``word`` is: its share of the word's width by the letters'
    widths in Helvetica (an "m" is three times an "i"; fonts differ in width more than in the
    proportions of their letters). A letter the table lacks counts as an "n"."""
    from pdfminer.fontmetrics import FONT_METRICS

    widths = FONT_METRICS["Helvetica"][1]
    own = [widths.get(c, 556) for c in word.text] or [556]
    return (word.x1 - word.x0) * own[0] / sum(own)


def split_at_edge(
    lines: list[Line], right: float, text_width: float, settings: LayoutSettings = DEFAULT, widest: float | None = None
) -> str:
    """Was the last word of ``lines[0]`` split by the cell edge, going on at the start of the
    next line? ``"sure"``, ``"maybe"`` or ``""``.

    The line must end within about a letter of the cell's right edge, and its last word and
    what follows it up to the next space (over further lines when a one-word line runs to
    the edge again: "2" / "024/2025/2" / "026") must be wider than the cell's text width: no
    producer breaks a line before a word that fits a line of its own, so such a word was too
    wide for the cell and was split where the line ran out (reportlab, CSS
    ``overflow-wrap``). Only "maybe" when the next line's first word itself runs to the edge:
    then it may be a too-wide word of its own that the producer started on a fresh line
    ("helse og" / "omsorg/Kommunal" / "sjef"); or when the line holds one word only: a whole
    word may fill a narrow cell, the next not fitting after it ("Kommunalsjef" / "oppvekst").
    Then the words must tell.

    Also only "maybe" when the word is no wider than the estimated text width but wider than
    ``widest``, the cell's widest line: the right padding is only estimated (taken to be the
    left one), and a producer with a wider right padding (reportlab: 4 pt left, 6 pt right)
    split a word that the estimate says would have fitted ("helsestasj" / "on/Eining")."""
    if len(lines) < 2:
        return ""
    near = settings.cell_break_room_ratio * lines[0].size
    last = lines[0].words[-1]
    if right - lines[0].x1 >= near:
        return ""
    width = last.x1 - last.x0
    for k, ln in enumerate(lines[1:], start=1):
        first = ln.words[0]
        width += first.x1 - first.x0
        if not (len(ln.words) == 1 and right - first.x1 < near and k + 1 < len(lines)):
            break
    if width <= text_width + settings.cell_split_slack:
        return "maybe" if widest is not None and width > widest + settings.cell_widest_slack else ""
    if len(lines[0].words) == 1 or right - lines[1].words[0].x1 < near:
        return "maybe"
    return "sure"


# --------------------------------------------------------------------------- unruled tables


def find_unruled_tables(
    lines: list[Line],
    column_role: Callable[[str], str | None],
    page_no: int,
    carry: tuple | None = None,
    settings: LayoutSettings = DEFAULT,
) -> list[tuple[TablePiece, list[Line]]]:
    """Tables without ruling lines: a header line whose wide-gapped segments are mostly column
    words (with an owner or deadline column among them), and the lines under it aligned to it.

    ``carry`` (column x positions, header, font size, and the :class:`TabStops` of a table read
    from tab stops or None) continues a table from the previous page: rows at the top of this
    page that fit its columns belong to it.
    """
    found = []
    body = [ln for ln in lines if not ln.kind]
    i = 0
    if carry is not None and body and len(carry) > 3 and carry[3] is not None:  # type: ignore[misc]
        tab = find_tab_stop_table(None, None, body, page_no, settings, carried=carry[3])  # type: ignore[misc]
        if tab is not None:
            found.append(tab)
            i = len(tab[1])
        carry = None
    if carry is not None and body:
        col_x, header, size = carry[:3]
        rows, row_lines, used, i = _parse_rows(body, 0, col_x, header, size, settings)
        # (the first row may be the rest of a row the page break split: one cell)
        if rows and any(sum(1 for c in r if c) >= 2 for r in rows[:2]):
            found.append((_piece(page_no, col_x, None, rows, row_lines, used), used))
        else:
            i = 0
    while i < len(body):
        ln = body[i]
        segs = segments(ln, settings)
        if labelled_leader_line(ln, segs):
            i += 1
            continue
        hinted = column_words_head(segs, column_role, settings)
        if len(segs) >= 2:
            segs = split_by_body(segs, body[i + 1 : i + 1 + settings.header_refine_lines], settings)
        wraps: list[Line] = []
        if len(segs) >= 2:
            wraps = header_wraps(ln, body[i + 1 :], [s[0].x0 for s in segs], settings)
            if wraps and not hinted:
                texts = wrapped_header(segs, wraps, [s[0].x0 for s in segs], settings)
                roles = [column_role(t) for t in texts]
                known = [r for r in roles if r]
                hinted = len(known) >= 2 and len(known) * 3 >= len(segs) * 2 and bool({"owner", "deadline"} & set(known))
        if hinted or looks_like_header(ln, segs, settings):
            first = i + 1 + len(wraps)
            if hinted and not wraps and first < len(body) and (
                body[first].x0 < segs[0][0].x0 - settings.table_left_slack
                or (body[first].x0 < segs[0][0].x0 - settings.tab_stop_slack
                    and _leaders_below(body[first : first + settings.header_refine_lines]))
            ):
                # the text under a head line of column words starts left of its first column:
                # an outline set with tab stops, its items in a column of their own that has
                # no heading (a line of capitalised words alone is too weak a head for that).
                # Where the lines below are set with dotted leaders, the tabs are drawn: an
                # indent less than a centred head's slack (a half-centimetre hanging outline)
                # is enough
                tab = find_tab_stop_table(ln, segs, body[first:], page_no, settings)
                if tab is not None:
                    found.append(tab)
                    i = first + len(tab[1]) - 1
                    continue
            col_x = [s[0].x0 for s in segs]
            header = wrapped_header(segs, wraps, col_x, settings) if wraps else [line_text(s) for s in segs]
            col_x = centred_head_columns(segs, body[first : first + settings.header_refine_lines], settings) or col_x
            rows, row_lines, used, j = _parse_rows(body, i + 1 + len(wraps), col_x, header, ln.size, settings)
            if rows and (hinted or aligned_rows(rows, row_lines, col_x, settings)):
                head = [ln, *wraps]
                found.append((_piece(page_no, col_x, (ln, header), rows, row_lines, [*head, *used]), [*head, *used]))
                i = max(j, i + 1)
                continue
        i += 1
    for _, used in found:
        for u in used:
            u.kind = "table"
    return found


def _leaders_below(lines: list[Line]) -> bool:
    """Do at least two of ``lines`` hold a tab's dotted leader (:attr:`Word.leader`)?"""
    return sum(1 for ln in lines if any(w.leader for w in ln.words)) >= 2


def centred_head_columns(segs: list[list[Word]], below: list[Line], settings: LayoutSettings = DEFAULT) -> list[float] | None:
    """The column starts of a table whose headings are centred over their columns (a web page's
    or a Writer table's default for header cells) while the cells below start at the column's
    left edge: the first line under the header starts left of the first heading. Each column
    starts where a cell of the lines below starts, between the end of the heading before and
    the start of its own heading, and each heading's middle stands inside its column. None when
    the lines below do not show that."""
    if not segs or not below:
        return None
    head = _norm(" ".join(line_text(seg, settings) for seg in segs))
    rows: list[Line] = []
    for ln in below:  # the rows of this table: up to a bold line or the same header again
        if ln.bold or _norm(ln.text) == head:
            break
        rows.append(ln)
    below = rows
    if not below:
        return None
    first = below[0]
    if first.x0 >= segs[0][0].x0 - settings.table_left_slack:
        return None
    starts = sorted({round(seg[0].x0, 1) for ln in below for seg in segments(ln, settings)})
    out: list[float] = []
    for k, seg in enumerate(segs):
        lo = segs[k - 1][-1].x1 if k else float("-inf")
        found = [x for x in starts if lo < x <= seg[0].x0 + settings.table_left_slack]
        if not found:
            return None
        out.append(found[0] if k == 0 else found[-1])
    for k, seg in enumerate(segs):
        mid = (seg[0].x0 + seg[-1].x1) / 2
        if not out[k] <= mid < (out[k + 1] if k + 1 < len(out) else float("inf")):
            return None
    return out


_LABELLED = re.compile(r"^[^\W\d_][^:]{0,40}:\s*\S")


def labelled_leader_line(ln: Line, segs: list[list[Word]]) -> bool:
    """A line whose dotted leader parts labelled fields ("Ansvar: Kulturkontoret ..... Frist:
    2027"): one record's fields set on a line, read by their labels, not the head of a table
    whose columns its values would name."""
    return any(w.leader for w in ln.words) and any(_LABELLED.match(line_text(s)) for s in segs)


def column_words_head(segs: list[list[Word]], column_role: Callable[[str], str | None],
                      settings: LayoutSettings = DEFAULT) -> bool:
    """Are a line's wide-gapped segments ``segs`` a table's head by their words: two or more,
    at least two thirds of them column words, an owner or a deadline column among them?
    A line of one segment (most lines of running text) is none: its words are not looked up."""
    if len(segs) < 2:
        return False
    known = [r for r in (column_role(line_text(s, settings)) for s in segs) if r]
    return len(known) >= 2 and len(known) * 3 >= len(segs) * 2 and bool({"owner", "deadline"} & set(known))


def orphan_head(lines: list[Line], column_role: Callable[[str], str | None],
                settings: LayoutSettings = DEFAULT) -> list[Line]:
    """The lines at the foot of a page that open a table whose rows all went on to the next
    page: a head line of column words (:func:`column_words_head`) among the page's last
    ``orphan_head_lines`` body lines, none of them in a table yet, and the lines after it
    (a group row: the first goal over its measures). [] when the page ends otherwise."""
    body = [ln for ln in lines if not ln.kind]
    tail = body[-settings.orphan_head_lines:]
    for k, ln in enumerate(tail):
        if any(x.kind == "table" for x in lines if x.page == ln.page and x.top > ln.top):
            continue  # a table stands under it on its page
        segs = segments(ln, settings)
        if not labelled_leader_line(ln, segs) and column_words_head(segs, column_role, settings):
            return tail[k:]
    return []


def moved_over(head: list[Line], first: Line) -> list[Line]:
    """Copies of the orphaned ``head`` lines (:func:`orphan_head`) set on ``first``'s page just
    above it, at the spacing they had: where the head would have stood had the page break
    not come between it and its rows."""
    gaps = [b.top - a.bottom for a, b in itertools.pairwise(head)]
    gap = min(gaps) if gaps else head[0].height / 2
    dy = first.top - gap - head[-1].bottom
    out = []
    for ln in head:
        words = [replace(w, top=w.top + dy, bottom=w.bottom + dy) for w in ln.words]
        out.append(replace(ln, page=first.page, region=first.region, words=words, top=ln.top + dy,
                           bottom=ln.bottom + dy, meta=dict(ln.meta)))
    return out


def indent_levels(xs: list[float], tolerance: float) -> list[int]:
    """The indentation level of each line start in ``xs``: the distinct starts sorted left to
    right, a start more than ``tolerance`` right of the one before opens the next level
    (0 = the leftmost). Why clustered, not bucketed by fixed distances: producers indent by
    their own step (8 mm, 0.5 in, a tab), and the levels are what the outline says."""
    level_of: dict[float, int] = {}
    level, prev = 0, None
    for x in sorted(set(xs)):
        if prev is not None and x - prev > tolerance:
            level += 1
        level_of[x] = level
        prev = x
    return [level_of[x] for x in xs]


def tab_stop_cells(
    ln: Line, stops: list[float], right: float, settings: LayoutSettings = DEFAULT, ends: Sequence[float] = (),
) -> dict[int, list[Word]] | None:
    """The cells of one line of a tab-stop table: its wide-gapped segments, each placed at the
    stop it starts at (``stops``, the head line's segment starts: column k + 1), or - the last
    segment - ending at the right-aligned stop ``right`` (the last column); a first segment
    that starts left of the first stop is column 0, the column without a heading. A first
    segment that runs over a stop on a line with more cells is split at a word starting at
    that stop (a first cell filled to the tab, the next cell one space after it). A segment
    after a dotted leader that ends where a head segment ends (``ends``) is that column's: a
    right-aligned stop before the last, the leader filling the room up to the text ('Lyse ut
    læreplassar ..... Personal og Opplæringskontoret ..... kvar vår' under 'Tiltak  Ansvarleg
    Frist', each head set at its right stop). None when a segment stands at no stop (the line
    is not a row of this table)."""
    slack = settings.tab_stop_slack
    cells: dict[int, list[Word]] = {}
    segs = segments(ln, settings)
    if len(segs) > 1 and segs[0][0].x0 < stops[0] - slack:
        cut = next((i for i, w in enumerate(segs[0]) if i and any(abs(w.x0 - x) <= slack for x in stops)), None)
        if cut is not None:
            segs = [segs[0][:cut], segs[0][cut:], *segs[1:]]
    elif len(segs) == 1 and len(segs[0]) > 2 and segs[0][0].x0 < stops[0] - slack:
        # one segment: a first cell filled nearly to the next stop, the cell there (an owner
        # with no deadline) set closer than a segment gap - cut at a word standing at a stop
        # whose gap before it stands out from the line's word spaces
        seg = segs[0]
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(seg)]
        cut = next(
            (i for i, w in enumerate(seg) if i and any(abs(w.x0 - x) <= slack for x in stops)
             and _gap_stands_out(gaps[i - 1], gaps[:i - 1] + gaps[i:], w.size, settings)),
            None,
        )
        if cut is not None:
            segs = [seg[:cut], seg[cut:]]
    segs = [*segs[:-1], *split_at_right_stop(segs[-1], stops, right, settings)]
    for k, seg in enumerate(segs):
        x0, x1 = seg[0].x0, seg[-1].x1
        at = next((c + 1 for c, x in enumerate(stops) if abs(x0 - x) <= slack), None)
        if at is None and k == len(segs) - 1 and abs(x1 - right) <= slack and (
            k > 0 or (len(stops) > 1 and x0 > stops[-2] + slack)
        ):
            # a right-aligned stop: the cell ends there, wherever it starts (alone on its line
            # only when it starts past the column before it: a right-aligned cell wrapped)
            at = len(stops)
        if at is None and k > 0 and ends and _after_leader(ln, seg[0]):
            at = next((c + 1 for c, x in enumerate(ends) if abs(x1 - x) <= slack), None)
        if at is None and k == 0 and x0 < stops[0] - slack:
            at = 0
        if at is None or at in cells or (cells and at < max(cells)):
            return None
        cells[at] = seg
    return cells


def _after_leader(ln: Line, first: Word) -> bool:
    """Does a dotted leader (:attr:`Word.leader`) stand right before the word ``first`` of ``ln``?"""
    at = next((i for i, w in enumerate(ln.words) if w is first), None)
    return at is not None and at > 0 and ln.words[at - 1].leader


def split_at_right_stop(
    seg: list[Word], stops: list[float], right: float, settings: LayoutSettings = DEFAULT
) -> list[list[Word]]:
    """The last segment of a tab-stop line, split in two when it starts at a left stop before
    the last column and runs to the right-aligned stop: a long owner and a long deadline met
    with less than a cell gap between them ("Alle enhetsledere" ⇥ "innen utgangen av 2027").
    It is split at its widest gap between words when that gap is wider than
    ``tab_cell_gap_ratio`` font sizes (a word space is a quarter of one), or stands out from the
    segment's word spaces: ``tab_cell_space_factor`` times the widest other gap and at least
    ``tab_cell_gap_min_ratio`` font sizes (a right-aligned deadline that has grown left to stop
    a little short of the owner, 'Rådgiver skole' ⇥ 'innen utgangen av året'), or before a word
    pushed back flush against the owner (:attr:`plancheck.layout.words.Word.pushed`: the
    deadline too long for the room left, 'Frivilligsentralen' ⇥ 'Høst 2024, …') or inside a
    word where a string starts flush (:attr:`plancheck.layout.words.Word.seam`: the deadline
    opens in lower case, 'Byarkivet' ⇥ 'innen våren' drawn 'Byarkivetinnen'); else kept
    whole."""
    slack = settings.tab_stop_slack
    if len(seg) < 2 or abs(seg[-1].x1 - right) > slack:
        return [seg]
    if not any(abs(seg[0].x0 - x) <= slack for x in stops[:-1]):
        return [seg]
    pushed = next((i for i, w in enumerate(seg) if i and w.pushed), None)
    if pushed is not None:
        return [seg[:pushed], seg[pushed:]]  # the deadline pushed back onto the owner, no gap left
    gaps = [(b.x0 - a.x1, i + 1) for i, (a, b) in enumerate(itertools.pairwise(seg))]
    gap, at = max(gaps)
    stands_out = _gap_stands_out(gap, [g for g, i in gaps if i != at], seg[at].size, settings)
    if gap < settings.tab_cell_gap_ratio * seg[at].size and not stands_out:
        # no gap between the two: the deadline pushed back onto the owner's last word, parted
        # where the deadline's string starts inside that word (Word.seam), when one word has one
        seamed = [i for i, w in enumerate(seg) if w.seam is not None]
        parts = seam_split(seg[seamed[0]]) if len(seamed) == 1 else None
        if parts is None:
            return [seg]
        i = seamed[0]
        return [[*seg[:i], parts[0]], [parts[1], *seg[i + 1:]]]
    return [seg[:at], seg[at:]]


def _gap_stands_out(gap: float, spaces: list[float], size: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Does a gap between two words of a tab-stop line stand out from the line's other gaps
    (``spaces``, its word spaces) as a cell gap: ``tab_cell_space_factor`` times the widest of
    them and at least ``tab_cell_gap_min_ratio`` font sizes?"""
    return bool(spaces) and gap > settings.tab_cell_space_factor * max(max(spaces), 0.0) and gap >= settings.tab_cell_gap_min_ratio * size


@dataclass(frozen=True)
class TabStops:
    """Where a tab-stop table's columns stand: the head line's segment starts (left stops), the
    end of its last segment (a right-aligned stop), the head's size, and the x where the
    headless first column starts."""

    stops: tuple[float, ...]
    right: float
    size: float
    left: float
    ends: tuple[float, ...] = ()  # where the head's segments end (right-aligned stops behind a leader)


def find_tab_stop_table(
    head: Line | None, segs: list[list[Word]] | None, below: list[Line], page_no: int,
    settings: LayoutSettings = DEFAULT, carried: TabStops | None = None,
) -> tuple[TablePiece, list[Line]] | None:
    """A table set with tab stops instead of cells (Word's left and right tab stops): under a
    head line whose wide-gapped segments name the columns, lines whose segments stand at the
    head's stops - left-aligned at a segment's start, or right-aligned at the last segment's
    end - while each line's first text starts LEFT of the first stop, in a column of its own
    that has no heading (an outline of goals, strategies and measures, the owner and the
    deadline tabbed out beside each measure). ``carried`` (no ``head``): the stops of such a
    table going on from the page before, its rows at the top of this page.

    Each line is a row and its segments are its cells, unless it stands at the leading of the
    line above (closer than rows stand, :func:`_cell_gap_limit`) with its cells at the same
    starts: then it goes on with that row's cells. The first column's cells carry their
    indentation level (:func:`indent_levels`; :func:`outline_levels` again once the pages are
    joined) and weight, the outline's only hierarchy. The table ends at the first line that is
    not aligned to the stops, at a wide gap or a larger size (a heading); its last row is the
    last that fills a stop, unless its lone rows end the page (an outline going on overleaf).
    None when fewer than ``tab_stop_min_rows`` lines fill a stop."""
    if carried is not None:
        stops, right, size, last_bottom = list(carried.stops), carried.right, carried.size, None
        ends = list(carried.ends)
    else:
        assert head is not None and segs is not None
        stops, right, size, last_bottom = [s[0].x0 for s in segs], segs[-1][-1].x1, head.size, head.bottom
        ends = [s[-1].x1 for s in segs]
    lines: list[tuple[Line, dict[int, list[Word]]]] = []
    level_with: list[Line] = []  # lines of another region merged into the line they stand level with
    originals: dict[int, list[Line]] = {}  # a merged line → the lines it was made of
    for ln in below:
        # lines come region by region: where the page's column cut read the later columns of a
        # band of rows apart (the items short, a gutter left before the owner column), their
        # lines come after the first column's and stand level with lines already read
        level = next((k for k, (u, _) in enumerate(lines) if u.region != ln.region and u.top < ln.bottom
                      and ln.top < u.bottom and u.x1 <= ln.x0), None)
        if level is None and (
            (last_bottom is not None and ln.top - last_bottom > settings.table_row_gap_ratio * max(ln.height, 8))
            or ln.size > size + settings.tab_stop_size_jump
        ):
            break
        cells = tab_stop_cells(ln, stops, right, settings, ends)
        if cells is None:
            break
        if level is not None and min(cells) > max(lines[level][1]):
            # the rest of that line's cells: one line of the table
            u, before = lines[level]
            merged = replace(u, words=[*u.words, *ln.words], x1=ln.x1, text=f"{u.text} {ln.text}")
            originals[id(merged)] = [*originals.pop(id(u), [u]), ln]
            lines[level] = (merged, {**before, **cells})
            level_with.append(ln)
            continue
        if level is None and lines and ln.region != lines[-1][0].region and ln.bottom <= lines[-1][0].top:
            # a line of a later column read after the first column's, level with none of its
            # lines (a right-aligned cell wrapped onto a line of its own, 'by the end of' /
            # '2027'): it stands between the lines read above and below it, not after the last
            lines.insert(next(k for k, (u, _) in enumerate(lines) if u.top > ln.top), (ln, cells))
            continue
        lines.append((ln, cells))
        last_bottom = ln.bottom
    ends_page = len(lines) + len(level_with) == len(below)
    limit = _cell_gap_limit([ln for ln, _ in lines], settings) if len(lines) > 1 else None
    last = len(stops)
    last_x0 = min((c[last][0].x0 for _ln, c in lines if last in c), default=right)
    bounds = [*stops[:-1], last_x0]  # column k ends where column k + 1 starts (the last: its leftmost text)
    # some lines stand closer than the rest (wrapped cells at the leading, rows padded apart):
    # spacing tells rows apart; when every gap is alike it does not, and room in the cells does
    gaps = sorted(b.top - a.bottom for (a, _), (b, _) in itertools.pairwise(lines) if b.top > a.bottom)
    height = statistics.median(ln.height for ln, _ in lines) if lines else 0.0
    spacing_tells = bool(gaps) and gaps[len(gaps) // 2] - gaps[0] > settings.row_padding_ratio * height
    rows: list[dict[int, list[list[Word]]]] = []  # column → the cell's words, line by line
    row_lines: list[list[Line]] = []
    prev_cells: dict[int, list[Word]] = {}
    for ln, cells in lines:
        prev = rows[-1] if rows else None
        above, prev_cells = prev_cells, cells
        if (
            prev is not None
            and limit is not None
            and ln.top - row_lines[-1][-1].bottom <= limit
            and (ln.bold == row_lines[-1][-1].bold or fonts_of(ln) == fonts_of(row_lines[-1][-1]))
            and (0 not in cells or (0 in prev and abs(cells[0][0].x0 - prev[0][0][0].x0) <= settings.tab_stop_slack))
            and (spacing_tells or wraps_on(above, cells, bounds, ln.size, settings))
        ):
            into = _tabbed_wrap(above, cells, bounds, stops, ln.size, settings, right)
            for k, ws in cells.items():  # the row's cells wrapped onto this line
                prev.setdefault(into if into is not None else k, []).append(ws)
            row_lines[-1].append(ln)
            continue
        rows.append({k: [ws] for k, ws in cells.items()})
        row_lines.append([ln])
    if not (ends_page and carried is None):
        while rows and set(rows[-1]) == {0}:
            rows.pop()
            row_lines.pop()
    if sum(1 for r in rows if set(r) - {0}) < settings.tab_stop_min_rows and not (carried and rows):
        return None
    firsts = [r[0][0][0].x0 for r in rows if 0 in r]
    if not firsts and carried is None:
        return None
    levels = iter(indent_levels(firsts, settings.indent_level_tolerance))
    ncols = len(stops) + 1
    grid: list[list[Cell | None]] = []
    if segs is not None:
        grid.append([Cell(row=0, col=k, text=h, page=page_no) for k, h in enumerate(["", *(line_text(s, settings) for s in segs)])])
    for cells in rows:
        ri = len(grid)
        row: list[Cell | None] = []
        for k in range(ncols):
            parts = cells.get(k)
            if not parts:
                row.append(Cell(row=ri, col=k, text="", page=page_no))
                continue
            text = join_lines([line_text(p, settings) for p in parts])
            ws = [w for p in parts for w in p]
            box = BBox(x0=min(w.x0 for w in ws), top=min(w.top for w in ws), x1=max(w.x1 for w in ws), bottom=max(w.bottom for w in ws))
            row.append(
                Cell(row=ri, col=k, text=text, page=page_no, bbox=box, bold=all(w.bold for w in ws),
                     level=next(levels) if k == 0 else None)
            )
        grid.append(row)
    if not rows:
        return None
    used = ([head] if head is not None else []) + [ln for ls in row_lines for ln in ls]
    bbox = (min(u.x0 for u in used), min(u.top for u in used), max(u.x1 for u in used), max(u.bottom for u in used))
    used = [o for u in used for o in originals.get(id(u), [u])]
    left = carried.left if carried is not None else min(firsts)
    piece = TablePiece(page_no, bbox, [left, *stops], grid, [False] * ncols, ruled=False)
    piece.has_header = segs is not None
    piece.tab_stops = TabStops(tuple(stops), right, size, left, tuple(ends))
    return piece, used


def _tabbed_wrap(
    above: dict[int, list[Word]], cells: dict[int, list[Word]], bounds: list[float], stops: list[float],
    size: float, settings: LayoutSettings = DEFAULT, right: float | None = None,
) -> int | None:
    """The column a line of the first column alone goes on with when it is the wrapped end of a
    tabbed line, not of its first cell: the line above filled a later column and left no room
    there for this line's first word (its last cell, right-aligned, grown left past its head
    and pushed up against the cell before it), while its first cell had room before the next
    stop, so that cell did not wrap - or that last cell ends short of its stop (``right``) by
    ``tab_run_over_ratio`` font sizes, whatever room was left before it or in the first cell:
    text right-aligned in a cell ends at its edge, a tab's text that did not fit ran over
    (Word sets it flush after the owner, LibreOffice where it would have started).
    A line typed with tab stops wraps as one paragraph, back to its indent: the text that ran
    over is the end of the line's last cell ('… Høst 2024, evaluering' / 'innen 30.06.25').
    None when the line goes on with its own column."""
    if set(cells) != {0} or not above.get(0) or not bounds or len(above) < 2:
        return None
    ws = cells[0]
    need = ws[0].x1 - ws[0].x0 + settings.word_space_ratio * size
    last = max(above)
    # (less a letter-spaced word's trailing letter gap, which a browser sets after its last letter)
    end = above[last][-1]
    short = right is not None and last == len(stops) and right - end.x1 - end.tracking >= settings.tab_run_over_ratio * size
    if above[0][-1].x1 + need > bounds[0] - settings.tab_stop_slack and not short:
        return None  # no room: the first cell wrapped
    if last > len(stops) or above[last][0].x0 >= stops[last - 1] - settings.tab_stop_slack:
        return None  # the cell starts at its column's head: a column set left, its text wrapped in it
    before = max(w.x1 for k, cell in above.items() if k < last for w in cell)
    if above[last][0].x0 - before >= need + settings.word_space_ratio * size and not short:
        return None  # the tabbed line had room left for the word: it did not run over
    return last


def wraps_on(
    above: dict[int, list[Word]], cells: dict[int, list[Word]], bounds: list[float], size: float,
    settings: LayoutSettings = DEFAULT,
) -> bool:
    """Does a tab-stop table line go on with the cells of the line above (their text wrapped)
    rather than start a row of its own? Not when a cell it continues had room on the line above
    for the continuation's first word (before ``bounds``: where each left-aligned column ends,
    the next column's start or its widest text): that cell did not wrap. Why not by spacing alone: rows set a little
    apart by paragraph spacing stand about as close as the lines of a wrapped cell. The
    right-aligned last column grows to the left: it did not wrap when its cell above had room
    on its left, up to the cells before it, for the continuation's first word ("Årlig" over
    "innen utgangen av 2027" beside a short owner). A line of one cell is left to spacing (a
    row that fills several cells starts a row where a wrapped line would not). A line of
    several cells whose first cell opens with a capital starts a row: the text of an item goes
    on in lower case (lines of cells filled to the stops, every gap alike, leave room to nothing)."""
    if len(cells) < 2:
        return True  # one cell going on: spacing decides (a measure wrapped under its row)
    if above.get(0) and cells.get(0) and cells[0][0].text[:1].isupper():
        return False  # the first column goes on in capitals: an item of its own, not its text wrapped
    for k, ws in cells.items():
        if k >= len(bounds) or not above.get(k):
            continue
        need = ws[0].x1 - ws[0].x0 + settings.word_space_ratio * size
        if above[k][-1].x1 + need <= bounds[k] - settings.tab_stop_slack:
            return False  # it would have fitted: this cell did not wrap, the line is a row of its own
    last = len(bounds)
    if cells.get(last) and above.get(last):
        # the right-aligned last column grows to the left: its cell on the line above had room
        # there, up to the cells before it on that line, for this line's first word
        before = [w.x1 for k, ws in above.items() if k < last for w in ws]
        ws = cells[last]
        need = ws[0].x1 - ws[0].x0 + settings.word_space_ratio * size
        if before and above[last][0].x0 - need >= max(before) + settings.word_space_ratio * size:
            return False
    return True


def outline_levels(table: Table, settings: LayoutSettings = DEFAULT) -> None:
    """Set the indentation levels of a tab-stop table's first column again over all its rows,
    once its pieces from several pages are joined (a page may start below the outermost
    level)."""
    cells = [row[0] for row in table.rows if row and row[0].level is not None and row[0].bbox is not None]
    for c, lv in zip(cells, indent_levels([c.bbox.x0 for c in cells], settings.indent_level_tolerance), strict=True):  # type: ignore[union-attr]
        c.level = lv


def header_wraps(head: Line, below: list[Line], col_x: list[float], settings: LayoutSettings = DEFAULT) -> list[Line]:
    """The lines under a table's header line that are its cells wrapped ("Gjennomfør" over
    "ing" in a narrow column): at the header's leading, not the wider gap before the first row,
    in its weight and size, every word inside a column. A header set in the body's weight
    wraps only when each wrapped cell goes on in lower case (a first row starts a cell)."""
    out: list[Line] = []
    prev = head
    for ln in below:
        if (
            ln.top - prev.bottom > settings.header_wrap_gap_ratio * ln.height
            or ln.bold != head.bold
            or abs(ln.size - head.size) >= settings.line_size_jump
            or ln.x0 < col_x[0] - settings.table_col_slack
            or _crosses_columns(ln, col_x, settings)
        ):
            break
        if not head.bold:
            starts = [w for k, w in enumerate(ln.words) if k == 0 or _column_of(w.x0, col_x, settings) != _column_of(ln.words[k - 1].x0, col_x, settings)]
            if not all(w.text[:1].islower() for w in starts):
                break
        out.append(ln)
        prev = ln
    return out


def wrapped_header(segs: list[list[Word]], wraps: list[Line], col_x: list[float], settings: LayoutSettings = DEFAULT) -> list[str]:
    """The header's cell texts with their wrapped lines joined (a one-word line filled the cell)."""
    parts: list[list[tuple[str, bool]]] = [[(line_text(s, settings), len(s) == 1)] for s in segs]
    for ln in wraps:
        for k, ws in words_by_column(ln.words, col_x, settings).items():
            parts[k].append((line_text(ws, settings), len(ws) == 1))
    return [_join_cell(p) for p in parts]


def split_by_body(segs: list[list[Word]], below: list[Line], settings: LayoutSettings = DEFAULT) -> list[list[Word]]:
    """A header cell that holds two column headings set a little closer than a cell gap
    ("Ansvarlig enhet  Når"): split it where the lines below start a word, after a gap wider
    than a word space, at the same x in several rows (a column edge) - or in fewer
    (``header_refine_rows_uncrossed``) when no word below runs across that x (a short table,
    or the first rows of one broken by the page: the edge is never contradicted)."""
    out: list[list[Word]] = []
    for seg in segs:
        cur = [seg[0]]
        for prev, w in itertools.pairwise(seg):
            wide = _edge_rows(w, prev, below, settings.header_refine_gap_ratio, settings)
            slack = settings.header_refine_slack
            crossed = any(u.x0 < w.x0 - slack and u.x1 > w.x0 + slack for ln in below for u in ln.words)
            enough = settings.header_refine_rows if crossed else settings.header_refine_rows_uncrossed
            gap = w.x0 - prev.x1
            split = gap > settings.header_refine_gap_ratio * w.size and wide >= enough
            if not split and not crossed and gap > settings.header_refine_gap_sure_ratio * w.size:
                # narrow columns set close together: their headings, and a cell and the next
                # column's cell, stand little more than a word space apart; many rows starting
                # a word at one x that no word below crosses still make it a column edge
                near = _edge_rows(w, prev, below, settings.header_refine_gap_sure_ratio, settings)
                split = near >= settings.header_refine_rows
            if split:
                out.append(cur)
                cur = [w]
            else:
                cur.append(w)
        out.append(cur)
    return out


def _edge_rows(w: Word, prev: Word, below: list[Line], ratio: float, settings: LayoutSettings) -> int:
    """How many of the lines ``below`` start a word at ``w``'s x: their first word (the cells
    left of it empty), or a word after a gap wider than ``ratio`` sizes?"""
    edge = 0
    for ln in below:
        first = ln.words[0]
        if abs(first.x0 - w.x0) <= settings.header_refine_slack and first.x0 > prev.x1:
            edge += 1  # a line whose cells left of here are empty
            continue
        for a, b in itertools.pairwise(ln.words):
            if abs(b.x0 - w.x0) <= settings.header_refine_slack and b.x0 - a.x1 > ratio * b.size:
                edge += 1
                break
    return edge


NUMBERED_LABEL = re.compile(r"^[^\W\d_][\w-]*\s+\d{1,2}(?:\.\d{1,2})*[:.]?$")


def looks_like_header(ln: Line, segs: list[list[Word]], settings: LayoutSettings = DEFAULT) -> bool:
    """A header row of a table found by alignment alone: several wide-gapped cells of a few
    words each, set bold or all starting with a capital."""
    if not (settings.table_min_cols <= len(segs) <= settings.table_max_cols):
        return False
    texts = [line_text(s, settings) for s in segs]
    if any(len(t.split()) > settings.header_cell_max_words for t in texts):
        return False
    if any(NUMBERED_LABEL.match(t) for t in texts):
        return False  # "ACTION 1   ACTION 2": labelled items side by side, not column headings
    return ln.bold or all(t[:1].isupper() for t in texts)


def aligned_rows(
    rows: list[list[str]], row_lines: list[list[Line]], col_x: list[float], settings: LayoutSettings = DEFAULT,
    min_rows: int | None = None,
) -> bool:
    """Do the rows under a header fill its columns like a table (several rows - ``min_rows``,
    by default ``settings.table_min_rows`` -, most with two or more filled cells, and their
    cells starting at the header's column edges)?"""
    if len(rows) < (settings.table_min_rows if min_rows is None else min_rows):
        return False
    filled = sum(1 for r in rows if sum(1 for c in r if c) >= 2)
    if filled * 10 < len(rows) * 6:
        return False
    starts = [w.x0 for ls in row_lines for ln in ls for s in segments(ln, settings) for w in s[:1]]
    near = sum(1 for x in starts if min(abs(x - c) for c in col_x) <= settings.table_col_slack)
    return near * 10 >= len(starts) * 8


def _piece(page_no, col_x, head, rows, row_lines, used) -> TablePiece:
    grid: list[list[Cell | None]] = []
    if head is not None:
        grid.append([Cell(row=0, col=k, text=h, page=page_no) for k, h in enumerate(head[1])])
    for cells, rls in zip(rows, row_lines, strict=True):
        ri = len(grid)
        top = min(r.top for r in rls)
        bottom = max(r.bottom for r in rls)
        right = max(r.x1 for r in rls)
        grid.append(
            [
                Cell(
                    row=ri,
                    col=k,
                    text=c,
                    page=page_no,
                    bbox=BBox(x0=col_x[k], top=top, x1=col_x[k + 1] if k + 1 < len(col_x) else right, bottom=bottom),
                )
                for k, c in enumerate(cells)
            ]
        )
    bbox = (min(u.x0 for u in used), min(u.top for u in used), max(u.x1 for u in used), max(u.bottom for u in used))
    piece = TablePiece(page_no, bbox, col_x, grid, [False] * len(col_x), False)
    piece.has_header = head is not None
    return piece


def _parse_rows(
    body: list[Line], j: int, col_x: list[float], header: list[str], size: float, settings: LayoutSettings = DEFAULT
):
    """Rows of an unruled table from line ``j`` on, until text stops fitting the columns."""
    widths = [(col_x[k + 1] - col_x[k] - 8) if k + 1 < len(col_x) else 1e9 for k in range(len(col_x))]
    start = j
    last_bottom = body[j - 1].bottom if j > 0 else None
    norm_header = [_norm(h) for h in header]
    used: list[Line] = []
    entries: list[tuple[Line, dict[int, list[Word]] | None]] = []  # None: a row spanning the table
    repeated = False  # the line above is the header repeated on a page the table goes on to
    while j < len(body):
        nxt = body[j]
        gap = nxt.top - last_bottom if last_bottom is not None else 0.0
        if gap > 0 and used and nxt.region != used[-1].region:
            # a region read after another: its gap is from the lowest line read above it (a
            # row's short cells, read as a region after its tall one, end above the row's foot)
            gap = nxt.top - max((u.bottom for u in used if u.top < nxt.top), default=nxt.top)
        if gap > 0 and _beside_a_row(nxt, used):
            gap = 0.0  # a cell of a column read as a region of its own, level with a row already read
        # under a repeated header the first row may stand lower: the part of a row split by
        # the page break that held nothing on this page leaves its height blank
        room = settings.table_repeat_gap_ratio if repeated else settings.table_row_gap_ratio
        if (
            gap > room * max(nxt.height, 8)
            or nxt.x0 < col_x[0] - settings.table_left_slack
            or nxt.size > size + settings.table_size_jump
        ):
            break
        if (
            entries and entries[-1][1] is None
            and (_crosses_columns(nxt, col_x, settings) or all(_column_of(w.x0, col_x, settings) == 0 for w in nxt.words))
            and _span_wraps(entries[-1][0], nxt, [*body[max(0, start - 1):j]], settings)
        ):
            span = entries[-1][0]
            entries[-1] = (replace(span, words=[*span.words, *nxt.words], x1=max(span.x1, nxt.x1), bottom=nxt.bottom,
                                   text=join_lines([span.text, nxt.text])), None)
            used.append(nxt)
            last_bottom = nxt.bottom
            j += 1
            continue
        if nxt.bold and j + 1 < len(body) and body[j + 1].top > nxt.bottom and _norm(" ".join(header)) == _norm(body[j + 1].text):
            break  # a bold line over the same header again: the heading of the next table of a series
        by_col: dict[int, list[Word]] | None = words_by_column(nxt.words, col_x, settings)
        if _crosses_columns(nxt, col_x, settings):
            if abs(nxt.x0 - col_x[0]) < 8 and (nxt.bold or _row_follows(body, j, col_x, settings)):
                # a row spanning the table: set bold, or (a scan's text layer keeps no weight)
                # a line at the first column's start over a line that fills the columns
                by_col = None
            else:
                break
        cells = [line_text(by_col.get(k, []), settings) if by_col is not None else "" for k in range(len(col_x))]
        repeated = by_col is not None and [_norm(c) for c in cells] == norm_header
        wraps = _repeated_wrapped_head(nxt, body[j + 1 :], cells, col_x, norm_header, settings) if by_col and not repeated else []
        repeated = repeated or bool(wraps)
        if not repeated:  # the header repeated is not a row
            entries.append((nxt, by_col))
        used.extend([nxt, *wraps])
        last_bottom = (wraps[-1] if wraps else nxt).bottom
        j += 1 + len(wraps)
    if used:  # the last column reaches to the table's right edge: its widest line
        widths[-1] = max(ln.x1 for ln in used) - col_x[-1]
    fragments = [
        _Fragment(k, ln, ws) for ln, by_col in entries if by_col is not None for k, ws in sorted(by_col.items())
    ]
    # the gap under the header: the line before the rows, or a header repeated on a page the
    # table goes on to (read as a repeat, not a row)
    above = body[start - 1] if start > 0 else None
    if entries:
        repeats = [u for u in used if u.bottom <= entries[0][0].top and all(u is not e for e, _ in entries)]
        if repeats:
            above = max(repeats, key=lambda u: u.bottom)
    head_gap = entries[0][0].top - above.bottom if entries and above is not None else None
    limit = _wrapped_record_limit(entries, settings)
    if limit is None:
        limit = _cell_gap_limit(
            [ln for ln, by_col in entries if by_col is not None], settings, head_gap, column_gaps(fragments)
        )
    if limit is None:
        rows, row_lines = _rows_by_first_column(entries, col_x, widths, settings)
    else:
        rows, row_lines = _rows_by_cells(entries, fragments, limit, col_x, widths, settings)
    return rows, row_lines, used, j


def _beside_a_row(line: Line, used: list[Line]) -> bool:
    """Does ``line`` stand level with a line of another region the table has already taken?

    Lines come region by region. When the rows that span the table (a goal's band) reach only
    into its first columns, the page's column cut reads the last column apart, one region per
    group of rows between the bands: the first line of the next such region then stands far
    below the last line read - the foot of the region before - though it sits beside a row of
    the table, and the gap must not end the table there."""
    return any(
        u.region != line.region and u.top < line.bottom and line.top < u.bottom and u.x1 <= line.x0
        for u in used
    )


def _repeated_wrapped_head(ln: Line, below: list[Line], cells: list[str], col_x: list[float],
                           norm_header: list[str], settings: LayoutSettings = DEFAULT) -> list[Line]:
    """The lines under ``ln`` that make it the table's header repeated with a cell wrapped
    ("Gjennomføri" over "ng" in a narrow column, as on the page the table started), or []:
    each of its cells (``cells``, by column) opens the header's cell of its column, one of
    them cut short, and with the wrapped lines under it (:func:`header_wraps`) the cells read
    as the header. Without this the repeat reads as a row, and the rest of a row the page
    break cut, under it, goes on with the repeat instead of its own row."""
    norm = [_norm(c) for c in cells]
    if norm == norm_header or len(norm) != len(norm_header):
        return []
    if not all(h.startswith(c) and (c or not h) for c, h in zip(norm, norm_header, strict=True)):
        return []
    segs = [ws for _k, ws in sorted(words_by_column(ln.words, col_x, settings).items())]
    if len(segs) != len(col_x):
        return []
    wraps = header_wraps(ln, below, col_x, settings)
    # the fewest wrapped lines that complete it (a lower-case rest of a cut row may stand at
    # the header's leading under it)
    for k in range(1, len(wraps) + 1):
        if [_norm(c) for c in wrapped_header(segs, wraps[:k], col_x, settings)] == norm_header:
            return wraps[:k]
    return []


def _span_wraps(span: Line, nxt: Line, above: list[Line], settings: LayoutSettings = DEFAULT) -> bool:
    """Is ``nxt`` the wrapped rest of a bold row spanning an unruled table ("Delmål 1.1: … under
    hele" / "planperioden")? It is bold, starts where the span does (the caller asks that it
    hold the first column's text alone, or run over the columns as the span does), stands at the text's
    leading under it (no row padding between), and its first word would not have fitted after
    the span within the table's width (the widest of the lines from the header on): the span
    was full, not a row of its own followed by a bold first cell. A rest of figures alone
    ("… med 50 prosent innan" / "2030") is bold by its words: a line is only called bold by
    its letters."""
    if not nxt.words or abs(nxt.x0 - span.x0) > settings.cell_start_tolerance:
        return False
    if not (nxt.bold or all(w.bold for w in nxt.words)):
        return False
    if nxt.top - span.bottom > settings.cell_leading_max_ratio * max(nxt.height, 1.0):
        return False
    right = max((ln.x1 for ln in above), default=span.x1)
    first = nxt.words[0]
    return span.x1 + (first.x1 - first.x0) + settings.word_crossing_ratio * first.size > right


@dataclass
class _Fragment:
    """The words of one table column on one line."""

    col: int
    line: Line
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


def _column_of(x: float, col_x: list[float], settings: LayoutSettings = DEFAULT) -> int:
    return max((k for k, cx in enumerate(col_x) if x >= cx - settings.table_col_slack), default=0)


def words_by_column(words: list[Word], col_x: list[float], settings: LayoutSettings = DEFAULT) -> dict[int, list[Word]]:
    """A line's ``words`` filed under the column each starts in (:func:`_column_of`), columns in
    the order their first word comes, words in line order: the one way every unruled reader
    parts a line into its cells. A tab's dotted leader (:attr:`Word.leader`) fills the gap between
    two cells and is in neither."""
    by_col: dict[int, list[Word]] = {}
    for w in words:
        if not w.leader:
            by_col.setdefault(_column_of(w.x0, col_x, settings), []).append(w)
    return by_col


def column_gaps(fragments: list[_Fragment]) -> list[float]:
    """The vertical gaps between consecutive lines of each column (positive ones).

    Why per column: a cell continued from the page before may be set a little higher than
    the other cells of its row (no top padding), so its lines and theirs interleave; the gap
    from one of them to the other's next line is no leading at all."""
    by_col: dict[int, list[_Fragment]] = {}
    for f in fragments:
        by_col.setdefault(f.col, []).append(f)
    return [
        g
        for fs in by_col.values()
        for a, b in itertools.pairwise(sorted(fs, key=lambda f: f.top))
        if (g := b.top - a.bottom) > 0
    ]


def _wrapped_record_limit(
    entries: list[tuple[Line, dict[int, list[Word]] | None]], settings: LayoutSettings = DEFAULT
) -> float | None:
    """The largest gap between two lines of one record when the spacing says so plainly though
    the type is small for it: the gaps fall in two classes, the wider at least
    ``record_gap_ratio`` times the narrower, and every line after a narrow gap leaves the first
    column empty (a cell's wrapped line: "skola" under "1.1 | Bygga en upphöjd gångpassage vid
    Ekbackens | …"), while every line after a wide gap fills it. None otherwise.

    Why: a scan's text layer sets its words in a font sized to fit their widths, smaller than
    the printed type, so the leading reads wide against the line height
    (:func:`_cell_gap_limit`'s test); the order of the gaps still tells records from their
    wrapped lines."""
    rows = [(ln, by_col) for ln, by_col in entries if by_col is not None]
    pairs = [(b.top - a.bottom, by_col) for (a, _), (b, by_col) in itertools.pairwise(rows)]
    gaps = sorted(g for g, _ in pairs if g > 0)
    if len(gaps) < 3:
        return None
    narrow = gaps[0]
    wide = [g for g in gaps if g >= settings.record_gap_ratio * narrow]
    close = [g for g in gaps if g < settings.record_gap_ratio * narrow]
    if not wide or not close or max(close) - narrow > settings.record_gap_slack:
        return None
    for g, by_col in pairs:
        if g <= 0:
            continue
        starts = bool(by_col and by_col.get(0))
        if (g in close) == starts:
            return None  # a wrapped line that opens a record, or a record that does not
    return (max(close) + min(wide)) / 2


def _cell_gap_limit(
    lines: list[Line], settings: LayoutSettings = DEFAULT, head_gap: float | None = None,
    col_gaps: list[float] | None = None,
) -> float | None:
    """The largest vertical gap between two lines of one cell, or None when the rows cannot be
    told apart by spacing.

    A cell that wraps keeps its lines at the text's leading; between rows there is the cell
    padding as well. The smallest gap between consecutive lines of the table is the leading
    when some cell wraps; when it is already wide, no cell wraps; when every gap is alike (a
    table set without padding), spacing says nothing - unless the gap under the header
    (``head_gap``, a row's padding) is wider: then the lines at the leading are one row's. The
    leading is taken from the gaps inside each column (``col_gaps``, :func:`column_gaps`) when
    given."""
    # lines that overlap (a merged cell's text set between two rows) say nothing of the leading
    gaps = [g for a, b in itertools.pairwise(lines) if (g := b.top - a.bottom) > 0]
    if not gaps:
        return None
    heights = sorted(ln.height for ln in lines)
    height = heights[len(heights) // 2]
    leading = min(col_gaps or gaps)
    if leading > settings.cell_leading_max_ratio * height:
        return leading / 2  # no cell wraps: every line of a column is a cell of its own
    limit = leading + settings.row_padding_ratio * height
    return limit if max([*gaps, head_gap or 0.0]) > limit else None


def _join_cell(parts: list[tuple[str, bool]], solid: Callable[[], frozenset[str]] | None = None) -> str:
    """A cell's lines joined; ``solid``: the words the cell's column prints whole (asked only
    when a line filled the cell), as :func:`_placed_text` has them for a ruled cell."""
    texts = [t for t, _ in parts]
    if len(texts) < 2:
        return texts[0]
    fills = [f for _, f in parts]
    whole = solid() if solid is not None and any(fills[:-1]) else frozenset()
    return join_lines(texts, full_width=fills, solid=whole)


def _fragment_column_words(fragments: list[_Fragment], col: int) -> frozenset[str]:
    """:func:`column_words` of an unruled table: the words (lower case, split at slashes) the
    fragments of column ``col`` print, for a word broken at the column's edge whose pieces are
    words themselves ('…/Kommunal' / 'sjef') where the column spells it solid in another row."""
    return _solid_parts(w for f in fragments if f.col == col for w in f.words)


def _solid_parts(words: Iterable[Word]) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        for part in w.text.split("/"):
            part = part.strip(",.;:()[]").lower()
            if len(part) > 3 and part.isalpha():
                out.add(part)
    return frozenset(out)


def _fill(ws: list[Word], width: float, settings: LayoutSettings = DEFAULT) -> bool:
    """A cell line this full was broken by the cell edge (a word may go on on the next line)."""
    return len(ws) == 1 and ws[-1].x1 - ws[0].x0 >= settings.cell_fill_ratio * width


def _rows_by_cells(entries, fragments, limit, col_x, widths, settings: LayoutSettings = DEFAULT):
    """Rows from cells: the lines of each column are grouped into cells by their spacing, the
    column with the most cells sets where rows start, and every other cell joins the row it
    starts in. A cell wrapped over more lines than its neighbours, or merged down over several
    rows, then stays in its own row."""
    ncols = len(col_x)
    cells: list[list[_Fragment]] = []
    open_cell: dict[int, list[_Fragment]] = {}
    for f in fragments:
        cur = open_cell.get(f.col)
        if cur is not None and f.top - cur[-1].bottom <= limit:
            cur.append(f)
        else:
            open_cell[f.col] = [f]
            cells.append(open_cell[f.col])
    count = [sum(1 for c in cells if c[0].col == k) for k in range(ncols)]
    anchor = max(range(ncols), key=lambda k: (count[k], -k))
    tol = settings.row_padding_ratio * max((f.bottom - f.top for f in fragments), default=10.0)
    starts: list[tuple[float, Line | None]] = [(c[0].top, None) for c in cells if c[0].col == anchor]
    starts += [(ln.top, ln) for ln, by_col in entries if by_col is None]  # rows spanning the table
    starts.sort(key=lambda t: t[0])
    # cells wholly above the first row start (the rest of a row the page break split, at the
    # top of the page it goes on to) are a row of their own, not part of the first row
    if starts:
        first = starts[0][0]
        above = [c for c in cells if c[0].col != anchor and c[-1].bottom <= first and c[0].top < first - tol]
        if above:
            starts.insert(0, (min(c[0].top for c in above), None))
    # a cell of another column that runs on level with a row start (no padding to tell them
    # apart) ends there: its next line is that row's
    anchor_tops = [t for t, span in starts if span is None]
    split: list[list[_Fragment]] = []
    for cell in cells:
        cur = [cell[0]]
        for f in cell[1:]:
            if cell[0].col != anchor and any(abs(f.top - t) <= tol for t in anchor_tops):
                split.append(cur)
                cur = [f]
            else:
                cur.append(f)
        split.append(cur)
    cells = split
    edges = _edge_splits(cells, fragments, settings)
    solids: dict[int, frozenset[str]] = {}

    def column_solid(k: int) -> frozenset[str]:
        if k not in solids:
            solids[k] = _fragment_column_words(fragments, k)
        return solids[k]

    parts: list[list[list[tuple[str, bool]]]] = [[[] for _ in range(ncols)] for _ in starts]
    lines: list[list[Line]] = [[ln] if ln is not None else [] for _top, ln in starts]
    for cell in cells:
        top = cell[0].top
        ri = max((i for i, (t, span) in enumerate(starts) if t <= top + tol and span is None), default=0)
        for f in cell:
            fill = _fill(f.words, widths[f.col], settings) or id(f) in edges
            parts[ri][f.col].append((line_text(f.words, settings), fill))
            if f.line not in lines[ri]:
                lines[ri].append(f.line)
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    for (_top, span), ps, ls in zip(starts, parts, lines, strict=True):
        if span is not None:
            rows.append([span.text] + [""] * (ncols - 1))
        elif not any(ps):
            continue
        else:
            rows.append([_join_cell(p, solid=lambda k=k: column_solid(k)) if p else "" for k, p in enumerate(ps)])
        row_lines.append(sorted(ls, key=lambda ln: ln.top))
    return rows, row_lines


def _fragment_line(f: _Fragment) -> Line:
    """The words of one column on one line as a line of their own."""
    return Line(
        page=f.line.page, words=f.words, x0=min(w.x0 for w in f.words), x1=max(w.x1 for w in f.words),
        top=f.top, bottom=f.bottom, size=f.line.size, bold=f.line.bold,
    )


def _edge_splits(cells: list[list[_Fragment]], fragments: list[_Fragment], settings: LayoutSettings = DEFAULT) -> set[int]:
    """The fragments (by ``id``) whose last word the column's edge split, going on at the
    start of the cell's next line (:func:`split_at_edge`): "Hver høst 20" / "24/2025/202" / "6".

    An unruled table draws no cell edge, so a column's right edge is taken to be where its
    widest line ends: a producer that splits a word too wide for its cell fills that line to
    the edge. A full one-word line (:func:`_fill`) says the same only for a line of one word;
    a word split after others on its line ("Hver høst 20") needs the width of its pieces."""
    right: dict[int, float] = {}
    for f in fragments:
        right[f.col] = max(right.get(f.col, 0.0), max(w.x1 for w in f.words))
    out: set[int] = set()
    for cell in cells:
        if len(cell) < 2:
            continue
        lines = [_fragment_line(f) for f in cell]
        edge = right[cell[0].col]
        text_width = edge - min(ln.x0 for ln in lines)
        for k, f in enumerate(cell[:-1]):
            if split_at_edge(lines[k:], edge, text_width, settings):
                out.add(id(f))
    return out


def _rows_by_first_column(entries, col_x, widths, settings: LayoutSettings = DEFAULT):
    """Rows when spacing cannot tell them apart: a line with an empty first cell, close under
    the line before, goes on with the row above."""
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    fills: list[list[bool]] = []
    last_bottom = None
    for ln, by_col in entries:
        gap = ln.top - last_bottom if last_bottom is not None else 0.0
        last_bottom = ln.bottom
        if by_col is None:
            rows.append([ln.text] + [""] * (len(col_x) - 1))
            fills.append([False] * len(col_x))
            row_lines.append([ln])
            continue
        cells = [line_text(by_col.get(k, []), settings) for k in range(len(col_x))]
        fill = [k in by_col and _fill(by_col[k], widths[k], settings) for k in range(len(col_x))]
        # a line with text in the first cell alone that opens in lower case, close under a row
        # whose first cell ends in no full stop, is that cell wrapping (a row whose short
        # cells are centred on it leaves no gap to tell by)
        wraps_first = (
            rows and cells[0][:1].islower() and not any(cells[1:]) and rows[-1][0]
            and not rows[-1][0].rstrip().endswith((".", "!", "?", ":")) and gap < 1.0 * ln.height
        )
        if rows and (not cells[0] or wraps_first) and gap < 1.0 * ln.height:
            for k, c in enumerate(cells):
                if c:
                    prev_text = rows[-1][k]
                    rows[-1][k] = join_lines([prev_text, c], full_width=[fills[-1][k], False]) if prev_text else c
                    fills[-1][k] = fill[k]
            row_lines[-1].append(ln)
        else:
            rows.append(cells)
            fills.append(fill)
            row_lines.append([ln])
    return rows, row_lines


def _row_follows(body: list[Line], j: int, col_x: list[float], settings: LayoutSettings = DEFAULT) -> bool:
    """The line after ``body[j]`` is a row of the table: it crosses no column edge and has
    words in two columns or more. Why: a group row over a table's rows ("Mål 2 – Tryggare
    cykelvägar") spans the columns; a scan's text layer or plain typing sets it in no bold, and
    the rows under it say it belongs to the table rather than ends it."""
    if j + 1 >= len(body):
        return False
    nxt = body[j + 1]
    if _crosses_columns(nxt, col_x, settings) or nxt.size > body[j].size + settings.table_size_jump:
        return False
    return len(words_by_column(nxt.words, col_x, settings)) >= 2


def _crosses_columns(line: Line, col_x: list[float], settings: LayoutSettings = DEFAULT) -> bool:
    """Does running text on this line cross a column edge (so it is not a table row)?

    A word crosses when it starts in one column and ends past the next column's start, or
    when two neighbouring words in different columns stand closer than a word space would
    allow a cell gap (running text flowing over the column edge) - unless the second starts
    just where its column does, after a gap still wider than a word space (a cell filled to
    its edge beside the next cell's text, set with little padding; a bold group row
    "Delmål 1.2: …" whose words happen to meet a column start stands a word space apart).
    """
    def col(x: float) -> int:
        return max((k for k, cx in enumerate(col_x) if x >= cx - settings.table_col_slack), default=0)

    words = [w for w in line.words if not w.leader]  # a tab's leader fills a gap, it crosses none
    for prev, w in zip([None, *words], words, strict=False):
        ci = col(w.x0)
        if ci + 1 < len(col_x) and w.x1 > col_x[ci + 1] + 2:
            return True
        if (
            prev is not None
            and col(prev.x0) != ci
            and w.x0 - prev.x1 < settings.word_crossing_ratio * w.size
            and not (
                abs(w.x0 - col_x[ci]) <= settings.cell_start_tolerance
                and w.x0 - prev.x1 > settings.cell_start_min_gap_ratio * w.size
            )
        ):
            return True
    return False


def head_only(piece: TablePiece, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a ruled piece a header row alone - one row of at least ``settings.grid_head_min_cols``
    short cells, each a column heading? A CSS grid or a table whose header cells are shaded
    boxes and whose body is not ruled draws just that: the body stands below, unruled."""
    if len(piece.rows) != 1 or len(piece.rows[0]) < settings.grid_head_min_cols:
        return False
    texts = [c.text.strip() if c else "" for c in piece.rows[0]]
    return all(
        t and len(t.split()) <= settings.header_cell_max_words and t[:1].isupper() and not NUMBERED_LABEL.match(t)
        for t in texts
    )


def head_over_bands(piece: TablePiece, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a ruled piece a header row (as :func:`head_only` asks) over nothing but band rows -
    rows whose text stands in the first cell alone, spanning the others ('Goal 1 Safer streets'
    over the actions)? A table whose header and group rows are shaded boxes and whose body rows
    have a rule under them alone draws the header and a group row right under it as one grid;
    the body stands below, unruled, as under a header alone."""
    if len(piece.rows) < 2:
        return False
    if not head_only(TablePiece(piece.page, piece.bbox, piece.col_x, piece.rows[:1]), settings):
        return False
    return all(
        len(row) == len(piece.rows[0])
        and bool(row[0] and row[0].text.strip())
        and all(not (c and c.text.strip()) for c in row[1:])
        for row in piece.rows[1:]
    )


def head_over_rows(piece: TablePiece, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a ruled piece a header row (as :func:`head_only` asks) over rows of its grid, each as
    many cells as the header? A web table whose header and some rows are shaded cell by cell (an
    issue tracker's export, its epic rows tinted) and whose other rows have a rule under them
    alone draws the header and the shaded rows as one grid; the rows ruled only below stand
    under it. They are its rows only when rules part them (:func:`grid_rows`, ``ruled_only``)."""
    if len(piece.rows) < 2:
        return False
    if not head_only(TablePiece(piece.page, piece.bbox, piece.col_x, piece.rows[:1]), settings):
        return False
    return all(len(row) == len(piece.rows[0]) for row in piece.rows[1:])


def text_starts(cells: list[tuple[float, float]], words: list[Word], settings: LayoutSettings = DEFAULT) -> list[float]:
    """Where the text of each column starts: the first word of its header cell (``cells``: the
    header cells' left and right edges), or the cell's left edge plus the padding the other
    cells show. A body cell's text starts there too, as it is padded alike."""
    firsts: list[float | None] = []
    for x0, x1 in cells:
        inside = [w.x0 for w in words if x0 - settings.cell_slack <= w.mid_x <= x1 + settings.cell_slack]
        firsts.append(min(inside) if inside else None)
    pads = [f - c[0] for f, c in zip(firsts, cells, strict=True) if f is not None]
    pad = statistics.median(pads) if pads else settings.cell_padding
    return [f if f is not None else c[0] + pad for f, c in zip(firsts, cells, strict=True)]


def aligned_run(lines: list[Line], col_x: list[float], settings: LayoutSettings = DEFAULT) -> list[Line]:
    """The lines from the top that start where a column's text does (within
    ``settings.grid_start_tolerance``), up to the first that does not: a cell's text, wrapped or
    not, starts at its column's padding; a heading or band under the table starts at the
    table's edge or at padding of its own."""
    out = []
    for ln in lines:
        if min(abs(ln.x0 - c) for c in col_x) > settings.grid_start_tolerance:
            break
        out.append(ln)
    return out


def rows_between_rules(
    lines: list[Line], levels: list[float], col_x: list[float], settings: LayoutSettings = DEFAULT
) -> tuple[list[list[str]], list[list[Line]]] | None:
    """The rows of an unruled body whose rows each have a rule under them (``levels``, top
    down): the lines between two rules are one row, each column's words joined over its lines;
    the lines under the last rule are not the table's. None when fewer than two rules stand
    under the lines or no line stands above the last rule.

    Why: a web table drawn with a bottom border under each row and no column rules wraps its
    cells over lines whose gaps say nothing a row's own gaps do not; the rules do."""
    if len(levels) < 2:
        return None
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    band_of_row: list[int] = []
    for ln in lines:
        band = next((k for k, y in enumerate(levels) if (ln.top + ln.bottom) / 2 < y), None)
        if band is None:
            break
        if not band_of_row or band_of_row[-1] != band:
            band_of_row.append(band)
            row_lines.append([])
        row_lines[-1].append(ln)
    if len(row_lines) < 1:
        return None
    for rls in row_lines:
        if _spans_the_row(rls, col_x, settings):
            # a band row ('Mål 2: …' shaded across the table): its text runs over the column
            # edges as running text does, so it is one cell spanning the row, in the first
            # column as a merged cell of a ruled grid is; cut at the column edges, its words
            # fell into the owner and deadline columns of a row of their own
            rows.append([join_lines([ln.text for ln in rls]), *([""] * (len(col_x) - 1))])
            continue
        per: list[list[str]] = [[] for _ in col_x]
        for ln in rls:
            for k, ws in words_by_column(ln.words, col_x, settings).items():
                per[k].append(line_text(ws, settings))
        rows.append([join_lines(parts) if parts else "" for parts in per])
    return rows, row_lines


def _spans_the_row(rls: list[Line], col_x: list[float], settings: LayoutSettings = DEFAULT) -> bool:
    """Is a row between two rules one cell across the table - its first line running over the
    column edges (:func:`_crosses_columns`: words a word space apart on both sides of an edge,
    or a word across it), starting in the first column, every wrapped line under it starting
    there too? A cell of an ordinary row stays inside its column, so its row never crosses."""
    if len(col_x) < 2 or not rls or not _crosses_columns(rls[0], col_x, settings):
        return False
    return all(ln.x0 < col_x[1] - settings.table_col_slack for ln in rls)


def grid_rows(
    piece: TablePiece, words: list[Word], below: float, settings: LayoutSettings = DEFAULT,
    edges: list[dict] | None = None, ruled_only: bool = False,
) -> list[Word]:
    """The unruled body under a header-only ruled piece (:func:`head_only`, or a header over
    band rows, :func:`head_over_bands`), added to the piece as its rows after those it has; returns the words taken (none when the text below does not fill the
    header's columns like table rows).

    A borderless table: its column boundaries are the header cells' edges, its rows the lines
    below whose cell texts start where the header's do (:func:`_parse_rows`, as for an
    unruled table under a header line); ``words`` are the page's words not in any table,
    ``below`` the top of the next table or frame under the header (its rows end there); ``edges`` the page's
    ruling edges: rules under each row part the rows (:func:`rows_between_rules`)."""
    head = piece.rows[0]
    x0, top, x1, bottom = piece.bbox
    slack = settings.table_col_slack
    head_words = [w for w in words if in_box(w, piece.bbox, settings.cell_slack)]
    under = [
        w for w in words
        if w.top >= bottom - settings.cell_slack and w.bottom <= below
        and w.x0 >= x0 - slack and w.x1 <= x1 + slack
    ]
    if not head_words or not under:
        return []
    cells = [(c.bbox.x0, c.bbox.x1) if c and c.bbox else (piece.col_x[k], piece.col_x[k]) for k, c in enumerate(head)]
    # where the columns' text starts, from the header row's own words: a band row under it
    # (head_over_bands) spans the columns and is a row already
    head_bottom = max((c.bbox.bottom for c in head if c and c.bbox), default=bottom)
    col_x = text_starts(cells, [w for w in head_words if w.mid_y <= head_bottom], settings)
    head_lines = words_to_lines(head_words, piece.page, settings)
    header = [c.text if c else "" for c in head]
    run = aligned_run(words_to_lines(under, piece.page, settings), col_x, settings)
    body = [*head_lines, *run]
    size = max(ln.size for ln in head_lines)
    # rows with a rule under each (``edges``: the page's ruling edges): the rules part them
    levels = row_rules(edges or [], x0, x1, bottom + settings.row_rule_merge, below, settings)
    ruled = rows_between_rules(run, levels, col_x, settings) if run else None
    if ruled is None and ruled_only:
        return []
    if ruled is not None:
        rows, row_lines = ruled
        used = [ln for rls in row_lines for ln in rls]
    else:
        rows, row_lines, used, _j = _parse_rows(body, len(head_lines), col_x, header, size, settings)
    if not rows or not aligned_rows(rows, row_lines, col_x, settings, min_rows=settings.grid_min_rows):
        return []
    for cells_text, rls in zip(rows, row_lines, strict=True):
        ri = len(piece.rows)
        r_top, r_bottom = min(r.top for r in rls), max(r.bottom for r in rls)
        piece.rows.append([
            Cell(row=ri, col=k, text=t, page=piece.page,
                 bbox=BBox(x0=cells[k][0], top=r_top, x1=cells[k][1], bottom=r_bottom))
            for k, t in enumerate(cells_text)
        ])
    taken = [w for ln in used for w in ln.words]
    piece.bbox = (x0, top, max(x1, *(w.x1 for w in taken)), max(bottom, *(w.bottom for w in taken)))
    piece.spans_to_bottom = [False] * len(head)
    return taken


# --------------------------------------------------------------------------- joining table pieces


_NON_WORD = re.compile(r"\W+")


def _norm(s: str) -> str:
    return _NON_WORD.sub("", s.lower())


def next_column(
    last: TablePiece, piece: TablePiece, others: list[tuple[float, float, float, float]],
    settings: LayoutSettings = DEFAULT,
) -> bool:
    """Does ``piece`` go on with ``last`` in the next column of the same page (a table in a
    two-column section runs from the foot of one column to the head of the next, as it runs
    over a page break)? ``piece`` must stand to the right of ``last``, and nothing else on
    the page (``others``: the boxes of its body lines and other tables) may stand below
    ``last`` in its column or above ``piece`` in its own. A line reaching into both columns
    (a full-width title over them) is neither. Columns balanced at a section end may stop
    anywhere, so no page-height share is asked."""
    slack = settings.table_continuation_column_slack
    if piece.page != last.page or piece.bbox[0] < last.bbox[2] - slack:
        return False
    split = (last.bbox[2] + piece.bbox[0]) / 2
    for x0, top, x1, bottom in others:
        if x1 <= split + slack and x0 < last.bbox[2] and top >= last.bbox[3] - slack:
            return False  # something under the table in its column
        if x0 >= split - slack and x1 > piece.bbox[0] and bottom <= piece.bbox[1] + slack:
            return False  # something over the piece in the next column
    return True


def stacked_under(
    last: TablePiece, piece: TablePiece, others: list[tuple[float, float, float, float]],
    settings: LayoutSettings = DEFAULT,
) -> bool:
    """Does ``piece`` stand right under ``last`` on the same page (at most
    ``table_stacked_max_gap`` points below it, mostly over the same width, nothing of
    ``others`` between them)? With the same header, it is the same table drawn again under
    itself: a producer that split the table at a row and set the rest, header repeated, at once
    below it (the split the next column or page was meant to take)."""
    if piece.page != last.page:
        return False
    gap = piece.bbox[1] - last.bbox[3]
    if not -settings.table_continuation_column_slack <= gap <= settings.table_stacked_max_gap:
        return False
    shared = min(last.bbox[2], piece.bbox[2]) - max(last.bbox[0], piece.bbox[0])
    narrower = min(last.bbox[2] - last.bbox[0], piece.bbox[2] - piece.bbox[0])
    if narrower <= 0 or shared < settings.table_stacked_overlap * narrower:
        return False
    return not any(
        x1 > max(last.bbox[0], piece.bbox[0]) and x0 < min(last.bbox[2], piece.bbox[2])
        and top >= last.bbox[3] - settings.table_continuation_column_slack
        and bottom <= piece.bbox[1] + settings.table_continuation_column_slack
        for x0, top, x1, bottom in others
    )


_COLUMN_LETTER = re.compile(r"[A-Z]{1,2}")


def _column_letters(cells: list[str]) -> bool:
    """Are ``cells`` a spreadsheet's column letters, 'A', 'B', 'C' … in order (after an empty
    corner cell)?"""
    letters = [c for c in cells if c]
    if len(letters) < 3 or not all(_COLUMN_LETTER.fullmatch(c) for c in letters):
        return False
    ords = [sum((ord(ch) - 64) * 26**k for k, ch in enumerate(reversed(c))) for c in letters]
    return all(b == a + 1 for a, b in itertools.pairwise(ords))


def without_sheet_frame(piece: TablePiece) -> TablePiece:
    """A spreadsheet printed with its headings: the row of column letters ('A' … 'F') over the
    grid and the gutter of row numbers down its left side ('1', '2', '3' …, empty beside rows the
    print did not number) are the program's frame, not the table's content. Both are dropped, so
    the sheet's own header row heads the table and, repeated on the next page with its row
    number, is still known as the header. A piece without the letters is returned as it is."""
    if not piece.rows or len(piece.rows) < 2:
        return piece
    top = [(c.text.strip() if c else "") for c in piece.rows[0]]
    if not _column_letters(top[1:]) or top[0]:
        return piece
    gutter = [(r[0].text.strip() if r and r[0] else "") for r in piece.rows[1:]]
    if not all(g.isdigit() for g in gutter if g):
        return piece
    numbers = [int(g) for g in gutter if g]
    if any(b <= a for a, b in itertools.pairwise(numbers)):
        return piece
    rows = [
        [c.model_copy(update={"row": ri, "col": c.col - 1}) if c is not None else None for c in r[1:]]
        for ri, r in enumerate(piece.rows[1:])
    ]
    return replace(
        piece, rows=rows, col_x=piece.col_x[1:],
        spans_to_bottom=piece.spans_to_bottom[1:] if piece.spans_to_bottom else piece.spans_to_bottom,
    )


def join_pieces(
    pieces: list[TablePiece],
    page_heights: dict[int, float],
    content: dict[int, tuple[float, float]],
    settings: LayoutSettings = DEFAULT,
    boxes: dict[int, list[tuple[float, float, float, float]]] | None = None,
) -> list[tuple[TablePiece, Table]]:
    """Join table pieces that continue over a page break into one logical table.

    A piece continues the previous one when it is the first thing on the next page's table
    list, the previous piece ended near the page bottom, and the column count matches; or
    when it heads the next column of the same page (:func:`next_column`; ``boxes``: per page
    the boxes of the body lines that are no table's). A repeated header row is dropped; a
    first row that starts in lower case continues the previous page's last row; a column
    merged down to the page end carries its text on. A spreadsheet's frame (column letters,
    row numbers) is dropped first (:func:`without_sheet_frame`).
    """
    out: list[tuple[TablePiece, Table]] = []
    current: tuple[TablePiece, Table, TablePiece] | None = None
    pieces = [without_sheet_frame(p) for p in pieces]
    for piece in pieces:
        cont = False
        if (
            current is not None
            and piece.field_list
            and current[2].field_list
            and piece.page == current[2].page + 1
            # nothing between them: the field list ends its page and the piece opens the next
            and content.get(current[2].page, (0, 0))[1] <= current[2].bbox[3] + 2
            and content.get(piece.page, (1e9, 0))[0] >= piece.bbox[1] - 2
            and _field_list_goes_on(current[1], piece)
        ):
            current = (current[0], current[1], piece)
            continue
        if current is not None:
            first, table, last = current
            ncols = len(table.header)
            if (
                boxes is not None and piece.page == last.page and len(piece.rows[0]) == ncols
                and piece.read_at is None and last.read_at is None  # each margin note its own table
            ):
                others = boxes.get(piece.page, []) + [p.bbox for p in pieces if p.page == piece.page and p is not piece and p is not last]
                cont = next_column(last, piece, others, settings) or (
                    [_norm(c.text if c else "") for c in piece.rows[0]] == [_norm(h) for h in table.header]
                    and stacked_under(last, piece, others, settings)
                )
            if piece.page == last.page + 1 and len(piece.rows[0]) < ncols:
                piece = onto_columns(piece, last, settings)
            if (
                not cont
                and piece.page == last.page + 1
                and len(piece.rows[0]) == ncols
                and last.bbox[3] > page_heights.get(last.page, 842) * settings.table_continuation_bottom_ratio
                and piece.bbox[1] < page_heights.get(piece.page, 842) * settings.table_continuation_top_ratio
                and content.get(last.page, (0, 0))[1] <= last.bbox[3] + 2
                and content.get(piece.page, (1e9, 0))[0] >= piece.bbox[1] - 2
            ):
                cont = True
        header = [c.text if c else "" for c in piece.rows[0]]
        if not cont:
            body = piece.rows[1:]
            header, body = _merge_header_rows(header, body, piece.rows[0])
            table = Table(header=header, rows=[], pages=[piece.page], ruled=piece.ruled, diagram=piece.diagram)
            _append_rows(table, body, carry=None)
            current = (piece, table, piece)
            out.append((piece, table))
            continue
        first, table, last = current
        body = piece.rows
        if [_norm(h) for h in header] == [_norm(h) for h in table.header]:
            body = piece.rows[1:]
        else:  # a header over two rows repeated
            merged, rest = _merge_header_rows(header, piece.rows[1:], piece.rows[0])
            if len(rest) < len(piece.rows) - 1 and [_norm(h) for h in merged] == [_norm(h) for h in table.header]:
                body = rest
        table.pages.append(piece.page)
        carry = last.spans_to_bottom if table.rows else None
        body = _item_over_repeated_head(table, body)
        _append_rows(table, body, carry=carry, may_continue=True, cut=last.open_foot, settings=settings)
        current = (first, table, piece)
    return out


def _field_list_goes_on(table: Table, piece: TablePiece) -> bool:
    """Append a field list's piece at the head of the next page to the field list of the page
    before, each value under its label, when every label of the piece is one of the table's; a
    piece that opens with another label than the table's first finishes the record the page
    break cut ("Hva …" at the foot of one page, "Hvem …" / "Når …" at the head of the next);
    labels of that record the table has not had (its first field alone at the foot of the
    page; a field no record above had) join the table's header.
    Why here: a field list's columns stand nowhere (see :mod:`~plancheck.layout.fieldlists`),
    so the pieces cannot be matched column by column, only label by label."""
    names = [_norm(h) for h in table.header]
    labels = [_norm(c.text) if c else "" for c in piece.rows[0]]
    if not table.rows or not labels or not labels[0]:
        return False
    new = [c for c in piece.rows[0] if c is not None and _norm(c.text) not in names]
    if new and labels[0] == names[0]:
        return False
    filled = [c for c in table.rows[-1] if c is not None and c.text]
    if piece.cut_value:
        if not filled:
            return False
        # the wrapped end of the value the break cut: that value is the last row's lowest field
        cell = max(filled, key=lambda c: c.bbox.bottom if c.bbox else 0.0)
        table.rows[-1][table.rows[-1].index(cell)] = cell.model_copy(
            update={"text": join_lines([cell.text, piece.cut_value])})
    # a record cut by the break whose other labels the table has not had (its first field alone
    # at the foot of the page, or a field no record above had): the table gets them
    for c in new:
        table.header.append(c.text)
        names.append(_norm(c.text))
        for row in table.rows:
            row.append(Cell(row=row[0].row if row else 0, col=len(row), text="", page=row[0].page if row else None))
    table.pages.append(piece.page)
    for k, row in enumerate(piece.rows[1:]):
        cells = [Cell(row=len(table.rows), col=i, text="", page=piece.page) for i in range(len(names))]
        for lab, c in zip(labels, row, strict=False):
            if c is not None:
                cells[names.index(lab)] = c.model_copy(update={"col": names.index(lab), "row": len(table.rows)})
        last = table.rows[-1]
        filled = [i for i, c in enumerate(cells) if c.text]
        if k == 0 and labels[0] != names[0] and all(not last[i].text for i in filled):
            for i in filled:
                last[i] = cells[i].model_copy(update={"row": last[i].row})
            continue
        table.rows.append(cells)
    return True


def column_map(col_x: list[float], onto: list[float], slack: float) -> list[int] | None:
    """Where each column (by its left edge) of a piece stands among the columns ``onto`` of the
    table it may continue: the index of the column starting within ``slack`` pt, in order and
    each used once; None when a column has no such place."""
    out: list[int] = []
    for x in col_x:
        hit = next((k for k, y in enumerate(onto) if abs(x - y) <= slack and (not out or k > out[-1])), None)
        if hit is None:
            return None
        out.append(hit)
    return out


def onto_columns(piece: TablePiece, last: TablePiece, settings: LayoutSettings = DEFAULT) -> TablePiece:
    """A piece that continues a table on the next page without its empty spacer columns (a
    word processor drops a column no cell of the page uses) placed into the table's columns,
    when each of its columns starts where one of the table's does; else the piece unchanged."""
    ncols = len(last.col_x)
    cols = column_map(piece.col_x, last.col_x, settings.table_continuation_column_slack)
    if cols is None or any(len(r) != len(cols) for r in piece.rows) or len(last.rows[0]) != ncols:
        return piece
    rows: list[list[Cell | None]] = []
    for r in piece.rows:
        row: list[Cell | None] = [None] * ncols
        for c, k in zip(r, cols, strict=True):
            row[k] = c.model_copy(update={"col": k}) if c is not None else None
        rows.append(row)
    spans = [False] * ncols
    for flag, k in zip(piece.spans_to_bottom, cols, strict=False):
        spans[k] = flag
    out = TablePiece(piece.page, piece.bbox, list(last.col_x), rows, spans, piece.ruled, piece.has_header, piece.region)
    out.open_foot = piece.open_foot
    return out


def _merge_header_rows(
    header: list[str], body: list[list[Cell | None]], head_cells: list[Cell | None] | None = None
) -> tuple[list[str], list[list[Cell | None]]]:
    """A header drawn over several rows (tall merged header cells beside a header text broken
    into rows): rows that repeat the header's merged cells are part of the header.

    A header cell spanning several columns over the labels of each ("Gjennomføring" over
    "Ansvar | Frist") is a group: each column is named by its own label, the group's following
    in brackets ("Ansvar (Gjennomføring)"), not the group's text joined to its first column."""
    group = _group_spans(head_cells) if head_cells is not None else {}
    while body:
        row = body[0]
        cells = [c.text if c else "" for c in row]
        filled = [i for i, h in enumerate(header) if h]
        same = [i for i in filled if cells[i] == header[i] and row[i] is not None and row[i].merged_from is not None]
        if not filled or (len(same) * 2 < len(filled) and not labels_group(cells, group, set(same))
                          and not group_head_row(header, cells, group)):
            break
        merged = []
        for i, h in enumerate(header):
            if i in same or not cells[i]:
                merged.append(h)
            elif i in group and all(cells[k] for k in group[i][1]):
                merged.append(f"{cells[i]} ({group[i][0]})")
            else:
                merged.append(join_lines([h, cells[i]]) if h else cells[i])
        header = merged
        body = body[1:]
        group = {}
    return header, body


def labels_group(cells: list[str], group: dict[int, tuple[str, list[int]]], merged_down: set[int] = frozenset()) -> bool:
    """Is this row, right under a header with a cell spanning several columns, the row of the
    spanned columns' own labels ("Bidrar til mål" over "1 | 2 | 3 | 4", the header cells beside
    it drawn as two empty cells one above the other rather than merged down)?

    It is when every column a spanning cell covers holds a label, and every other column of the
    row is empty: a body row fills the columns beside the group (its measure, its owner), a
    label row does not. Why not only the merged-down cells: a Word table exported with the cells
    beside the group split in two (or merged in Word but ruled by the exporter) gives empty
    cells there, and the labels would otherwise be read as the first body row. A cell spanning
    the whole table is its title (a band "Mål 1: …" over the header), not a group.

    ``merged_down``: columns whose header cell is merged down into this row (its text repeated
    there, as the reader copies a merged cell down): they are header too, not a body row's
    cells ("Nr | Tiltak" beside two groups "Ansvar" over "Hovedansvar | Samarbeid" and "Tidsrom"
    over "Start | Slutt", the two first cells merged over both header rows)."""
    covered = [i for i in range(len(cells)) if i in group]
    if not covered or len(covered) == len(cells) or not all(cells[i].strip() for i in covered):
        return False
    return all(not t.strip() for i, t in enumerate(cells) if i not in group and i not in merged_down)


def group_head_row(header: list[str], cells: list[str], group: dict[int, tuple[str, list[int]]]) -> bool:
    """Is ``cells``, under a header row ``header`` whose only text is cells spanning several columns
    each ("Reduction per year" over three year columns, the cells beside it empty), the row of every
    column's own label ("No. | Action | Lead | 2027 | 2028 | 2029 | Done")? Then both rows are the
    header: a head row naming only a group of columns names no column beside it, so the labels
    of those columns stand in the row under it, and a body row under it would leave the group's
    head naming nothing of its own. Not when the spanning cell covers the whole table (its
    title), nor when a cell of the row under it is empty (a body row's item left a cell empty)."""
    filled = [i for i, h in enumerate(header) if h.strip()]
    return (
        bool(filled) and all(i in group and group[i][1][0] == i for i in filled)
        and len(group) < len(cells)
        and all(t.strip() for t in cells)
    )


def _group_spans(cells: list[Cell | None]) -> dict[int, tuple[str, list[int]]]:
    """Columns covered by a header cell spanning several columns: column → (the spanning
    cell's text, the columns it covers). A spanned column is an empty cell with no box of its
    own right of a filled one."""
    out: dict[int, tuple[str, list[int]]] = {}
    i = 0
    while i < len(cells):
        c = cells[i]
        j = i + 1
        while j < len(cells) and (cells[j] is None or (not cells[j].text and cells[j].bbox is None and cells[j].merged_from is None)):
            j += 1
        if c is not None and c.text.strip() and c.bbox is not None and j - i > 1:
            cover = list(range(i, j))
            for k in cover:
                out[k] = (c.text.strip(), cover)
        i = j
    return out


#: an item number as it fills a table's number column: "3", "2.1", "A.1", "B.1.a", "T12"
ROW_NUMBER = re.compile(r"^(?:[A-ZÆØÅÄÖ]{1,3}\.?)?\d{1,3}(?:\.[0-9a-z]{1,2})*\.?$")


# the pieces of an item number a narrow cell broke at its dots ("C.", "3. a", "2.1.")
_NUMBER_PIECES = re.compile(r"(?:\d{1,2}|[A-Za-z])(?:(?:\.\s*|\s+)(?:\d{1,2}|[A-Za-z]))*\.?")


def broken_row_number(before: str, after: str, undotted: bool = False) -> bool:
    """Are ``before`` and ``after`` the pieces of one item number broken by a page or column
    break ("D." / "1. a"): each is made of number pieces, ``before`` alone is no row number
    (:data:`ROW_NUMBER`: a letter and a dot, no figure) and the two joined are one ("D.1.a")?
    With ``undotted`` (the column's other numbers end without a dot: "1.1", "2.1.1") a number
    ending in a dot is a first piece too ("2.1." / "2": "2.1.2")."""
    before, after = before.strip(), after.strip()
    if not (before and after and _NUMBER_PIECES.fullmatch(before) and _NUMBER_PIECES.fullmatch(after)):
        return False
    if ROW_NUMBER.match(before) and not (undotted and before.endswith(".")):
        return False
    parts = [before, *after.split()]
    return bool(ROW_NUMBER.match(join_lines(parts, full_width=[True] * (len(parts) - 1) + [False])))


def undotted_numbers(table: Table) -> bool:
    """Does every row of the table before its last open with an item number that ends without
    a dot ("1.1", "2.1.1"; two rows at least)? Then the last row's number ending in a dot
    ("2.1.") is out of the column's form: a number the break cut (:func:`broken_row_number`)."""
    firsts = [row[0].text.strip() for row in table.rows[:-1] if row and not _group_row(row)]
    return len(firsts) >= 2 and all(ROW_NUMBER.match(t) and not t.endswith(".") for t in firsts)


def numbered_rows(table: Table) -> bool:
    """Does every row of the table so far open with an item number in its first column (two
    rows at least)? Then a row whose number cell is empty, at the head of the next page or
    column, is the rest of the row the break cut ("underretninger" / "Jobcentret" / "efterår"
    under "B.2.b Indføre procedurer for opfølgning på"), whatever case its cells start in:
    a producer that draws the rule under a cut row (LibreOffice) leaves no other sign. A
    group row ("Goal 1: …" across the table, or alone in the first column) heads the items
    under it and is no item: it is not asked for a number."""
    firsts = [row[0].text.strip() for row in table.rows if row and not _group_row(row)]
    return len(firsts) >= 2 and all(ROW_NUMBER.match(t) for t in firsts)


def filled_first_column(table: Table, settings: LayoutSettings = DEFAULT) -> bool:
    """Does every row of the table so far fill its first cell (``settings.table_filled_first_rows``
    rows at least, group rows aside)? Then that column holds each row's item, and a row that
    leaves it empty is no item of its own."""
    firsts = [row[0].text.strip() for row in table.rows if row and not _group_row(row)]
    return len(firsts) >= settings.table_filled_first_rows and all(firsts)


def _group_row(row: list[Cell]) -> bool:
    """Is ``row`` a group row: text in its first cell, every other cell empty or the same
    text spanned over it?"""
    first = row[0].text.strip()
    return bool(first) and len(row) > 1 and all(
        not c.text.strip() or c.text.strip() == first for c in row[1:] if c is not None
    )


_LETTER_ITEM = re.compile(r"^([a-z])[.)]\s")


def _item_over_repeated_head(table: Table, body: list[list[Cell | None]]) -> list[list[Cell | None]]:
    """A table whose column heads stand in a row of their own under its title repeats that row
    at the top of each page; the row after it may go on with the previous page's last row as a
    first row does: a lettered item ("c. Utilize …") whose letter follows the last one that row
    lists ("… a. Minimize … b. Expand …"), the rest of its lettered list cut by the page break.
    That item is put first, before the repeated head row, so that it goes on with its row."""
    if len(body) < 2 or not table.rows:
        return body
    head = [_norm(c.text) if c else "" for c in body[0]]
    if sum(1 for h in head if h) < 2 or not any([_norm(c.text) for c in r] == head for r in table.rows):
        return body
    first = next((c.text for c in body[1] if c is not None and c.text), "")
    if not continues_letters(first, " ".join(c.text for c in table.rows[-1])):
        return body
    return [body[1], body[0], *body[2:]]


def continues_letters(text: str, before: str) -> bool:
    """Is ``text`` a lettered item ("c. Utilize …") whose letter follows the last one listed in
    ``before`` ("… including: a. Minimize … b. Expand …")? Then it is the rest of that list,
    cut off by a page break, not an item of its own ("a." starts a list and follows nothing)."""
    m = _LETTER_ITEM.match(text)
    if m is None or m.group(1) == "a":
        return False
    letters = re.findall(r"(?:^|\s)([a-z])[.)]\s", before)
    return bool(letters) and letters[-1] == chr(ord(m.group(1)) - 1)


def capitalised_column(table: Table, col: int, min_rows: int) -> bool:
    """Does every filled cell of column ``col`` that opens with a letter open with a capital
    (``min_rows`` of them at least)? Then a cell in lower case there is no text of its own."""
    firsts = [row[col].text.strip()[:1] for row in table.rows if col < len(row) and row[col] is not None]
    letters = [f for f in firsts if f.isalpha()]
    return len(letters) >= min_rows and all(f.isupper() for f in letters)


def ends_with_joiner(text: str, comma: bool = False) -> bool:
    """Does ``text`` end in an "and"/"or" word of the document's language or a slash between
    names ("Director of Leisure Services /"), or, with ``comma``, a comma: a list cut short, whose
    rest is on the next line or page? A comma only counts where no rule says the row closed (an
    unruled table): a ruled row whose bottom rule is drawn closed there, "Leder barnehage," or
    not. A slash separates names only, it ends no list."""
    from plancheck.ingest.text import joining_word

    words = text.split()
    return bool(words) and ((comma and words[-1].endswith(",")) or words[-1].endswith("/") or joining_word(words[-1]))


@cache
def open_end_words(lang: str) -> frozenset[str]:
    """The lexicon's ``open_end_words`` of ``lang``: words no paragraph or cell ends on ("av",
    "the"), read once per language instead of at every page, column or row break."""
    from plancheck.lang.vocab import plain_words

    return frozenset(plain_words("open_end_words", lang))


def ends_mid_phrase(text: str) -> bool:
    """Does ``text`` end on a word no phrase ends with (:func:`open_end_words` of the document's
    language, printed in lower case: "innan utgangen av", "by the end of"): a cell the page
    break cut, whose rest ("2025") heads the next page, though it opens with a figure or a capital?"""
    from plancheck.ingest.text import current_language

    words = text.split()
    return bool(words) and words[-1] in open_end_words(current_language())


# a cell opening with a figure in mid-sentence: the figure, then a word in lower case ("2019 baseline …")
_MID_FIGURE_CELL = re.compile(r"^\d[\d.,]*\s+[a-zæøåäöü]")


def _same_cell_text(table: Table, col: int, origin: int, old: str, new: str) -> None:
    """A cell merged down over rows holds one text in each: the text it gained on the next
    page goes into every row that holds it (``origin`` and the rows merged from it)."""
    for k, row in enumerate(table.rows):
        if (k == origin or row[col].merged_from == origin) and row[col].text == old:
            row[col].text = new


def beside_span(cells: list[Cell], prev: list[Cell], carried: list[bool], table: Table,
                settings: LayoutSettings = DEFAULT) -> bool:
    """Is the next page's first row (``cells``, under the previous page's last row ``prev``) a
    row of its own beside a first-column cell merged down over the break, though no rule shows
    the span? Its first cell is empty, every other column the row above filled holds text of
    its own, and its item (the second column) opens with a capital in a column of capitals under
    a cell that ended whole (no joiner, no phrase left open). The rest of a row the break cut
    leaves empty the cells that ended before the break, or goes on in lower case; a deadline
    phrase opens in lower case by itself ("innen utgangen av 2025" under "Løpende")."""
    if len(cells) < 3 or cells[0].text or carried[0] or carried[1] or not prev[0].text:
        return False
    item, above = cells[1].text, prev[1].text
    return (
        item[:1].isupper() and bool(above)
        and not ends_with_joiner(above, comma=not table.ruled) and not ends_mid_phrase(above)
        and capitalised_column(table, 1, settings.table_continuation_case_rows)
        and all(c.text for i, c in enumerate(cells) if i > 0 and prev[i].text and not carried[i])
    )


def _append_rows(
    table: Table, body: list[list[Cell | None]], carry, may_continue: bool = False, cut: bool = False,
    settings: LayoutSettings = DEFAULT,
) -> None:
    """Append a piece's body rows to the logical table. With ``may_continue`` the first row
    goes on with the previous page's last row when that row was ``cut`` by the page break (its
    bottom rule left undrawn) or when its own lettered cells start in lower case."""
    # column → (the text a cell had on this page, the row it was joined to) for the cells of a
    # first row that went on with the previous page's last row: the cells merged down from
    # them (a goal cell spanning more rows) are merged from that row, with its whole text
    joined: dict[int, tuple[str, int]] = {}
    for k, row in enumerate(body):
        cells = [c if c is not None else Cell(row=0, col=i, text="") for i, c in enumerate(row)]
        for i, c in enumerate(cells):
            if i in joined and c.merged_from is not None and c.text == joined[i][0]:
                target = joined[i][1]
                c.text = table.rows[target][i].text
                c.merged_from = table.rows[target][i].merged_from
                if c.merged_from is None:
                    c.merged_from = target
        if k == 0 and may_continue and table.rows:
            prev = table.rows[-1]
            # a column merged down to the end of the previous page goes on with its text
            for i, c in enumerate(cells):
                if carry and i < len(carry) and carry[i] and not c.text:
                    c.text = prev[i].text
                    c.merged_from = prev[i].merged_from if prev[i].merged_from is not None else prev[i].row
            # the row itself continues: its own cells that start with a letter start in lower
            # case (a figure, "2025", may go on a deadline broken by the page)
            carried = [bool(carry and i < len(carry) and carry[i]) for i in range(len(cells))]
            letters = bool(cells) and continues_letters(cells[0].text, prev[0].text)
            if letters:
                carried[0] = False  # the rest of the lettered list of a cell merged down to the page end
            own = [c for i, c in enumerate(cells) if c.text and not carried[i]]
            lettered = [c for c in own if c.text[0].isalpha()]
            unnumbered = bool(own) and not cells[0].text and numbered_rows(table)
            # the row's first cell left empty in a table every row of which fills it (its item's
            # text), and its own cells only under cells of the row above, another of which it
            # leaves empty: the row's rest cut by the break ("… /Public" | "Spring 2027" /
            # "Health Lead" | ""); a new row would have its item's text and its other cells
            headless = (
                bool(own) and not cells[0].text and not carried[0] and filled_first_column(table, settings)
                and all(prev[i].text for i, c in enumerate(cells) if c.text and not carried[i])
                and any(not c.text and prev[i].text and not carried[i] for i, c in enumerate(cells) if i > 0)
            )
            # a cell of the row above that ends in "og"/"and" ("PPT, Helsestasjonen og") was cut
            # in the middle of its list: the row goes on, though its rest opens with a capital,
            # when each of its other cells that start with a letter starts in lower case (a goal
            # cell merged down and cut after "og" over a new row of its own stays apart)
            open_above = [
                ends_with_joiner(prev[i].text, comma=not table.ruled) or ends_mid_phrase(prev[i].text)
                if c.text and not carried[i] else False
                for i, c in enumerate(cells)
            ]
            dangling = any(open_above) and all(
                open_above[i] or c.text[0].islower()
                for i, c in enumerate(cells) if c.text and not carried[i] and c.text[0].isalpha()
            ) and all(
                open_above[i] for i, c in enumerate(cells) if c.text and not carried[i] and not c.text[0].isalpha()
            )
            # a cell in lower case in a column whose rows all open with a capital, under a cell
            # that ended mid-sentence, is the rest of that cell cut by the break ("… practice
            # for" / "school staff"): the row goes on, its other cells too ("Director of Leisure"
            # / "Services / Sports Clubs"), whatever case they open in. The cell above ends
            # in a word (not a bracket or a figure: "Substantial (> $1 million)" / "unknown" is a
            # value of its own), and the row leaves empty a cell the row above filled (the cells
            # that ended before the break have no rest). Not a cell merged down over the next row
            # (the rest of a goal cell beside rows of their own, below), nor in a row with an
            # item number of its own
            own_number = bool(cells[0].text) and bool(ROW_NUMBER.match(cells[0].text.strip())) and numbered_rows(table)
            partial = any(not c.text and prev[i].text and not carried[i] for i, c in enumerate(cells))
            # nor in a row whose first cell opens an item of its own: a capital in a column of
            # capitals, under a cell that ended whole (a deadline phrase opens in lower case by
            # itself, "inden 30.06.26" under "Årligt"; a cut item's rest would go on in lower case)
            own_item = (
                cells[0].text[:1].isupper() and not carried[0] and bool(prev[0].text)
                and not ends_with_joiner(prev[0].text, comma=not table.ruled) and not ends_mid_phrase(prev[0].text)
                and capitalised_column(table, 0, settings.table_continuation_case_rows)
            ) or beside_span(cells, prev, carried, table, settings)
            rest = partial and not own_number and not own_item and any(
                c.text[0].islower() and prev[i].text and prev[i].text.rstrip()[-1:].isalpha()
                and capitalised_column(table, i, settings.table_continuation_case_rows)
                and not (len(body) > 1 and i < len(body[1]) and body[1][i] is not None and body[1][i].merged_from is not None)
                for i, c in enumerate(cells) if c.text and not carried[i] and c.text[0].isalpha()
            )
            # a row of nothing but a bracket ("(2026–2028)") under cells the row above filled,
            # the cell above holding no bracket of its own: that cell's note (its deadline in
            # brackets) carried over the break, not a row ("… / Housing Services" / "(2026–2028)")
            mine = [i for i, c in enumerate(cells) if c.text and not carried[i]]
            bracket = partial and bool(mine) and all(
                cells[i].text.startswith("(") and prev[i].text and "(" not in prev[i].text for i in mine
            )
            # the row's first cell left empty under a row whose first cell is filled, and its own
            # cells only where that row left them empty: the part of the row that fell below the
            # break ("Ny pumpestasjon" | "" / "" | "2028"), a new row would have a text of its own
            rest_of_row = bool(own) and not cells[0].text and bool(prev[0].text) and all(
                not prev[i].text for i, c in enumerate(cells) if c.text and not carried[i]
            )
            # the row's number broken by the break ("D." / "1. a") and the row's text going on in
            # lower case ("Expand electric" / "vehicle charging points …"): the rest of the row
            # (the number's first piece alone is no row number, the pieces joined are)
            broken_number = (
                broken_row_number(prev[0].text, cells[0].text, undotted_numbers(table))
                and not carried[0]
                and any(c.text[0].islower() for c in lettered)
            )
            # the first cell standing out to the left of the cell above, both levels of an outline
            # shown only by indentation: an outer level opens a row of its own (a strategy over the
            # next page's measures, under a measure cut short "… suitable for"); the rest of a
            # cell the break cut goes on at the cell's own indentation
            outer = (
                bool(cells[0].text) and not carried[0] and cells[0].level is not None and prev[0].level is not None
                and cells[0].bbox is not None and prev[0].bbox is not None
                and cells[0].bbox.x0 < prev[0].bbox.x0 - settings.indent_level_tolerance
            )
            if not outer and (
                (cut and own) or unnumbered or headless or dangling or rest or bracket or rest_of_row or broken_number
                or (lettered and all(c.text[0].islower() for c in lettered))
            ):
                for i, c in enumerate(cells):
                    if c.text and not carried[i]:
                        # the cell's last line may have been broken mid-word by its edge
                        # ("Kommunedirekt" + "ør"); the word lists decide as in a cell
                        joined[i] = (c.text, len(table.rows) - 1)
                        before = prev[i].text
                        if letters and i == 0:
                            prev[i].text = f"{before} {c.text}"  # a new item of the list, not a word broken at the edge
                        elif prev[i].text and _NUMBER_PIECES.fullmatch(prev[i].text) and _NUMBER_PIECES.fullmatch(c.text):
                            # an item number broken over the break and within its piece ("C." /
                            # "3. a"): its pieces are joined as one cell's lines ("C.3.a")
                            parts = [prev[i].text, *c.text.split()]
                            prev[i].text = join_lines(parts, full_width=[True] * (len(parts) - 1) + [False])
                        else:
                            prev[i].text = join_over_break(prev[i].text, c.text) if prev[i].text else c.text
                        if letters and i == 0 and prev[i].merged_from is not None:
                            _same_cell_text(table, i, prev[i].merged_from, before, prev[i].text)
                    elif c.text and carried[i] and prev[i].text and c.text != prev[i].text:
                        # the cell merged down to the break has text of its own in the row that
                        # goes on: the rest of that cell's text the break cut ("… innan 2030
                        # gjennom" / "heile planperioden"), in every row merged from it
                        origin = prev[i].merged_from if prev[i].merged_from is not None else len(table.rows) - 1
                        before = prev[i].text
                        whole = join_lines([before, c.text], full_width=[True, False])
                        _same_cell_text(table, i, origin, before, whole)
                        joined[i] = (c.text, origin)
                continue
            # a new row whose cell merged down over the rows of this page opens in lower case
            # under a cell that ended in mid-sentence: the rest of the cell merged down from
            # the last page, broken by the page ("Mål 2 Tjenestene skal ha nok kvalifiserte"
            # / "ansatte."), not a text of its own
            for i, c in enumerate(cells):
                below = body[1][i] if len(body) > 1 else None
                if (not carried[i] and not c.text and prev[i].text and below is not None
                        and below.merged_from is not None and not below.text):
                    # an empty cell merged down over the first rows of this page: the cell
                    # above the break goes on over them (the producer closed it at the page's
                    # foot and drew it again, empty, at the head of the next)
                    origin = prev[i].merged_from if prev[i].merged_from is not None else len(table.rows) - 1
                    joined[i] = ("", origin)
                    c.text, c.merged_from = prev[i].text, origin
                    continue
                # (or the cell above merged down to the foot of the last page, this row's own text
                # in it opening in lower case, or with a figure in mid-sentence after a cell that
                # broke off on a word no phrase ends on ("… compared with the" / "2019 baseline
                # across …"): the rest of that cell, though no row below shows the span)
                spanned = carried[i] and bool(c.text) and c.text != prev[i].text and (
                    c.text[:1].islower() or (bool(_MID_FIGURE_CELL.match(c.text)) and ends_mid_phrase(prev[i].text))
                )
                if not spanned and (
                    carried[i] or not c.text[:1].islower() or not prev[i].text
                    or prev[i].text.rstrip()[-1:] in ".!?:;" or below is None
                    or below.merged_from is None or below.text != c.text
                ):
                    continue
                if spanned and prev[i].text.rstrip()[-1:] in ".!?:;":
                    continue
                origin = prev[i].merged_from if prev[i].merged_from is not None else len(table.rows) - 1
                before = prev[i].text
                whole = join_lines([before, c.text], full_width=[True, False])
                _same_cell_text(table, i, origin, before, whole)
                joined[i] = (c.text, origin)
                c.text, c.merged_from = whole, origin
        idx = len(table.rows)
        fixed = []
        for i, c in enumerate(cells):
            merged_from = c.merged_from
            if merged_from is not None:
                # re-index into the logical table: the row above that holds this text
                merged_from = next(
                    (r for r in range(idx - 1, -1, -1) if table.rows[r][i].merged_from is None and table.rows[r][i].text == c.text),
                    None,
                )
                if merged_from is None and idx > 0 and table.rows[idx - 1][i].text == c.text:
                    merged_from = table.rows[idx - 1][i].merged_from
            fixed.append(Cell(row=idx, col=i, text=c.text, page=c.page, bbox=c.bbox, merged_from=merged_from, level=c.level, bold=c.bold, indent=c.indent,
                              fill=c.fill))
        table.rows.append(fixed)




def _piece_column(x: float, piece: TablePiece, settings: LayoutSettings) -> int | None:
    """The column of ``piece`` whose cell a text starting at ``x`` stands in: at or right of
    the column's left rule (``cell_slack``) and left of the next one."""
    edges = [*piece.col_x, piece.bbox[2]]
    for k in range(len(piece.col_x)):
        if edges[k] - settings.cell_slack <= x < edges[k + 1]:
            return k
    return None


def foot_rows(pages: list[list[Line]], pieces: list[TablePiece], heights: dict[int, float],
              settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """The first row of a ruled table left alone at the foot of a page, its other rows on the
    next page, as a piece of its own (its lines marked ``kind = "table"``), so the pieces are
    joined over the break (:func:`join_pieces`).

    A ruled box of one row and two cells reads as a text frame, not a table
    (:func:`plancheck.layout.rules.kept_shape`); the page break can leave just that of a table
    of labelled rows ('Tiltak | …' over 'Ansvar | …', 'Frist | …' on the next page). Such a row
    is the last text of its page, in the lower part of it
    (``table_continuation_bottom_ratio``), its first line opens in the first column of the
    ruled table that opens the next page and fills another, and each of its lines stands in that
    table's columns (the next lines of its cells wrapped)."""
    out: list[TablePiece] = []
    by_page = {lines[0].page: lines for lines in pages if lines}
    for piece in pieces:
        if not piece.ruled or piece.field_list or len(piece.col_x) < 2:
            continue
        above = by_page.get(piece.page - 1)
        here = by_page.get(piece.page, [])
        if above is None or any(not ln.kind and ln.bottom <= piece.bbox[1] for ln in here):
            continue  # not the first thing on its page
        if any(p.page == piece.page and p is not piece and p.bbox[3] <= piece.bbox[1] for p in pieces):
            continue
        body = sorted((ln for ln in above if not ln.kind), key=lambda ln: ln.top)
        if any(p.page == piece.page - 1 and body and p.bbox[1] >= body[-1].bottom for p in pieces):
            continue  # a table ends the page before
        row: list[Line] = []
        for ln in reversed(body[-settings.orphan_head_lines:]):
            if ln.x0 < piece.bbox[0] - settings.cell_slack or ln.x1 > piece.bbox[2] + settings.cell_slack:
                break
            cols = [_piece_column(seg[0].x0, piece, settings) for seg in segments(ln, settings)]
            if None in cols or cols != sorted(set(cols)):
                break
            row.insert(0, ln)
            if cols[0] == 0:
                break  # the row's first line: it opens in the first column
        if not row or _piece_column(row[0].words[0].x0, piece, settings) != 0:
            continue
        first = [_piece_column(seg[0].x0, piece, settings) for seg in segments(row[0], settings)]
        if len(first) < 2 or row[-1].bottom < heights.get(row[0].page, 842) * settings.table_continuation_bottom_ratio:
            continue
        texts: list[list[str]] = [[] for _ in piece.col_x]
        for ln in row:
            for seg in segments(ln, settings):
                k = _piece_column(seg[0].x0, piece, settings)
                texts[k].append(line_text(seg, settings))  # type: ignore[index]
        top, bottom = min(ln.top for ln in row), max(ln.bottom for ln in row)
        edges = [*piece.col_x, piece.bbox[2]]
        cells: list[Cell | None] = [
            Cell(row=0, col=k, text=join_lines(t), page=row[0].page,
                 bbox=BBox(x0=edges[k], top=top, x1=edges[k + 1], bottom=bottom))
            for k, t in enumerate(texts)
        ]
        for ln in row:
            ln.kind = "table"
        foot = TablePiece(row[0].page, (piece.bbox[0], top, piece.bbox[2], bottom), list(piece.col_x), [cells],
                          [False] * len(cells), True)
        foot.region = row[0].region
        out.append(foot)
    return out
