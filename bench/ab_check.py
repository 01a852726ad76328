"""Two source trees of plancheck, the same files, one run: ``plancheck check`` of each tree
against the bare pdfplumber pass, runs alternating so that a busy machine slows both alike.

For each PDF, min of ``--repeat`` fresh processes (process start included): the check with
tree A, the check with tree B, the bare pdfplumber pass (as in ``bench_check.py``); then a
batch of all the files with ``--jobs 1`` and ``--jobs 2`` for each tree (no cache). Each tree
is put first on ``PYTHONPATH`` and the processes start in a folder outside both, so each runs
its own ``plancheck``; the word lists are decoded once first, as after any earlier run.

    python bench/ab_check.py TREE_A TREE_B PDF ... [--repeat 2] [--no-batch]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_check import BARE_PDFPLUMBER, WARM_WORD_LISTS, pages, run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree_a", type=Path)
    ap.add_argument("tree_b", type=Path)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-batch", action="store_true")
    args = ap.parse_args()
    trees = {"A": args.tree_a.resolve(), "B": args.tree_b.resolve()}
    files = [f.resolve() for f in args.files]
    exe = [sys.executable, "-m", "plancheck.cli"]
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as outside:
        os.chdir(outside)
        envs = {
            k: {**os.environ, "PLANCHECK_CACHE_DIR": cache, "PYTHONPATH": str(t)} for k, t in trees.items()
        }
        run([sys.executable, "-c", WARM_WORD_LISTS], envs["B"])
        print(f"load average at start: {os.getloadavg()[0]:.1f}")
        print(f"{'document':40} {'pages':>5} {'A s':>7} {'B s':>7} {'plumber':>7} {'A/pl':>6} {'B/pl':>6} "
              f"{'A MiB':>6} {'B MiB':>6}")
        ratios: dict[str, list[float]] = {"A": [], "B": []}
        for f in files:
            best = {"A": (1e9, 0.0), "B": (1e9, 0.0), "plumber": (1e9, 0.0)}
            for _ in range(args.repeat):
                for name in ("A", "B", "plumber"):
                    if name == "plumber":
                        wall, rss = run([sys.executable, "-c", BARE_PDFPLUMBER, str(f)], envs["B"])
                    else:
                        wall, rss = run([*exe, "check", "--no-cache", "--format", "json", str(f)], envs[name])
                    if wall < best[name][0]:
                        best[name] = (wall, rss)
            pl = best["plumber"][0]
            for k in ("A", "B"):
                ratios[k].append(best[k][0] / pl)
            print(f"{f.stem[:40]:40} {pages(f):>5} {best['A'][0]:>7.2f} {best['B'][0]:>7.2f} {pl:>7.2f} "
                  f"{best['A'][0] / pl:>6.2f} {best['B'][0] / pl:>6.2f} {best['A'][1]:>6.0f} {best['B'][1]:>6.0f}")
        print(f"median ratio to pdfplumber: A {statistics.median(ratios['A']):.2f}, B {statistics.median(ratios['B']):.2f}")
        if not args.no_batch:
            total = sum(pages(f) for f in files)
            for jobs in (1, 2):
                for k in ("A", "B"):
                    wall, _ = run([*exe, "check", "--no-cache", "--format", "json", "--jobs", str(jobs),
                                   *map(str, files)], envs[k])
                    print(f"{k}: batch of {len(files)} files, {total} pages, --jobs {jobs}: {wall:.1f} s, "
                          f"{total / wall:.1f} pages/s", flush=True)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
