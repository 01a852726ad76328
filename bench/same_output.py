"""Did a change alter what plancheck reads? Dump, then compare, for every corpus PDF.

``dump OUT`` writes, for every PDF under ``corpora/`` and (when present) the real plans, two
files into OUT: ``<name>.extract.json`` (what ``plancheck extract --format json`` prints) and
``<name>.document.json`` (the layout layer's ``Document``: every block with its box, the
finer of the two); ``dump OUT REGEX`` only the PDFs whose path it matches. ``diff A B`` lists
every file that is not byte-identical.

Run ``dump`` from outside both checkouts with ``PYTHONPATH=<checkout>`` (``python -m`` and a
script's own folder go first on the path), once for the frozen baseline and once for the
working tree; the limits are switched off so that everything runs in this process (a long
PDF's pages in several, as in a check, when the tree can: ``limits.split_allowed``)::

    cd /tmp && PYTHONPATH=/tmp/base python /work/wt/x/bench/same_output.py dump /tmp/out-base
    cd /tmp && PYTHONPATH=/work/wt/x python /work/wt/x/bench/same_output.py dump /tmp/out-new
    python bench/same_output.py diff /tmp/out-base /tmp/out-new
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def files() -> list[Path]:
    found = sorted((ROOT / "corpora").rglob("*.pdf"))
    real = Path(os.environ.get("PLANCHECK_SHARED_CORPORA", ROOT.parent.parent / "shared" / "corpora" / "real"))
    if real.is_dir():
        found += sorted(real.glob("*.pdf"))
    return found


def dump(out: Path, only: str = "") -> None:
    os.environ["PLANCHECK_TIMEOUT"] = "0"
    os.environ["PLANCHECK_MAX_MEMORY"] = "0"
    os.environ.setdefault("PLANCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="same-output-"))
    import contextlib

    import plancheck
    from plancheck import limits

    print("plancheck from", plancheck.__file__, file=sys.stderr)
    with contextlib.suppress(ImportError):  # a tree without it compiles every pattern itself
        from plancheck import regexcache

        # the regular expressions from the cache, as the command line gets them
        print("patterns from the regex cache:", regexcache.load(), file=sys.stderr)
    # a long PDF read in several processes, as a check does (a tree without it reads in one)
    split = getattr(limits, "split_allowed", None)
    with split(limits.default_jobs()) if split else contextlib.nullcontext():
        _dump(out, only)


def _dump(out: Path, only: str) -> None:
    import plancheck
    from plancheck.pipeline import load_document

    out.mkdir(parents=True, exist_ok=True)
    for path in files():
        if not re.search(only, str(path)):
            continue
        name = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).replace("/", "__")
        try:
            plan = plancheck.extract(path)
            text = json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=2)
            doc = load_document(path).model_dump_json(indent=1)
        except Exception as exc:  # an input error is an output too
            text = doc = f"{type(exc).__name__}: {exc}"
        (out / f"{name}.extract.json").write_text(text, encoding="utf-8")
        (out / f"{name}.document.json").write_text(doc, encoding="utf-8")
        print(name, file=sys.stderr)


def diff(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = [n for n in names if not (a / n).is_file() or not (b / n).is_file() or (a / n).read_bytes() != (b / n).read_bytes()]
    for n in bad:
        print("differs:", n)
    print(f"{len(names) - len(bad)} of {len(names)} files identical")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), *sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        sys.exit(diff(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
