"""pdfplumber's table-grid functions loaded without its package (layout/plumbergrid.py)."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from plancheck.layout.rules import subpath_edges


def test_the_grid_check_imports_neither_pdfminer_nor_cryptography():
    code = (
        "import sys\n"
        "from plancheck.layout.plumbergrid import table_functions\n"
        "table, filter_edges = table_functions()\n"
        "print(table.__name__, sorted(m.split('.')[0] for m in sys.modules"
        " if m.startswith(('pdfminer', 'pdfplumber', 'cryptography'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["plancheck.layout._pdfplumber.table", "[]"]


def test_the_private_functions_are_pdfplumbers_code():
    """The same code objects as the installed pdfplumber's, so the grid is decided by it."""
    code = (
        "from plancheck.layout.plumbergrid import table_functions\n"
        "table, filter_edges = table_functions()\n"
        "import pdfplumber.table, pdfplumber.utils\n"
        "names = ['merge_edges', 'edges_to_intersections', 'intersections_to_cells', 'cells_to_tables', 'join_edge_group']\n"
        "from plancheck.layout.plumbergrid import ORIGINAL_CELLS\n"
        "own = lambda m, n: getattr(m, ORIGINAL_CELLS, m.intersections_to_cells) if n == 'intersections_to_cells' else getattr(m, n)\n"
        "pairs = [(own(table, n), own(pdfplumber.table, n)) for n in names]\n"
        "pairs.append((filter_edges, pdfplumber.utils.filter_edges))\n"
        "pairs.append((table.utils.snap_objects, pdfplumber.utils.snap_objects))\n"
        "print(all(a is not b and a.__code__.co_code == b.__code__.co_code for a, b in pairs))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def _box(x0: float, top: float, x1: float, bottom: float) -> list:
    # a closed rectangle as pdfminer's points (y up on a page 800 pt high)
    pts = [(x0, 800 - top), (x1, 800 - top), (x1, 800 - bottom), (x0, 800 - bottom), (x0, 800 - top)]
    return [(p, True) for p in pts]


def test_private_and_pdfplumber_grid_give_the_same_cells(monkeypatch):
    """A 2 × 3 grid of boxes and a lone box: the same tables from both loads."""
    import pdfplumber.table
    from pdfplumber.utils import filter_edges

    from plancheck.layout import plumbergrid, rules

    boxes = [_box(50 + 100 * c, 100 + 30 * r, 150 + 100 * c, 130 + 30 * r) for r in range(2) for c in range(3)]
    boxes.append(_box(400, 500, 450, 520))
    edges = [e for b in boxes for e in subpath_edges(b, 800)]
    private = plumbergrid._private_table()
    assert private[0] is not pdfplumber.table
    monkeypatch.setattr(plumbergrid, "table_functions", lambda: private)
    from_private = rules.grid_cells(edges)
    monkeypatch.setattr(plumbergrid, "table_functions", lambda: (pdfplumber.table, filter_edges))
    assert from_private == rules.grid_cells(edges)
    assert [len(cells) for cells in from_private] == [6]


def _intersections(edges: list[dict]) -> dict:
    from plancheck.layout.plumbergrid import table_functions

    table, _filter = table_functions()
    return table.edges_to_intersections(edges, 3, 3)


def _rule(orientation: str, a: float, b0: float, b1: float) -> dict:
    """A ruling line as pdfplumber's edge: horizontal at top ``a`` from x ``b0`` to ``b1``, or
    vertical at x ``a`` from top ``b0`` to ``b1``."""
    lo, hi = min(b0, b1), max(b0, b1)
    if orientation == "h":
        return {"x0": lo, "x1": hi, "top": a, "bottom": a, "width": hi - lo, "height": 0.0, "orientation": "h"}
    return {"x0": a, "x1": a, "top": lo, "bottom": hi, "width": 0.0, "height": hi - lo, "orientation": "v"}


_COORD = st.sampled_from([0.0, 10.0, 10.5, 20.0, 33.25, 40.0, 60.0, 61.0, 80.0, 100.0])


@given(st.lists(st.tuples(st.sampled_from("hv"), _COORD, _COORD, _COORD), min_size=0, max_size=24))
def test_the_quick_cell_search_finds_pdfplumbers_cells(rules):
    """Random ruling lines on a coarse grid (shared coordinates make grids, gaps, lines
    reaching past each other and cells spanning others): the same cells in the same order as
    pdfplumber's own intersections_to_cells."""
    from plancheck.layout.plumbergrid import ORIGINAL_CELLS, intersections_to_cells, table_functions

    table, _filter = table_functions()
    intersections = _intersections([_rule(*r) for r in rules])
    assert intersections_to_cells(intersections) == getattr(table, ORIGINAL_CELLS)(intersections)


def test_the_quick_cell_search_on_a_grid_with_a_merged_cell():
    """A 3 × 3 grid whose middle row's first two cells are one (no rule between them), and a
    line that ends short of the grid's right edge: the cells pdfplumber finds, in its order."""
    from plancheck.layout.plumbergrid import ORIGINAL_CELLS, intersections_to_cells, table_functions

    table, _filter = table_functions()
    rules = [_rule("h", y, 0, 90) for y in (0, 20, 40, 60)] + [_rule("h", 70, 0, 60)]
    rules += [_rule("v", 0, 0, 70), _rule("v", 30, 0, 20), _rule("v", 30, 40, 70), _rule("v", 60, 0, 70), _rule("v", 90, 0, 60)]
    intersections = _intersections(rules)
    cells = intersections_to_cells(intersections)
    assert cells == getattr(table, ORIGINAL_CELLS)(intersections)
    assert (0, 20, 60, 40) in cells and (0, 0, 30, 20) in cells and (0, 60, 30, 70) in cells


def test_the_table_finders_use_the_quick_cell_search():
    """pdfplumber's own TableFinder (ruled tables of pdfplumber pages) and the private load (the
    grid check) call the quick search; pdfplumber's is kept beside it."""
    from plancheck.layout.plumber import load_pdfplumber
    from plancheck.layout.plumbergrid import ORIGINAL_CELLS, intersections_to_cells, table_functions

    load_pdfplumber()
    import pdfplumber.table

    table, _filter = table_functions()
    for module in (table, pdfplumber.table):
        assert module.intersections_to_cells is intersections_to_cells
        assert getattr(module, ORIGINAL_CELLS).__module__ == module.__name__


def test_a_nan_point_is_left_to_pdfplumber():
    """NaN is never equal to itself: pdfplumber's search never pairs such a point; the quick
    search hands the whole set to pdfplumber's."""
    from plancheck.layout.plumbergrid import intersections_to_cells

    nan = float("nan")
    edge = _rule("h", 0, 0, 10)
    intersections = {(nan, 0.0): {"v": [edge], "h": [edge]}, (nan, 5.0): {"v": [edge], "h": [edge]}}
    assert intersections_to_cells(intersections) == []
