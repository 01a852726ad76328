"""Ruling lines of a page from pypdfium2's path objects, and whether they form a table grid.

Why: ruled tables are found by pdfplumber (``find_tables`` with the "lines" strategies), and
its page parse (pdfminer tokenising the whole content stream) was most of what a check cost
once the characters came from pypdfium2. Most pages that draw a few boxes or rules hold no
table grid. This module builds the same edges pdfplumber would (one per straight segment of a
painted path, as pdfminer's ``paint_path`` and pdfplumber's ``rect_to_edges``/
``curve_to_edges``/``line_to_edge`` make them) from the path objects pdfium has already
parsed, and runs pdfplumber's own table functions on them (``merge_edges``,
``edges_to_intersections``, ``intersections_to_cells``, ``cells_to_tables``): a page whose
edges make no table there is not handed to pdfplumber.

It only decides which pages pdfplumber reads; the tables themselves still come from pdfplumber
(pdfium's points are single precision, pdfminer's double: the cells would differ in the last
digits). The tolerances are widened by ``LayoutSettings.grid_margin`` so that such rounding can
only let a page through, never keep one out; a test compares both ways on every corpus page.
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
from typing import Any

from plancheck.layout.settings import DEFAULT, LayoutSettings

Point = tuple[float, float]
#: pdfplumber's table settings for the "lines" strategies (its defaults, as
#: :func:`plancheck.layout.tables.find_ruled_tables` asks for them)
SNAP = 3.0
JOIN = 3.0
INTERSECTION = 3.0
EDGE_MIN_LENGTH = 3.0
EDGE_MIN_LENGTH_PREFILTER = 1.0


def subpaths(page: Any) -> list[list[tuple[Point, bool]]]:
    """Every painted subpath of a pypdfium2 page (form XObjects included), as the points
    pdfminer keeps for it - each segment's end point, a closed subpath back to its start - in
    page space (PDF user space, y up). Each point carries whether its segment is a straight
    line (a subpath of one straight segment is a "line" for pdfplumber, any other a "curve")."""
    import pypdfium2.raw as raw

    from plancheck.layout.chars import unchecked

    out: list[list[tuple[Point, bool]]] = []
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    # the calls made for every segment, unchecked (see :func:`~plancheck.layout.chars.unchecked`):
    # handles as ``c_void_p``, out-parameters by reference
    get_segment = unchecked(raw.FPDFPath_GetPathSegment, ctypes.c_void_p)
    get_point = unchecked(raw.FPDFPathSegment_GetPoint, ctypes.c_int)
    get_type = unchecked(raw.FPDFPathSegment_GetType, ctypes.c_int)
    get_close = unchecked(raw.FPDFPathSegment_GetClose, ctypes.c_int)
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    VoidP = ctypes.c_void_p

    def walk(count: int, get: Any, outer: tuple[float, ...]) -> None:
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
                continue
            if not raw.FPDFPageObj_GetMatrix(obj, matrix):
                continue
            m = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
            if kind == raw.FPDF_PAGEOBJ_FORM:
                walk(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k), m)
                continue
            a, b, c, d, e, f = m
            current: list[tuple[Point, bool]] = []
            beziers = 0
            path = VoidP(ctypes.cast(obj, VoidP).value)
            for s in range(raw.FPDFPath_CountSegments(obj)):
                address = get_segment(path, s)
                seg = VoidP(address)
                if not address or not get_point(seg, x_ref, y_ref):
                    continue
                pt = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
                kind_s = get_type(seg)
                if kind_s == raw.FPDF_SEGMENT_MOVETO:
                    if current:
                        out.append(current)
                    current = [(pt, True)]
                    beziers = 0
                elif kind_s == raw.FPDF_SEGMENT_BEZIERTO:
                    beziers += 1
                    if beziers % 3 == 0:  # the end point (the two before it steer the curve)
                        current.append((pt, False))
                else:
                    current.append((pt, True))
                if current and get_close(seg):
                    current.append((current[0][0], True))
            if current:
                out.append(current)

    page_handle = page.raw
    walk(raw.FPDFPage_CountObjects(page_handle), lambda k: raw.FPDFPage_GetObject(page_handle, k), (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
    return out


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The matrix applying ``inner`` then ``outer`` (PDF's a b c d e f order)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def subpath_edges(points: list[tuple[Point, bool]], height: float, settings: LayoutSettings = DEFAULT) -> list[dict]:
    """pdfplumber's edges of one subpath (top-down coordinates, ``height`` the page's): a
    subpath of one straight segment is a line (horizontal when level, vertical otherwise, as
    ``line_to_edge`` has it); any other gives an edge per level or upright segment. "Level"
    allows ``settings.grid_margin`` for pdfium's single precision."""
    eps = settings.grid_margin
    pts = [(px, height - py) for (px, py), _straight in points]
    # pdfminer drops a last segment back onto the start when the path is closed anyway
    if len(pts) > 3 and pts[-1] == pts[0] and pts[-2] == pts[0]:
        pts.pop()
    straight = all(s for _p, s in points[1:])
    out = []
    if straight and (len(pts) == 2 or (len(pts) == 3 and pts[2] == pts[0])):
        (x0, y0), (x1, y1) = pts[0], pts[1]
        out.append(_edge(x0, y0, x1, y1, "h" if abs(y0 - y1) <= eps else "v"))
        return out
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if abs(x0 - x1) <= eps:
            out.append(_edge(x0, y0, x1, y1, "v"))
        if abs(y0 - y1) <= eps:
            out.append(_edge(x0, y0, x1, y1, "h"))
    return out


