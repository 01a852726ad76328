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
    fc = _first_batch_scorer()
    slug = argv[0]
    tool = argv[1] if len(argv) > 1 else "plancheck"
    gold, reported = fc.run(slug, tool)
    s = fc.score(gold, reported)
    for num, g, r in s["rows"]:
        print(f"  {num:>4} gold={g:<9} tool={r}", file=sys.stderr)
    print(
        f"| {slug} | {s['gold']} | {s['found']} | {s['same']}/{s['gold']} | {s['unc_cov']} |"
        f" {s['extra']} |"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
