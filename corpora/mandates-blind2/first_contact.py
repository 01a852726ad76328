"""Score one run of `plancheck check PLAN --mandate MANDATE --format json` against a pair's gold.

    python corpora/mandates-blind2/first_contact.py SLUG [PLANCHECK]

The scorer of corpora/mandates-blind/first_contact.py (same matching of reported points to gold
points, same table row), pointed at this folder. PLANCHECK defaults to `plancheck` on PATH (the
tool as it stands in the worktree's venv).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _first_batch_scorer():
    spec = importlib.util.spec_from_file_location(
        "mandates_blind_first_contact", HERE.parent / "mandates-blind" / "first_contact.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = HERE  # read this folder's pairs
    return mod


def main(argv: list[str]) -> None:
    """The first batch's report on this folder's pair; the tool defaults to the installed one."""
    _first_batch_scorer().main(argv if len(argv) > 1 else [argv[0], "plancheck"])


if __name__ == "__main__":
    main(sys.argv[1:])