def _edge(x0: float, y0: float, x1: float, y1: float, orientation: str) -> dict:
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    return {
        "x0": left, "x1": right, "top": top, "bottom": bottom, "doctop": top,
        "width": right - left, "height": bottom - top, "orientation": orientation,
    }


def grid_cells(edges: list[dict], settings: LayoutSettings = DEFAULT) -> list[list[tuple[float, float, float, float]]]:
    """The tables (lists of cell boxes) pdfplumber's "lines" strategy makes of ``edges``,
    with its tolerances widened by ``settings.grid_margin``."""
    from plancheck.layout.plumbergrid import table_functions

    table, filter_edges = table_functions()  # pdfplumber's own, without importing pdfminer
    cells_to_tables, intersections_to_cells = table.cells_to_tables, table.intersections_to_cells
    edges_to_intersections, merge_edges = table.edges_to_intersections, table.merge_edges
    margin = settings.grid_margin
    edges = [e for e in edges if (e["height"] if e["orientation"] == "v" else e["width"]) >= EDGE_MIN_LENGTH_PREFILTER - margin]
    if not edges:
        return []
    merged = merge_edges(edges, SNAP, SNAP, JOIN + margin, JOIN + margin)
    merged = filter_edges(merged, min_length=EDGE_MIN_LENGTH - margin)
    tol = INTERSECTION + margin
    return cells_to_tables(intersections_to_cells(edges_to_intersections(merged, tol, tol)))


def kept_shape(nrows: int, ncols: int, settings: LayoutSettings = DEFAULT) -> bool:
    """Is a ruled table of this many rows and columns kept as a table? Fewer columns than
    ``settings.ruled_min_cols`` (stacked boxes) or a single row of one or two cells is not one
    (:func:`plancheck.layout.tables.find_ruled_tables` drops it)."""
    return nrows >= 1 and ncols >= settings.ruled_min_cols and not (nrows == 1 and ncols < 3)


def has_table_grid(page: Any, settings: LayoutSettings = DEFAULT) -> bool:
    """Do the painted paths of a pypdfium2 page make a table pdfplumber's "lines" strategy
    would find and :func:`kept_shape` keep, allowing for rounding?

    pdfplumber counts a table's columns as its cells' distinct left edges and its rows as
    their distinct tops, on the page as shown (after ``/Rotate``); the edges here are in the
    unrotated page, so every side is counted and the largest count taken for both."""
    _w, height = page.get_size()
    edges = [e for sp in subpaths(page) if len(sp) >= 2 for e in subpath_edges(sp, height, settings)]
    hs = sum(1 for e in edges if e["orientation"] == "h")
    if hs < 2 or len(edges) - hs < 2:
        return False
    upright = page.get_rotation() % 360 == 0
    for cells in grid_cells(edges, settings):
        counts = [len({c[k] for c in cells}) for k in range(4)]  # x0, top, x1, bottom
        if upright:
            nrows, ncols = counts[1], counts[0]
        else:
            nrows = ncols = max(counts)
        if kept_shape(nrows, ncols, settings):
            return True
    return False


