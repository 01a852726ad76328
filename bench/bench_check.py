"""The whole ``plancheck check`` as a user runs it, against the bare readers, same files, same run.

For each PDF (min of ``--repeat`` runs, each a fresh process, so process start is included):

* ``check``: ``plancheck check --no-cache FILE`` in a new process;
* ``pdfplumber``: the bare pdfplumber pass (words and tables on every page) in a new process;
* ``pdfium``: the bare pypdfium2 character pass (every character with its box) in a new process;
* peak memory (max RSS) of the check process;
* the CPU time of the check (user + system of its whole process tree) against the bare
  pdfplumber pass's: a long plan's pages are read in one process per core
  (``limits.split_work``), so the wall-time ratio is the user's figure and this one says what
  the work cost.

Then the one-page check (:data:`ONE_PAGE`, min of ``--repeat``, wall and CPU, against the
0.6 s bar) and the load average before and after, for reading the figures of a shared machine.

Then, for all the files together: pages per second of one ``plancheck check`` over every file
with ``--jobs 1`` and with all cores, and the time of a warm-cache re-check of them all.
Ratios, not seconds, are the figures to compare: they do not depend on the machine.

simplemma's word lists are decoded once per machine into the cache folder
(:mod:`plancheck.lang.wordlists`) and the regular expressions of a check are cached there
(:mod:`plancheck.regexcache`); the bench decodes them, checks four authored plans twice each,
and compiles plancheck's modules to bytecode, before it starts timing, as any installed
plancheck that has checked a few plans has, and
keeps them while the cache of extracted plans is emptied for each cold run.

    python bench/bench_check.py [PDF ...] [--repeat 3] [--set all|authored|real]

With no PDF it uses the authored corpus and, when present, the real plans
(``$PLANCHECK_SHARED_CORPORA``, else ../shared/corpora/real); ``--set`` keeps one of the two.
The median ratio is printed over the real plans, over the authored (and any other) PDFs, and
over all; the batch lines also give the time 800 pages take at that rate.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_PDFPLUMBER = """
import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_words(); page.find_tables(); page.flush_cache()
"""
WARM_WORD_LISTS = """
import compileall, os, simplemma, plancheck.lang
# plancheck's modules compiled to bytecode, as pip does on install (a checkout run with
# PYTHONDONTWRITEBYTECODE would compile every module at every start, ~0.1 s of a short check)
compileall.compile_dir(os.path.dirname(plancheck.__file__), quiet=1)
for lang in ("nb", "nn", "sv", "da", "en"):
    simplemma.is_known("plan", lang)
"""
#: one-page authored plans: the fixed cost of a check (process start, imports, the report) is
#: most of theirs; issue 12's bar is 0.6 s wall
ONE_PAGE = ("oppvekst-brosjyre", "reiseliv-tospalta-nn")
#: authored plans (bokmål, English, Swedish, Danish) each checked twice by :func:`warm`
WARM_PLANS = ("handlingsplan-oppvekst", "action-plan-english", "folkhalsa-atgarder-sv", "handleplan-dansk")


def warm(env: dict[str, str]) -> None:
    """What a plancheck that has checked a few plans has: its modules compiled to bytecode,
    the word lists decoded (:data:`WARM_WORD_LISTS`) and the regular expressions of a check
    cached (:mod:`plancheck.regexcache` keeps a pattern once two processes compiled it: each
    warm-up plan is checked twice)."""
    run([sys.executable, "-c", WARM_WORD_LISTS], env)
    for name in WARM_PLANS:
        for path in sorted((ROOT / "corpora" / "authored" / name).glob("*.pdf"))[:1] * 2:
            run([sys.executable, "-m", "plancheck.cli", "check", "--no-cache", "--format", "json", str(path)], env)


BARE_PDFIUM = """
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
for i in range(len(pdf)):
    tp = pdf[i].get_textpage()
    for c in range(tp.count_chars()):
        tp.get_charbox(c)
    tp.get_text_range()
"""


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and the max RSS (MiB) of one process and the children it waited for
    (``wait4`` gives that process's own figure; the bench's RUSAGE_CHILDREN would be the
    largest of every process run so far)."""
    wall, rss, _cpu = run_timed(cmd, env)
    return wall, rss


def run_timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """:func:`run`, and the CPU time (user + system, s) of the process and its waited children."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def pages(path: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(str(path)))


def shared_corpus() -> Path:
    """The folder of the real plans: ``$PLANCHECK_SHARED_CORPORA`` or ../shared/corpora/real."""
    env = os.environ.get("PLANCHECK_SHARED_CORPORA")
    return Path(env) if env else ROOT.parent / "shared" / "corpora" / "real"


def default_files(which: str = "all") -> list[Path]:
    files: list[Path] = []
    if which in ("all", "authored"):
        files += sorted((ROOT / "corpora" / "authored").glob("*/*.pdf"))
    shared = shared_corpus()
    if which in ("all", "real") and shared.is_dir():
        files += sorted(shared.glob("*.pdf"))
    return files


def is_real(path: Path) -> bool:
    """A PDF of the real plans' folder (the rest are the authored corpus or files given)."""
    shared = shared_corpus()
    return shared.is_dir() and path.resolve().parent == shared.resolve()


