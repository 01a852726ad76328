"""pdfplumber's table-grid functions without pdfplumber's package import.

Why: :func:`plancheck.layout.rules.has_table_grid` runs four of pdfplumber's table functions
(``merge_edges``, ``edges_to_intersections``, ``intersections_to_cells``, ``cells_to_tables``)
and ``filter_edges`` on edges taken from pypdfium2, to decide whether a page goes to
pdfplumber at all. They are plain geometry over dicts (``pdfplumber/table.py`` with
``utils/geometry.py`` and ``utils/clustering.py``), but ``import pdfplumber.table`` first runs
pdfplumber's package, which imports pdfminer and, through it, the ``cryptography`` package:
~0.1 s CPU, most of the reading of a one-page plan whose boxes turn out to hold no table.

:func:`table_functions` executes those three files of the installed pdfplumber, unchanged,
as modules of a private package (``plancheck.layout._pdfplumber``) whose ``utils`` holds only
the geometry and clustering functions, so the grid is decided by pdfplumber's own code. When
pdfplumber is imported already, or its files are not laid out so, the real modules are used.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from functools import cache
from pathlib import Path
from typing import Any

PRIVATE = "plancheck.layout._pdfplumber"


@cache
def table_functions() -> tuple[types.ModuleType, Any]:
    """pdfplumber's ``table`` module and its ``filter_edges``, its cell search the quicker
    equivalent (:func:`use_quick_cells`)."""
    if "pdfplumber.table" not in sys.modules:
        try:
            table, filter_edges = _private_table()
            use_quick_cells(table)
            return table, filter_edges
        except Exception:  # another layout of pdfplumber's files: its own import below
            for name in [n for n in sys.modules if n == PRIVATE or n.startswith(PRIVATE + ".")]:
                del sys.modules[name]
    import pdfplumber.table
    from pdfplumber.utils import filter_edges

    use_quick_cells(pdfplumber.table)
    return pdfplumber.table, filter_edges


#: the name under which :func:`use_quick_cells` keeps a table module's own ``intersections_to_cells``
ORIGINAL_CELLS = "_plancheck_original_intersections_to_cells"


def use_quick_cells(table: types.ModuleType) -> None:
    """Let a pdfplumber ``table`` module (the private load or pdfplumber's own, whose
    ``TableFinder`` calls the module's function) find cells with :func:`intersections_to_cells`,
    which gives the same cells in the same order; its own function is kept as
    :data:`ORIGINAL_CELLS`. Once per module."""
    if getattr(table, ORIGINAL_CELLS, None) is None:
        setattr(table, ORIGINAL_CELLS, table.intersections_to_cells)
        table.intersections_to_cells = intersections_to_cells


def intersections_to_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's ``table.intersections_to_cells``: for each intersection point in sorted
    order, the smallest cell it is the top-left corner of (the first point below it and the
    first point right of it, in that order of search, that edges join to it and to a bottom-right
    point that is an intersection), in the same order.

    Why not pdfplumber's own: it builds the set of edge boxes of both points anew at every
    comparison and scans all later points for those below and right of each one (quadratic in
    the points of a page); here each point's edge boxes are made once and the points below and
    right are its column's and row's later points. The search and the comparisons are the
    same, so are the cells (tests/test_plumbergrid.py compares them on random grids). A point
    with a NaN coordinate (never equal to itself) goes to pdfplumber's own."""
    points = sorted(intersections)
    if any(p[0] != p[0] or p[1] != p[1] for p in points):
        return _pdfplumber_cells(intersections)
    vert = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in intersections[p]["v"]} for p in points}
    horiz = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in intersections[p]["h"]} for p in points}

    def connects(p1: tuple, p2: tuple) -> bool:  # pdfplumber's edge_connects
        if p1[0] == p2[0] and not vert[p1].isdisjoint(vert[p2]):
            return True
        return p1[1] == p2[1] and not horiz[p1].isdisjoint(horiz[p2])

    column: dict[Any, list[tuple]] = {}
    row: dict[Any, list[tuple]] = {}
    for p in points:  # each column top to bottom, each row left to right, as sorted
        column.setdefault(p[0], []).append(p)
        row.setdefault(p[1], []).append(p)
    at_column = {p: i for col in column.values() for i, p in enumerate(col)}
    at_row = {p: i for r in row.values() for i, p in enumerate(r)}
    cells = []
    for pt in points:
        right = row[pt[1]][at_row[pt] + 1 :]
        cell = None
        for below_pt in column[pt[0]][at_column[pt] + 1 :]:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                bottom_right = (right_pt[0], below_pt[1])
                if bottom_right in intersections and connects(bottom_right, right_pt) and connects(bottom_right, below_pt):
                    cell = (pt[0], pt[1], bottom_right[0], bottom_right[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _pdfplumber_cells(intersections: dict) -> list[tuple]:
    """pdfplumber's own ``intersections_to_cells`` (of the private load when there is one)."""
    table, _filter = table_functions()
    return getattr(table, ORIGINAL_CELLS, table.intersections_to_cells)(intersections)


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _private_table() -> tuple[types.ModuleType, Any]:
    spec = importlib.util.find_spec("pdfplumber")
    if spec is None or spec.origin is None:
        raise ImportError("pdfplumber is not installed")
    folder = Path(spec.origin).parent
    package = types.ModuleType(PRIVATE)
    package.__path__ = [str(folder)]
    sys.modules[PRIVATE] = package
    package._typing = _load(f"{PRIVATE}._typing", folder / "_typing.py")
    utils = types.ModuleType(f"{PRIVATE}.utils")
    utils.__path__ = [str(folder / "utils")]
    sys.modules[utils.__name__] = utils
    package.utils = utils
    for part in ("clustering", "geometry"):
        module = _load(f"{PRIVATE}.utils.{part}", folder / "utils" / f"{part}.py")
        setattr(utils, part, module)
        for key, value in vars(module).items():
            if not key.startswith("_"):
                setattr(utils, key, value)
    table = _load(f"{PRIVATE}.table", folder / "table.py")
    package.table = table
    return table, utils.filter_edges
