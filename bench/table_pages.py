"""Which pages pdfplumber reads for ruled tables, and whether the grid check keeps one out that
holds a table: every page of every corpus PDF (authored, defects and ../shared/corpora/real).

A page is read by pdfplumber when it draws enough rules (``enough_rules``, a count) and pdfium's
paths make a table grid (``has_table_grid``). For every page that passes the count but not
the grid check, pdfplumber's ``find_tables`` (lines) is run and must find no table the layout
keeps; such a page is printed as MISS. The figures: pages, pages the count alone would send,
pages sent, misses, and the seconds the grid check took.

    python bench/table_pages.py [PDF ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plancheck.evaluate import shared_corpora_dir  # noqa: E402
from plancheck.layout.document import enough_rules  # noqa: E402
from plancheck.layout.plumber import graphics_only  # noqa: E402
from plancheck.layout.rules import has_table_grid, kept_shape  # noqa: E402

LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def corpus() -> list[Path]:
    shared = shared_corpora_dir(ROOT)
    files = sorted(shared.glob("*.pdf")) if shared else []
    for sub in ("authored", "defects"):
        files += sorted(p for p in (ROOT / "corpora" / sub).glob("*/*.pdf") if p.parent.name != "bad-input")
    return files


def main() -> int:
    files = [Path(a) for a in sys.argv[1:]] or corpus()
    total = counted = sent = misses = 0
    grid_time = 0.0
    for path in files:
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            print(f"skipped {path.name}: {exc}")
            continue
        n = len(doc)
        here_counted = here_sent = 0
        with pdfplumber.open(path) as pdf:
            for i in range(n):
                page = doc[i]
                total += 1
                if enough_rules(page):
                    here_counted += 1
                    start = time.perf_counter()
                    grid = has_table_grid(page)
                    grid_time += time.perf_counter() - start
                    here_sent += grid
                    if not grid:
                        tables = graphics_only(pdf.pages[i]).find_tables(LINES)
                        if any(t.rows and kept_shape(len(t.rows), len(t.rows[0].cells)) for t in tables):
                            misses += 1
                            print(f"MISS {path.name} page {i + 1}")
                        pdf.pages[i].flush_cache()
                page.close()
        doc.close()
        counted += here_counted
        sent += here_sent
        print(f"{path.name}: {n} pages, {here_counted} with enough rules, {here_sent} sent to pdfplumber", flush=True)
    print(f"pages {total}, with enough rules {counted}, sent to pdfplumber {sent}, misses {misses}, "
          f"grid check {grid_time:.2f} s")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