def median_line(label: str, ratios: list[float], ratios_pdfium: list[float], ratios_cpu: list[float]) -> str:
    if not ratios:
        return f"median ratio over {label}: no files"
    return (
        f"median ratio over {label} ({len(ratios)}): to pdfplumber {statistics.median(ratios):.2f}, "
        f"to pypdfium2 {statistics.median(ratios_pdfium):.2f}; CPU to pdfplumber's "
        f"{statistics.median(ratios_cpu):.2f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--set", choices=("all", "authored", "real"), default="all",
                    help="with no PDF given: which corpus files to run")
    ap.add_argument("--no-batch", action="store_true", help="per-file figures only")
    args = ap.parse_args()
    files = args.files or default_files(args.set)
    exe = [sys.executable, "-m", "plancheck.cli"]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PLANCHECK_CACHE_DIR": cache}
        warm(env)
        print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'document':40} {'pages':>5} {'check s':>8} {'/plumber':>8} {'/pdfium':>8} {'MiB':>6} {'cpu/pl':>6}")
        ratios, ratios_pdfium, ratios_cpu, real = [], [], [], []
        for f in files:
            best = {"check": (1e9, 0.0), "plumber": (1e9, 0.0), "pdfium": (1e9, 0.0)}
            cpu = {"check": 1e9, "plumber": 1e9, "pdfium": 1e9}
            for _ in range(args.repeat):
                for name, cmd in (
                    ("check", [*exe, "check", "--no-cache", "--format", "json", str(f)]),
                    ("plumber", [sys.executable, "-c", BARE_PDFPLUMBER, str(f)]),
                    ("pdfium", [sys.executable, "-c", BARE_PDFIUM, str(f)]),
                ):
                    wall, rss, used = run_timed(cmd, env)
                    if wall < best[name][0]:
                        best[name] = (wall, rss)
                    cpu[name] = min(cpu[name], used)
            check, plumber, pdfium = best["check"][0], best["plumber"][0], best["pdfium"][0]
            ratios.append(check / plumber)
            ratios_pdfium.append(check / pdfium)
            ratios_cpu.append(cpu["check"] / cpu["plumber"])
            real.append(is_real(f))
            print(
                f"{f.stem[:40]:40} {pages(f):>5} {check:>8.2f} {check / plumber:>8.2f} "
                f"{check / pdfium:>8.2f} {best['check'][1]:>6.0f} {ratios_cpu[-1]:>6.2f}"
            )
        for name in ONE_PAGE:
            for path in sorted((ROOT / "corpora" / "authored" / name).glob("*.pdf"))[:1]:
                timed = [run_timed([*exe, "check", "--no-cache", "--format", "json", str(path)], env)
                         for _ in range(args.repeat)]
                print(f"1-page check {name} ({pages(path)} page): {min(t[0] for t in timed):.2f} s wall, "
                      f"{min(t[2] for t in timed):.2f} s CPU, {max(t[1] for t in timed):.0f} MiB (bar 0.6 s)")
        for label, keep in (("real plans", True), ("authored and other PDFs", False)):
            pick = [i for i, r in enumerate(real) if r is keep]
            print(median_line(label, [ratios[i] for i in pick], [ratios_pdfium[i] for i in pick],
                              [ratios_cpu[i] for i in pick]))
        print(median_line("all", ratios, ratios_pdfium, ratios_cpu))
        if args.no_batch:
            print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            return 0
        total_pages = sum(pages(f) for f in files)
        walls = []
        for jobs in (1, os.cpu_count() or 1):
            shutil.rmtree(Path(cache) / "plans", ignore_errors=True)  # no plan cached: a cold run
            wall, _ = run([*exe, "check", "--format", "json", "--jobs", str(jobs), *map(str, files)], env)
            print(f"batch of {len(files)} files, {total_pages} pages, --jobs {jobs}: "
                  f"{wall:.1f} s, {total_pages / wall:.1f} pages/s, 800 pages in {800 * wall / total_pages:.1f} s")
            walls.append(wall)
        print(f"batch speed-up, all cores against one: {walls[0] / walls[-1]:.2f}x")
        run([*exe, "check", "--format", "json", *map(str, files)], env)  # fill the cache
        wall, _ = run([*exe, "check", "--format", "json", *map(str, files)], env)
        print(f"warm-cache re-check of all {len(files)} files: {wall:.2f} s")
        print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
