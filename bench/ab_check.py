"""Two source trees of plancheck, the same files, one run: ``plancheck check`` of each tree
against the bare pdfplumber pass, runs alternating so that a busy machine slows both alike.

For each PDF, min of ``--repeat`` fresh processes (process start included): the check with
tree A, the check with tree B, the bare pdfplumber pass (as in ``bench_check.py``), as wall
time and as CPU time (user + system of the process and the children it waited for: on a
machine busy with other work, the CPU time is the steadier figure of the work done); then a
batch of all the files with ``--jobs 1`` and ``--jobs 2`` for each tree (no cache). Each tree
is put first on ``PYTHONPATH`` and the processes start in a folder outside both, so each runs
its own ``plancheck``; the word lists are decoded once first, as after any earlier run.

``--split`` makes every check read a long plan in two processes, as on an idle machine.

On a machine busy with other work a check that reads a long plan in two processes
(``limits.split_work``) gets no idle core, so its wall time says little of what it gives on an
idle one. The *critical-path CPU* is the CPU time of the process tree less the CPU time of the
reader's helpers (each noted by the check process, wrapped, as the reader child waits for it):
what the wall time would be with a core for each process (on an idle machine wall time is CPU
time plus ~0.02 s). The dynamic page split keeps the processes within about a page of each
other, so the figure underestimates by at most that.

``--slowest N`` adds the N real plans (``$PLANCHECK_SHARED_CORPORA``, else
../shared/corpora/real) whose check takes the most CPU time with tree A (one check of each,
timed first): a helper's speed gate over the plans where a slow-down shows most, one command.

    python bench/ab_check.py TREE_A TREE_B [PDF ...] [--slowest N] [--repeat 2] [--no-batch]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_check import BARE_PDFPLUMBER, pages, shared_corpus, warm

#: ``python -c WRAPPED check ...`` is ``python -m plancheck.cli check ...`` that also writes the
#: CPU seconds of each split_work helper to $PLANCHECK_HELPER_LOG (a tree without helpers: none);
#: ``main()`` reads ``sys.argv`` (``['-c', 'check', ...]``) as in plancheck's own process: given
#: ``argv``, main() runs as a library call would (its collector left as it was)
WRAPPED = """
import os, resource, sys
import plancheck.limits as limits
from plancheck.cli import main
if os.environ.get("AB_FORCE_SPLIT"):  # --split: every other core counted idle, as on an idle machine
    limits.idle_cores = lambda *_a, **_k: limits.default_jobs() - 1
helper = getattr(limits, "_Helper", None)
if helper is not None:
    stop = helper.stop
    def noted(self):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        stop(self)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(os.environ["PLANCHECK_HELPER_LOG"], "a") as fh:
            fh.write(f"{after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime}\\n")
    helper.stop = noted
import plancheck.cli as cli
if hasattr(cli, "run"):
    cli.run()  # reading sys.argv and ending as the console script and python -m do
