"""Score the hand-built variants (make_variants.py) with the plancheck first on sys.path:
gold points found (text paired as `plancheck eval --mandates` pairs them, token-set ratio
>= 80) and points reported that the gold lacks.

    PYTHONPATH=TREE python corpora/mandates-blind29/variants/score_variants.py [DIR] [-v]
"""

import json
import sys
from pathlib import Path

from rapidfuzz import fuzz

import plancheck
from plancheck.errors import InputError
from plancheck.mandate import read_mandate

args = [a for a in sys.argv[1:] if not a.startswith("-")]
OUT = Path(args[0] if args else "/tmp/blind29-variants")
gold = json.loads((OUT / "gold.json").read_text(encoding="utf-8"))
print("tree", plancheck.__file__)
total_found = total_extra = total_gold = 0
for name, want in gold.items():
    try:
        pts = read_mandate(OUT / f"{name}.pdf")
    except InputError:
        pts = []
    used: set[int] = set()
    found = 0
    for g in want:
        best = max(
            ((fuzz.token_set_ratio(g.lower(), p.text.lower()), i) for i, p in enumerate(pts) if i not in used),
            default=(0, None),
        )
        if best[0] >= 80:
            used.add(best[1])
            found += 1
    extra = len(pts) - len(used)
    total_found += found
    total_extra += extra
    total_gold += len(want)
    shown = "  " + " | ".join(p.text[:50] for p in pts) if "-v" in sys.argv else ""
    print(f"{name:20} found {found}/{len(want)} extra {extra}{shown}")
print(f"TOTAL found {total_found}/{total_gold} extra {total_extra}")
