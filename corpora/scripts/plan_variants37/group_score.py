"""Score the group-label variants: ``python group_score.py OUTDIR`` (the tree's plancheck on the
path): per plan, the gold goals found among the parent goals (parents.parent_goals), and goals
read that are no gold goal."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from group_gold import GROUP_GOLD

from plancheck.mandate.evaluate import load_plan
from plancheck.mandate.parents import parent_goals


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    found = total = extra = 0
    for name, gold in GROUP_GOLD.items():
        lang = name.split("_")[1]
        goals = [" ".join(g.text.split()) for g in parent_goals(load_plan(out / f"{name}.pdf", lang=lang))]
        hit = sum(any(g in x or x in g for x in goals) for g in gold)
        more = sum(not any(g in x or x in g for g in gold) for x in goals)
        found, total, extra = found + hit, total + len(gold), extra + more
        print(f"{name}: {hit}/{len(gold)} goals found, {more} other goals read")
    print(f"TOTAL {found}/{total} found, {extra} other")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