sys.exit(main())  # an older tree: reading sys.argv, as its console script and python -m did
"""


def helper_cpu(log: Path) -> float:
    """The CPU seconds the helpers noted in ``log`` took; the log is emptied."""
    used = sum(float(x) for x in log.read_text().split()) if log.exists() else 0.0
    log.write_text("")
    return used


def run_cpu(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall time (s), CPU time (s) and max RSS (MiB) of one process and its waited children."""
    import subprocess
    import time

    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def slowest(n: int, folder: Path, env: dict[str, str]) -> list[Path]:
    """The ``n`` real plans whose check takes the most CPU time in ``env`` (one check each,
    without the cache): CPU time, not wall time, so a busy machine picks the same plans."""
    plans = sorted(folder.glob("*.pdf"))
    if not plans:
        raise SystemExit(f"--slowest: no real plans under {folder}")
    cpu = {}
    for f in plans:
        _w, cpu[f], _m = run_cpu([sys.executable, "-m", "plancheck.cli", "check", "--no-cache", "--format", "json",
                                  str(f)], env)
    picked = sorted(plans, key=lambda f: -cpu[f])[:n]
    print("slowest real plans by CPU with tree A: " + ", ".join(f"{f.stem} {cpu[f]:.2f} s" for f in picked),
          flush=True)
    return picked


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tree_a", type=Path)
    ap.add_argument("tree_b", type=Path)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--slowest", type=int, default=0, metavar="N",
                    help="also the N real plans whose check takes the most CPU time with tree A")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-batch", action="store_true")
    ap.add_argument(
        "--split",
        action="store_true",
        help="the checks read a long document in several processes whatever the load (as on an "
        "idle machine; on a busy one a check splits only when it finds a core idle)",
    )
    args = ap.parse_args()
    if args.split:
        os.environ["AB_FORCE_SPLIT"] = "1"
    trees = {"A": args.tree_a.resolve(), "B": args.tree_b.resolve()}
    files = [f.resolve() for f in args.files]
    if not files and not args.slowest:
        ap.error("give PDF files, --slowest N, or both")
    real = shared_corpus().resolve()  # (before the runs move to a folder outside the trees)
    exe = [sys.executable, "-m", "plancheck.cli"]
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as outside:
        os.chdir(outside)
        log = Path(outside) / "helpers"
        envs = {
            k: {**os.environ, "PLANCHECK_CACHE_DIR": cache, "PYTHONPATH": str(t), "PLANCHECK_HELPER_LOG": str(log)}
            for k, t in trees.items()
        }
        # each tree's modules compiled to bytecode (WARM_WORD_LISTS compiles the package it
        # imports): with PYTHONDONTWRITEBYTECODE a tree left uncompiled pays ~0.2 s per start
        for env in envs.values():
            warm(env)
        if args.slowest:
            files += [f for f in slowest(args.slowest, real, envs["A"]) if f not in files]
        print(f"load average at start: {os.getloadavg()[0]:.1f}")
        print(f"{'document':40} {'pages':>5} {'A s':>6} {'B s':>6} {'pl s':>6} {'A/pl':>5} {'B/pl':>5} "
              f"{'A cpu':>6} {'B cpu':>6} {'pl cpu':>6} {'A/pl':>5} {'B/pl':>5} {'A MiB':>5} {'B MiB':>5} "
              f"{'A crit':>6} {'B crit':>6}")
        ratios: dict[str, list[float]] = {"A": [], "B": [], "A cpu": [], "B cpu": [], "A crit": [], "B crit": []}
        for f in files:
            wall = {"A": 1e9, "B": 1e9, "pl": 1e9}
            cpu = {"A": 1e9, "B": 1e9, "pl": 1e9}
            crit = {"A": 1e9, "B": 1e9}
            rss = {"A": 0.0, "B": 0.0, "pl": 0.0}
            for _ in range(args.repeat):
                for name in ("A", "B", "pl"):
                    if name == "pl":
                        w, c, m = run_cpu([sys.executable, "-c", BARE_PDFPLUMBER, str(f)], envs["B"])
                    else:
                        helper_cpu(log)
                        w, c, m = run_cpu([sys.executable, "-c", WRAPPED, "check", "--no-cache", "--format", "json",
                                           str(f)], envs[name])
                        crit[name] = min(crit[name], c - helper_cpu(log))
                    wall[name], cpu[name], rss[name] = min(wall[name], w), min(cpu[name], c), max(rss[name], m)
            for k in ("A", "B"):
                ratios[k].append(wall[k] / wall["pl"])
                ratios[f"{k} cpu"].append(cpu[k] / cpu["pl"])
                ratios[f"{k} crit"].append(crit[k] / cpu["pl"])
            print(f"{f.stem[:40]:40} {pages(f):>5} {wall['A']:>6.2f} {wall['B']:>6.2f} {wall['pl']:>6.2f} "
                  f"{wall['A'] / wall['pl']:>5.2f} {wall['B'] / wall['pl']:>5.2f} "
                  f"{cpu['A']:>6.2f} {cpu['B']:>6.2f} {cpu['pl']:>6.2f} "
                  f"{cpu['A'] / cpu['pl']:>5.2f} {cpu['B'] / cpu['pl']:>5.2f} {rss['A']:>5.0f} {rss['B']:>5.0f} "
                  f"{ratios['A crit'][-1]:>6.2f} {ratios['B crit'][-1]:>6.2f}",
                  flush=True)
        print("median ratio to pdfplumber, wall: A {:.2f}, B {:.2f}; CPU: A {:.2f}, B {:.2f}; "
              "critical-path CPU to pdfplumber's CPU: A {:.2f}, B {:.2f}".format(
                  *(statistics.median(ratios[k]) for k in ("A", "B", "A cpu", "B cpu", "A crit", "B crit"))))
        if not args.no_batch:
            total = sum(pages(f) for f in files)
            for jobs in (1, 2):
                for k in ("A", "B"):
                    w, c, _m = run_cpu([*exe, "check", "--no-cache", "--format", "json", "--jobs", str(jobs),
                                        *map(str, files)], envs[k])
                    print(f"{k}: batch of {len(files)} files, {total} pages, --jobs {jobs}: {w:.1f} s "
                          f"({c:.1f} s CPU), {total / w:.1f} pages/s", flush=True)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
