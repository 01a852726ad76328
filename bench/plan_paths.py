"""Issue 12's bar "the same plan model from the pypdfium2 path and the pdfplumber path on every
corpus document", over every document: each PDF under corpora/ and the real plans
(``$PLANCHECK_SHARED_CORPORA``, else ../shared/corpora/real) is read with
``LayoutSettings(char_source="pdfium")`` and with ``char_source="pdfplumber"``, carried through
``build_plan``, and the two plan models compared as ``tests/test_plan_paths.py`` compares its
sample: the same items, texts, pages and links, and boxes within ``BOX_SLACK`` points. A PDF
refused both ways with the same error counts as unreadable both ways; one read one way only, or
refused with two different errors, differs. The encrypted test PDF is read with its password
(``PASSWORDS``, as tests/test_plan_paths.py reads it).

Prints one line per document that differs (the first difference other than a box), whose
boxes moved more than ``BOX_SLACK`` (the largest shift), or that cannot be read, then the counts.
The suite runs the same comparison on a sample (it takes minutes over all documents).

    python bench/plan_paths.py [--only SUBSTRING] [--jobs 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: how far a box may move between the two sources (points), as in tests/test_plan_paths.py:
#: pdfminer and pdfium measure a glyph's box from different font metrics
BOX_SLACK = 2.0
#: the password of the corpus's encrypted test PDF (tests/test_bad_input.py)
PASSWORDS = {"kryptert.pdf": "hemmelig"}


def files(only: str = "") -> list[Path]:
    from plancheck.evaluate import shared_corpora_dir

    found = sorted((ROOT / "corpora").rglob("*.pdf"))
    real = shared_corpora_dir(ROOT)
    if real is not None:
        found += sorted(real.glob("*.pdf"))
    return [p for p in found if only in str(p)]


def difference(a: object, b: object, where: str = "plan") -> str | None:
    """Where the two model dumps first differ other than in a box, or None."""
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return f"{where}: keys {sorted(a.keys() ^ b.keys())}"
        for k in a:
            if k == "bbox" and a[k] is not None and b[k] is not None:
                continue
            found = difference(a[k], b[k], f"{where}.{k}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where}: {a!r:.80} vs {b!r:.80}"


def box_shift(a: object, b: object, where: str = "plan") -> tuple[float, str]:
    """The largest distance between the same box's sides in the two dumps (of the same shape)."""
    best = (0.0, "")
    if isinstance(a, dict) and isinstance(b, dict):
        for k in a.keys() & b.keys():
            if k == "bbox" and a[k] is not None and b[k] is not None:
                shift = max(abs(a[k][c] - b[k][c]) for c in a[k])
                if shift > best[0]:
                    best = (shift, f"{where}.bbox")
            else:
                best = max(best, box_shift(a[k], b[k], f"{where}.{k}"))
    elif isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            best = max(best, box_shift(x, y, f"{where}[{i}]"))
    return best


def compare(path: Path) -> tuple[str, str | None, tuple[float, str]]:
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.pdf import read_pdf
    from plancheck.layout.settings import LayoutSettings

    plans: list[dict] = []
    errors: list[str] = []
    for source in ("pdfium", "pdfplumber"):
        try:
            doc = read_pdf(path, password=PASSWORDS.get(path.name), settings=LayoutSettings(char_source=source))
            plans.append(build_plan(doc).model_dump(mode="json"))
        except Exception as exc:  # an unreadable test PDF (defects/bad-input)
            errors.append(f"{source}: {type(exc).__name__}: {str(exc)[:120]}")
    if len(errors) == 2 and errors[0].partition(": ")[2] == errors[1].partition(": ")[2]:
        return str(path), f"error: {errors[0].partition(': ')[2]}", (0.0, "")
    if errors:  # read one way only, or refused with two different errors: a difference
        return str(path), f"refused {' / '.join(errors)}", (0.0, "")
    return str(path), difference(plans[0], plans[1]), box_shift(plans[0], plans[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="", help="only the PDFs whose path holds this")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    paths = files(args.only)
    same = differ = failed = moved = 0
    with multiprocessing.get_context("fork").Pool(args.jobs) if args.jobs > 1 else _Serial() as pool:
        for name, diff, (shift, where) in pool.imap(compare, paths):
            rel = os.path.relpath(name, ROOT)
            if diff is None:
                same += 1
                if shift > BOX_SLACK:
                    moved += 1
                    print(f"{rel}: same items and texts, a box moved {shift:.2f} pt ({where})", flush=True)
            elif diff.startswith("error:"):
                failed += 1
                print(f"{rel}: {diff}", flush=True)
            else:
                differ += 1
                print(f"{rel}: DIFFERS {diff}", flush=True)
    print(
        f"{same} of {len(paths)} documents: the same items, texts, pages and links both ways "
        f"({same - moved} with every box within {BOX_SLACK} pt, {moved} with a box moved more); "
        f"{differ} differ; {failed} unreadable both ways"
    )
    return 1 if differ else 0


class _Serial:
    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def imap(self, fn, items):
        return map(fn, items)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
