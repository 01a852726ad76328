"""Speed of the layout layer against today's reader and the bare pdfplumber pass, same files,
same run.

    python bench/bench_layout.py [PDF ...] [--repeat 3]

For every file, the best of ``--repeat`` runs of:

- ``bare``: pdfplumber opens the PDF and reads the words and the tables of every page (the
  least any pdfplumber-based reader must do);
- ``old``: the pdfplumber-words reader this layer replaced (``plancheck/ingest/pdf.py`` as of
  commit ``OLD_READER``, loaded from git history);
- ``layout``: ``read_pdf`` over :mod:`plancheck.layout` with pypdfium2 characters (the default);
- ``layout/plumber``: the same stages with pdfplumber characters (the reference path).

and the ratios layout/old and layout/bare. The word lists that rejoin hyphenated words are
loaded once before timing (both readers use them). With no PDF it uses the authored corpus
and, when present, four plans of ../shared/corpora/real.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OLD_READER = "9d45f3f"


def load_old_reader():
    """The previous ``plancheck.ingest.pdf`` module, from git history."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{OLD_READER}:plancheck/ingest/pdf.py"],
        capture_output=True, text=True, check=True,
    ).stdout
    tmp = Path(tempfile.mkdtemp()) / "old_pdf_reader.py"
    tmp.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_pdf_reader", tmp)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["old_pdf_reader"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def bare_pass(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.find_tables()
            page.flush_cache()


def best(fn, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t)
    return min(times)


def default_files() -> list[Path]:
    files = sorted((ROOT / "corpora" / "authored").glob("*/*.pdf"))
    from plancheck.evaluate import shared_corpora_dir

    shared = shared_corpora_dir(ROOT)
    for name in (
        "se_olofstrom_handlingsplan_klimat_energi_2023.pdf",
        "se_haparanda_klimatstrategi_2020_2050.pdf",
        "en_us_hartford_ct_mitigation_plan_2014.pdf",
        "en_us_norfolk_va_equal_adaptation_mitigation_cap_2019.pdf",
    ):
        if shared is not None and (shared / name).exists():
            files.append(shared / name)
    return files


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdf", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = args.pdf or default_files()

    from plancheck.ingest.pdf import read_pdf
    from plancheck.layout.settings import LayoutSettings

    old = load_old_reader()
    plumber = LayoutSettings(char_source="pdfplumber")
    runs = {
        "bare": bare_pass,
        "old": lambda p: old.read_pdf(p),
        "layout": lambda p: read_pdf(p),
        "layout/plumber": lambda p: read_pdf(p, settings=plumber),
    }
    if files:  # warm up imports and word lists
        for fn in runs.values():
            fn(files[0])
    print(f"{'file':48} {'bare s':>7} {'old s':>7} {'layout s':>8} {'plumber s':>9} {'lay/old':>7} {'lay/bare':>8}")
    to_old, to_bare = [], []
    for f in files:
        t = {name: best(fn, f, args.repeat) for name, fn in runs.items()}
        to_old.append(t["layout"] / t["old"])
        to_bare.append(t["layout"] / t["bare"])
        print(
            f"{f.name[:48]:48} {t['bare']:>7.2f} {t['old']:>7.2f} {t['layout']:>8.2f} {t['layout/plumber']:>9.2f} "
            f"{to_old[-1]:>7.2f} {to_bare[-1]:>8.2f}"
        )
    if files:
        print(
            f"median layout/old reader: {statistics.median(to_old):.2f}x; "
            f"median layout/bare pdfplumber: {statistics.median(to_bare):.2f}x over {len(files)} files"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
