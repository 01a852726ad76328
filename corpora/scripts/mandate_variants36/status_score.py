"""Score the status variants: ``python status_score.py OUTDIR`` (the tree's plancheck on the
path): per pair the statuses against status_gold.py, and uncovered points called covered."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from status_gold import STATUS_GOLD

from plancheck.mandate import assess
from plancheck.mandate.evaluate import load_plan

LANG = {"sv": "sv", "nb": "nb", "nn": "nn", "da": "da", "en": "en"}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    right = total = false_cov = 0
    for name, gold in STATUS_GOLD.items():
        lang = LANG[name.split("_")[1]]
        plan = load_plan(out / f"{name}-plan.pdf", lang=lang)
        _, cov = assess(plan, out / f"{name}-mandate.pdf", lang=lang)
        got = [str(getattr(c.status, "value", c.status)) for c in cov]
        for k, want in enumerate(gold):
            g = got[k] if k < len(got) else "not found"
            total += 1
            right += g == want
            false_cov += want == "uncovered" and g == "covered"
        print(f"{name}: gold {gold} got {got}")
    print(f"TOTAL right {right}/{total}, uncovered called covered {false_cov}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
