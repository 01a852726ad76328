"""Calibrate the rød tråd's thresholds by leave-one-pair-out over corpora/parents.

    python bench/parent_tune.py cache     # read the five parent/child pairs once (slow)
    python bench/parent_tune.py cv        # for each pair, the grid point best on the other four

The five pairs are also the test set, so a threshold is never scored on the pair it was
chosen on: the held-out statuses are the figure to report.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("PLANCHECK_PARENT_CACHE", "/tmp/plancheck-parent-tune.pkl"))
GRID = {
    "followed": [0.5, 0.55, 0.6],
    "partial": [0.2, 0.25, 0.3],
    "home_floor": [0.0, 0.2, 0.3, 0.4],
    "home_match": [0.5, 0.66],
}


def build_cache() -> None:
    from plancheck.mandate.evaluate import load_plan
    from plancheck.pipeline import load_document

    pairs = []
    for gp in sorted((ROOT / "corpora/parents").rglob("*.gold.yaml")):
        gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
        if "parent" not in gold:
            continue
        b = gp.parent
        pairs.append(
            (
                b.name,
                gold,
                load_plan(b / gold["child"], lang=gold.get("language")),
                load_plan(b / gold["parent"], lang=gold.get("language")),
                load_document(b / gold["child"]),
                load_document(b / gold["parent"]),
            )
        )
    CACHE.write_bytes(pickle.dumps(pairs))


def run_pair(pair, settings) -> list[tuple[str, str]]:
    from plancheck.mandate.parents import assess_parent

    _name, gold, child, parent, cdoc, pdoc = pair
    cov, _ = assess_parent(
        child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc, settings=settings
    )
    out = []
    for g in gold.get("parent_goals") or gold.get("goals") or []:
        best = max(cov, key=lambda c, g=g: fuzz.token_set_ratio(g["text"].lower(), c.text.lower()))
        ok = fuzz.token_set_ratio(g["text"].lower(), best.text.lower()) >= 80
        out.append(
            (str(g["status"]), str(getattr(best.status, "value", best.status)) if ok else "-")
        )
    return out


def objective(lab) -> float:
    right = sum(a == b for a, b in lab)
    bad = sum(b == "followed_up" and a != "followed_up" for a, b in lab)
    return right - 5 * bad


def summary(lab) -> str:
    from plancheck.mandate.evaluate import cohen_kappa

    right = sum(a == b for a, b in lab)
    bad = sum(b == "followed_up" and a != "followed_up" for a, b in lab)
    return f"{right}/{len(lab)} kappa {cohen_kappa(lab):.2f} called followed up wrongly {bad}"


def main() -> None:
    if sys.argv[1:2] == ["cache"]:
        build_cache()
        return
    from plancheck.mandate.parents import ParentSettings

    pairs = pickle.loads(CACHE.read_bytes())
    base = ParentSettings()
    keys = list(GRID)
    grid = [
        replace(base, **dict(zip(keys, v, strict=True)))
        for v in itertools.product(*(GRID[k] for k in keys))
    ]
    res = [[run_pair(p, s) for p in pairs] for s in grid]

    def change(g: int) -> float:
        return sum(abs(getattr(grid[g], k) - getattr(base, k)) for k in keys)

    held = []
    for j, p in enumerate(pairs):
        best = max(
            range(len(grid)),
            key=lambda g: (
                objective([x for i, r in enumerate(res[g]) if i != j for x in r]),
                -change(g),
            ),
        )
        held += res[best][j]
        print(p[0], ", ".join(f"{k}={getattr(grid[best], k)}" for k in keys), summary(res[best][j]))
    print(
        "defaults:",
        summary([x for r in res[grid.index(base)] if base in grid for x in r])
        if base in grid
        else "-",
    )
    print("held out:", summary(held))


if __name__ == "__main__":
    main()
