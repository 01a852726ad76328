"""Speed and memory of ``plancheck extract`` against the bare pdfplumber pass, same file, same run.

The bare pass opens the PDF with pdfplumber and reads the words and the tables of every page:
the least any pdfplumber-based reader must do. plancheck's cost is reported as a ratio to it, so
the figure does not depend on how fast this machine is.

    python bench/bench_extract.py [PDF ...] [--repeat 3]

With no PDF it uses the authored corpus and, when present, ../shared/corpora/real.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bare_pass(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.find_tables()
            page.flush_cache()


def plancheck_pass(path: Path) -> None:
    """Extraction in this process: the per-document time and memory guard (which reads in a
    forked child) is switched off, so that time and memory are those of the work itself."""
    from plancheck import limits
    from plancheck.pipeline import extract_plan

    with limits.applied(0, 0):
        extract_plan(path)


def measure(fn, path: Path, repeat: int) -> tuple[float, float]:
    """Median wall time (s) over ``repeat`` runs and peak traced memory (MiB) of one run."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    gc.collect()
    tracemalloc.start()
    fn(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def default_files() -> list[Path]:
    files = sorted((ROOT / "corpora" / "authored").glob("*/*.pdf"))
    shared = ROOT.parent / "shared" / "corpora" / "real"
    for name in (
        "se_olofstrom_handlingsplan_klimat_energi_2023.pdf",
        "no_telemark_ungdomsrad_handlingsplan_2025.pdf",
        "en_us_napa_ca_adaptation_plan_2024.pdf",
        "en_us_norfolk_va_equal_adaptation_mitigation_cap_2019.pdf",
    ):
        if (shared / name).exists():
            files.append(shared / name)
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = args.pdf or default_files()
    # warm up imports and spaCy pipelines so the first file does not pay for them
    if files:
        plancheck_pass(files[0])
    print(f"{'file':55} {'pages':>5} {'bare s':>8} {'plancheck s':>11} {'time x':>7} {'bare MiB':>9} {'pc MiB':>7} {'mem x':>6}")
    ratios, mem_ratios = [], []
    for f in files:
        import pdfplumber

        with pdfplumber.open(f) as pdf:
            pages = len(pdf.pages)
        bt, bm = measure(bare_pass, f, args.repeat)
        pt, pm = measure(plancheck_pass, f, args.repeat)
        ratios.append(pt / bt)
        mem_ratios.append(pm / bm if bm else 0)
        print(f"{f.name[:55]:55} {pages:>5} {bt:>8.2f} {pt:>11.2f} {pt / bt:>7.2f} {bm:>9.1f} {pm:>7.1f} {pm / bm:>6.2f}")
    if ratios:
        print(f"median time ratio plancheck/bare pdfplumber: {statistics.median(ratios):.2f}x; "
              f"median peak-memory ratio: {statistics.median(mem_ratios):.2f}x over {len(ratios)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
