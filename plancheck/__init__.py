"""plancheck: read municipal plan documents into goals, strategies and measures, and check them.

>>> import plancheck
>>> plan = plancheck.extract("plan.pdf")              # a plancheck.models.Plan
>>> result = plancheck.check(plan)                     # a plancheck.models.CheckResult
>>> html = plancheck.render(result, "html")            # or "json", "sarif", "text", …
>>> g = plancheck.graph(plan)                          # a networkx.DiGraph
>>> cfg = plancheck.load_config()                      # .plancheck.toml / [tool.plancheck]

These five names are the stable API (see docs/api.md and :mod:`plancheck.api`).
``plancheck.extract`` and ``plancheck.graph`` are also a subpackage and a module; those are
callable (see :mod:`plancheck.api` for why), so the names never clash.
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib
from typing import Any

from plancheck.api import check, load_config, render

__all__ = ["__version__", "check", "extract", "graph", "load_config", "render"]


def __getattr__(name: str) -> Any:
    """``plancheck.extract`` and ``plancheck.graph``: the callable subpackage and module,
    imported when first used (importing binds them here for good)."""
    if name in ("extract", "graph"):
        return importlib.import_module(f"plancheck.{name}")
    raise AttributeError(f"module 'plancheck' has no attribute {name!r}")
