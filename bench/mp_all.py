"""Mandate coverage and the rød tråd scored on every folder at once, one summary.

    python bench/mp_all.py [TREE] [-o OUT] [--only mandates|parents]

Runs ``python -m plancheck eval --mandates DIR`` for corpora/mandates and every
corpora/mandates-blind*, and ``eval --parents DIR`` for corpora/parents and every
corpora/parents-blind*, with TREE's own plancheck (TREE first on the path, default this
checkout), writes the whole output to OUT (default mp-all.txt in the current folder) and prints
one line per folder — points (or parent goals) with the gold status, found, and uncovered
called covered (or goals called followed up that are not) — and the totals.

Why: a change to the layout layer or to the goal readers has cost parent goals in folders the
change was not aimed at three sessions running; comparing this summary before and after a
change (``diff``) shows every folder that moved. It is the battery the session leads ran from a
script outside the repository; here so that any fresh checkout has it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_MANDATE = {
    "right": re.compile(r"^\s+overall\s+\S+\s+\((\d+)/(\d+)\)"),
    "found": re.compile(r"^gold points found: (\d+)/\d+"),
    "false": re.compile(r"^uncovered points reported as covered: (\d+)"),
}
_PARENT = {
    "right": re.compile(r"^parent goals with the gold status: (\d+)/(\d+)"),
    "found": re.compile(r"^\S.*: \d+/\d+ parent goals right \((\d+) found\)"),
    "false": re.compile(r"^goals called followed up that are not: (\d+)"),
}


def folders(tree: Path, kind: str) -> list[Path]:
    """corpora/<kind> and corpora/<kind>-blind*, in name order."""
    base = tree / "corpora"
    return [p for p in [base / kind, *sorted(base.glob(f"{kind}-blind*"))] if p.is_dir()]


def summarise(text: str, kind: str) -> dict[str, int]:
    """right, n, found and false of one folder's ``plancheck eval`` output."""
    pats = _MANDATE if kind == "mandates" else _PARENT
    out = {"right": 0, "n": 0, "found": 0, "false": 0}
    for line in text.splitlines():
        if m := pats["right"].match(line):
            out["right"], out["n"] = int(m.group(1)), int(m.group(2))
        elif m := pats["found"].match(line):
            out["found"] += int(m.group(1))  # mandates: one total line; parents: one line per pair
        elif m := pats["false"].match(line):
            out["false"] = int(m.group(1))
    return out


def run(tree: Path, folder: Path, kind: str, cache: Path | None = None) -> str:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tree), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("PLANCHECK_TIMEOUT", "0")
    if cache is not None:
        env.setdefault("PLANCHECK_CACHE_DIR", str(cache))
    flag = "--mandates" if kind == "mandates" else "--parents"
    done = subprocess.run(
        [sys.executable, "-m", "plancheck", "eval", flag, str(folder)],
        cwd=tree, env=env, capture_output=True, text=True,
    )
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree", nargs="?", type=Path, default=HERE.parent)
    ap.add_argument("-o", "--out", type=Path, default=Path("mp-all.txt"))
    ap.add_argument("--only", choices=["mandates", "parents"])
    args = ap.parse_args(argv)
    tree = args.tree.resolve()
    totals: dict[str, list[int]] = {}
    # one cache for the whole run, removed at the end: a cache directory holds some 100 MB of
    # lemma tables, and one per folder filled the disk over a few runs
    with tempfile.TemporaryDirectory(prefix="mp-all-") as cache, args.out.open("w", encoding="utf-8") as out:
        for kind in ("mandates", "parents"):
            if args.only and kind != args.only:
                continue
            for folder in folders(tree, kind):
                text = run(tree, folder, kind, Path(cache))
                out.write(f"=== {kind.upper()} {folder.relative_to(tree)}\n{text}")
                s = summarise(text, kind)
                print(f"{kind:9} {folder.name:28} right {s['right']:4}/{s['n']:<4} found {s['found']:4} false {s['false']}")
                t = totals.setdefault(kind, [0, 0, 0, 0])
                for i, k in enumerate(("right", "n", "found", "false")):
                    t[i] += s[k]
    for kind, (right, n, found, false) in totals.items():
        print(f"TOTAL {kind}: right {right}/{n} found {found} false {false}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
