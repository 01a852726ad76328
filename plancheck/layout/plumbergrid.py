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
    """pdfplumber's ``table`` module and its ``filter_edges``."""
    if "pdfplumber.table" not in sys.modules:
        try:
            return _private_table()
        except Exception:  # another layout of pdfplumber's files: its own import below
            for name in [n for n in sys.modules if n == PRIVATE or n.startswith(PRIVATE + ".")]:
                del sys.modules[name]
    import pdfplumber.table
    from pdfplumber.utils import filter_edges

    return pdfplumber.table, filter_edges


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
