"""The title plancheck reads (the report header) against the gold ``title:`` of every corpus document.

A report headed 'UDKAST' (a draft stamp), 'VISION', 'Memo' or nothing at all tells a planner
that plancheck did not understand the document. This reads each gold document's title the way
``plancheck check`` does and prints the ones that differ from the gold title.

    python bench/titles.py [corpora] [--all]

A title matches when, with case, punctuation and spacing ignored, it equals the gold title, or
one contains the other and the shorter keeps at least 60 % of the longer's words (a subtitle
line left off or added).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+")


def words(text: str | None) -> list[str]:
    """The words of a title, case-folded; punctuation, dashes and spacing dropped."""
    return _WORD.findall((text or "").casefold())


def matches(found: str | None, gold: str) -> bool:
    """Whether ``found`` names the document as its gold title does (see the module docstring)."""
    a, b = words(found), words(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    inside = " ".join(short) in " ".join(long_)
    return inside and len(short) >= 0.6 * len(long_)


def gold_titles(root: Path) -> list[tuple[Path, str, Path]]:
    """(gold file, gold title, document) for every gold file with a title and a present document."""
    from plancheck.evaluate import document_path, gold_files

    out = []
    for gf in gold_files(root):
        gold = yaml.safe_load(gf.read_text(encoding="utf-8")) or {}
        if not gold.get("title"):
            continue
        path = document_path(gf, gold)
        if path is not None and path.exists():
            out.append((gf, str(gold["title"]), path))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", type=Path, nargs="?", default=ROOT / "corpora")
    ap.add_argument("--all", action="store_true", help="print every document, not only mismatches")
    args = ap.parse_args(argv)
    from plancheck.pipeline import load_document

    docs = gold_titles(args.corpora)
    same = 0
    for gf, gold, path in docs:
        found = load_document(path).title
        ok = matches(found, gold)
        same += ok
        if args.all or not ok:
            name = gf.name.removesuffix(".gold.yaml")
            print(f"{'ok ' if ok else 'NO '} {name[:44]:44s} {found!r}\n     {'':44s} gold {gold!r}")
    print(f"{same} of {len(docs)} titles match the gold title")
    return 0


if __name__ == "__main__":
    sys.exit(main())
