# ruff: noqa: SIM115 — throwaway scorer
import json
from pathlib import Path

from plancheck.mandate.evaluate import load_plan

OUT = Path("/tmp/parfind32/var")
gold = json.load(open(OUT / "gold2.json"))
tot = [0, 0]
for name, want in gold.items():
    plan = load_plan(OUT / f"{name}.pdf")
    got = [" ".join(m.text.split()) for m in plan.measures]
    f = sum(any(w.rstrip(".").lower() in g.lower() for g in got) for w in want)
    tot[0] += f
    tot[1] += len(want)
    print(
        name,
        f"{f}/{len(want)} as measures;",
        len(plan.goals),
        "goals",
        [g.text[:40] for g in plan.goals],
    )
print("total", tot)
