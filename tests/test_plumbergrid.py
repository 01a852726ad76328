"""pdfplumber's table-grid functions loaded without its package (layout/plumbergrid.py)."""

from __future__ import annotations

import subprocess
import sys

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
        "pairs = [(getattr(table, n), getattr(pdfplumber.table, n)) for n in names]\n"
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
