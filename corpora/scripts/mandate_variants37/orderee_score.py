"""Score the session-37 variants: ``python status_score.py OUTDIR`` (the tree's plancheck on the
path): per pair the statuses against orderee_gold.py, and uncovered points called covered."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from orderee_gold import ORDEREE_GOLD

from plancheck.mandate import assess
from plancheck.mandate.evaluate import load_plan

LANG = {"sv": "sv", "nb": "nb", "nn": "nn", "da": "da", "en": "en"}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    right = total = false_cov = found = 0
    for name, gold in ORDEREE_GOLD.items():
        lang = LANG[name.split("_")[1]]
        plan = load_plan(out / f"{name}-plan.pdf", lang=lang)
        _, cov = assess(plan, out / f"{name}-mandate.pdf", lang=lang)
        got = {" ".join(c.text.split()): str(getattr(c.status, "value", c.status)) for c in cov}
        row = []
        for opening, want in gold:
            g = next((v for k, v in got.items() if k.startswith(opening)), "not found")
            total += 1
            found += g != "not found"
            right += g == want
            false_cov += want == "uncovered" and g == "covered"
            row.append(f"{opening[:14]}: {want}/{g}")
        print(f"{name}: {'; '.join(row)}; points read {len(got)}")
    print(f"TOTAL found {found}/{total}, right {right}/{total}, uncovered called covered {false_cov}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
