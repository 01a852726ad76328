# ruff: noqa: SIM115 — throwaway scorer
import json
import sys
from pathlib import Path

from plancheck.mandate.evaluate import load_plan
from plancheck.mandate.parents import parent_goals
from plancheck.pipeline import load_document

OUT = Path("/tmp/parfind32/var")
gold = json.load(open(OUT / "gold.json"))
tot = [0, 0, 0]
for name, want in gold.items():
    p = OUT / f"{name}.pdf"
    doc = load_document(p)
    plan = load_plan(p)
    got = [" ".join(g.text.split()) for g in parent_goals(plan, doc)]
    found = sum(
        any(w.lower().rstrip(".") in g.lower() and len(g) < len(w) * 1.6 for g in got) for w in want
    )
    extra = sum(not any(w.lower().rstrip(".") in g.lower() for w in want) for g in got)
    tot[0] += found
    tot[1] += len(want)
    tot[2] += extra
    print(f"{name}: {found}/{len(want)} found, {extra} other goals reported")
    if "-v" in sys.argv:
        for g in got:
            print("    ", g[:100])
print("total", f"{tot[0]}/{tot[1]} found, {tot[2]} other")
