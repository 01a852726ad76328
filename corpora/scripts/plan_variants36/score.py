"""Score the plan variants: ``python score.py OUTDIR`` (the tree's plancheck on the path): per
plan, the gold measures read as measures (text at least 80 % alike), and the measures read that
hold codes only."""

from __future__ import annotations

import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).parent))
from gold import GOAL_GOLD, GOLD

from plancheck.mandate.evaluate import load_plan


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    found = total = 0
    for name, want in GOLD.items():
        plan = load_plan(out / f"{name}.pdf", lang=name.split("_")[1])
        got = [m.text for m in plan.measures]
        hit = sum(any(fuzz.token_set_ratio(w.lower(), g.lower()) >= 80 and len(g) > 10 for g in got) for w in want)
        found += hit
        total += len(want)
        print(f"{name}: {hit}/{len(want)} measures; read {[g[:40] for g in got]}")
    print(f"TOTAL measures found {found}/{total}")
    found = total = 0
    for name, want in GOAL_GOLD.items():
        plan = load_plan(out / f"{name}.pdf", lang=name.split("_")[1])
        got = [g.text for g in plan.goals]
        hit = sum(any(fuzz.token_set_ratio(w.lower(), g.lower()) >= 80 for g in got) for w in want)
        found += hit
        total += len(want)
        print(f"{name}: {hit}/{len(want)} goals; read {[g[:40] for g in got]}")
    print(f"TOTAL goals found {found}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