def implied_rules(edges: list[dict], settings: LayoutSettings = DEFAULT) -> list[dict]:
    """Horizontal rules a ruled table implies but does not draw, as pdfplumber line objects.

    Why: pdfplumber's "lines" strategy makes a cell only where four rules meet. Two places
    of a table broken by a page often lack a horizontal rule: the foot of the first page,
    where the column rules run on past the last row rule (the row the break left open, then
    lost with its text), and under a header repeated on the next page, where the producer
    drew the header's column rules and the continued row's as separate segments but no rule
    between (the header's cells then swallow the continued row's words).

    At a level ``y`` where no horizontal rule is drawn at all, a rule is implied between two
    neighbouring column rules when both start or end there, no column rule passes through
    ``y`` between them, and a horizontal rule higher up spans both (so they belong to one
    ruled table, not to two boxes side by side). At least ``implied_rule_min_ends`` column
    rules must start or end at ``y``. A level with a rule drawn over part of it is left alone:
    browsers draw the column rules of a cell spanning two rows row by row, so the rules break
    where only the cells beside it end."""
    tol = settings.implied_rule_tolerance
    vs = [e for e in edges if e["orientation"] == "v" and e["height"] >= EDGE_MIN_LENGTH]
    hs = [e for e in edges if e["orientation"] == "h" and e["width"] >= EDGE_MIN_LENGTH]
    if len(vs) < settings.implied_rule_min_ends or not hs:
        return []
    levels: list[float] = []
    for y in sorted(y for v in vs for y in (v["top"], v["bottom"])):
        if not levels or y - levels[-1] > tol:
            levels.append(y)

    def spans(e: dict, a: float, b: float) -> bool:
        return e["x0"] <= a + tol and e["x1"] >= b - tol

    # the rules within tol of a level, by bisection on their sorted tops and bottoms (a page
    # of tables has hundreds of rules and levels: a scan of all rules per level was a twentieth
    # of reading such a plan); the window is a little wider than tol and each candidate is
    # then tested exactly as before, so rounding at the window's edge changes nothing
    by_top = _sorted_by(vs, "top")
    by_bottom = _sorted_by(vs, "bottom")
    h_by_top = _sorted_by(hs, "top")
    window = tol + 1e-6

    out: list[dict] = []
    for y in levels:
        near = _near(by_top, y, window) + _near(by_bottom, y, window)
        ends = sorted({round(v["x0"], 1) for v in near if abs(v["top"] - y) <= tol or abs(v["bottom"] - y) <= tol})
        if len(ends) < settings.implied_rule_min_ends:
            continue
        above = [h for h in hs if h["top"] < y - tol]
        level_rules = [h for h in _near(h_by_top, y, window) if abs(h["top"] - y) <= tol]
        through = [v["x0"] for v in vs if v["top"] < y - tol and v["bottom"] > y + tol]
        for group in _table_groups(ends, above, tol):
            drawn = [h for h in level_rules if h["x1"] > group[0] + tol and h["x0"] < group[-1] - tol]
            if drawn:
                # a rule drawn over part of the level: the rest is cells spanning it (a header or
                # goal cell over two rows whose column rules a browser draws row by row)
                continue
            for a, b in itertools.pairwise(group):
                if b - a <= tol or any(a + tol < x < b - tol for x in through):
                    continue
                if not any(spans(h, a, b) for h in above):
                    continue
                out.append({"object_type": "line", "x0": a, "x1": b, "top": y, "bottom": y,
                            "doctop": y, "width": b - a, "height": 0.0})
    return out


def implied_sides(edges: list[dict], settings: LayoutSettings = DEFAULT) -> list[dict]:
    """The outer side of a ruled table that is implied but not drawn, as pdfplumber line objects.

    Why: a web page may rule its table with row rules and a border on the LEFT of each cell
    only (a swimlane roadmap: dashed lines between the year columns, no frame), so the last
    column has no rule on its right and pdfplumber makes no cell of it: its texts fall into one
    cell as tall as the table, or out of the table. Where ``implied_rule_min_ends`` horizontal
    rules or more, one under the other, all end at one x (within ``implied_rule_tolerance``)
    and no vertical rule runs there, the table's side is that x: a vertical rule from the first
    of them to the last is implied. (The left side likewise, where they all start.)"""
    tol = settings.implied_rule_tolerance
    hs = [e for e in edges if e["orientation"] == "h" and e["width"] >= EDGE_MIN_LENGTH]
    vs = [e for e in edges if e["orientation"] == "v" and e["height"] >= EDGE_MIN_LENGTH]
    out: list[dict] = []
    for key in ("x1", "x0"):
        groups: list[list[dict]] = []
        for h in sorted(hs, key=lambda e: e[key]):
            if groups and h[key] - groups[-1][-1][key] <= tol:
                groups[-1].append(h)
            else:
                groups.append([h])
        for group in groups:
            x = max(h[key] for h in group) if key == "x1" else min(h[key] for h in group)
            lo, hi = min(h["x0"] for h in group), max(h["x1"] for h in group)
            # the levels a column rule of the table meets (a rule under a heading above it is none)
            levels = sorted({round(h["top"], 1) for h in group
                             if any(v["top"] - tol <= h["top"] <= v["bottom"] + tol and lo < v["x0"] < hi for v in vs)})
            if len(levels) < settings.implied_rule_min_ends:
                continue
            top, bottom = levels[0], levels[-1]
            if any(abs(v["x0"] - x) <= tol and v["top"] <= top + tol and v["bottom"] >= bottom - tol for v in vs):
                continue  # drawn
            inner = (lo, x) if key == "x1" else (x, hi)  # between the side and the rules' other end
            if not any(v["top"] < bottom and v["bottom"] > top and inner[0] < v["x0"] < inner[1] for v in vs):
                continue  # no column rule inside: rules stacked for text, not a table's rows
            out.append({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
                        "doctop": top, "width": 0.0, "height": bottom - top})
    return out


def _table_groups(ends: list[float], above: list[dict], tol: float) -> list[list[float]]:
    """The column rules ending at one level (their x, sorted), in groups of one table each: two
    neighbours are of one table when a rule higher up spans both. Why: two tables side by side
    (the columns of a two-column page, balanced by the browser) may end at one level, one with
    its bottom rule drawn, the other cut by the column break; the drawn rule says nothing of the
    other table's foot."""
    groups: list[list[float]] = [[ends[0]]] if ends else []
    for a, b in itertools.pairwise(ends):
        if any(h["x0"] <= a + tol and h["x1"] >= b - tol for h in above):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def row_rules(edges: list[dict], x0: float, x1: float, top: float, bottom: float,
              settings: LayoutSettings = DEFAULT) -> list[float]:
    """The levels between ``top`` and ``bottom`` where horizontal rules, pieced together, run
    across at least ``settings.row_rule_cover`` of the width ``x0``-``x1``: the rules under the
    rows of a table that draws row borders and no column rules. Why pieced: a browser draws a
    row's bottom border cell by cell, as one thin rectangle per cell."""
    width = x1 - x0
    if width <= 0:
        return []
    hs = sorted((e for e in edges if e["orientation"] == "h" and top <= e["top"] <= bottom
                 and e["x1"] > x0 and e["x0"] < x1), key=lambda e: e["top"])
    levels: list[list[dict]] = []
    for e in hs:
        if levels and e["top"] - levels[-1][0]["top"] <= settings.row_rule_merge:
            levels[-1].append(e)
        else:
            levels.append([e])
    out = []
    for group in levels:
        spans = sorted((max(e["x0"], x0), min(e["x1"], x1)) for e in group)
        covered, reach = 0.0, x0
        for a, b in spans:
            if b > reach:
                covered += b - max(a, reach)
                reach = b
        if covered >= settings.row_rule_cover * width:
            out.append(group[0]["top"])
    return out


def _sorted_by(edges: list[dict], key: str) -> tuple[list[float], list[dict]]:
    """``edges`` sorted by ``key``, with the sorted keys (for :func:`_near`)."""
    ordered = sorted(edges, key=lambda e: e[key])
    return [e[key] for e in ordered], ordered


def _near(index: tuple[list[float], list[dict]], y: float, window: float) -> list[dict]:
    """The edges of a :func:`_sorted_by` index whose key lies within ``window`` of ``y``."""
    keys, ordered = index
    return ordered[bisect.bisect_left(keys, y - window) : bisect.bisect_right(keys, y + window)]
