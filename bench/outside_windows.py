"""Errors and warnings a text report gives OUTSIDE the annotated page window of each real plan.

The gold files of corpora/real annotate only ``pages: [a, b]``; findings on other pages are never
scored, so false alarms there go unseen by ``plancheck eval``. Read them as a planner would:

    plancheck check --lang en --jobs 1 ../shared/corpora/real/*.pdf > report.txt
    python bench/outside_windows.py report.txt [--list]

Prints the count per (severity, rule) and per document; ``--list`` every finding, one a line.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_HEADER = re.compile(r"(/\S+?\.pdf)\)?\s*$")
_FINDING = re.compile(r"\s*p\. (\d+)\s+(error|warning|note)\s+(.*?)\s+\[([\w-]+)\]\s*$")


def windows(gold_dir: Path) -> dict[str, tuple[int, int]]:
    """The annotated page window of each gold file, by document stem."""
    out = {}
    for gf in gold_dir.glob("*.gold.yaml"):
        pages = (yaml.safe_load(gf.read_text(encoding="utf-8")) or {}).get("pages")
        if pages and len(pages) == 2:
            out[gf.name.removesuffix(".gold.yaml")] = (int(pages[0]), int(pages[1]))
    return out


def outside(report: str, wins: dict[str, tuple[int, int]]) -> list[tuple[str, int, str, str, str]]:
    """(document, page, severity, rule, message) of the errors and warnings outside the windows."""
    doc, out = None, []
    for line in report.splitlines():
        if not line.startswith(" ") and (m := _HEADER.search(line)):
            doc = Path(m.group(1)).stem
            continue
        m = _FINDING.match(line)
        if doc is None or m is None or m.group(2) == "note":
            continue
        page, win = int(m.group(1)), wins.get(doc)
        if win is not None and win[0] <= page <= win[1]:
            continue
        out.append((doc, page, m.group(2), m.group(4), m.group(3)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", type=Path, help="a text report of plancheck check over the real plans")
    ap.add_argument("--gold", type=Path, default=ROOT / "corpora" / "real")
    ap.add_argument("--list", action="store_true", help="print every finding outside the windows")
    args = ap.parse_args(argv)
    found = outside(args.report.read_text(encoding="utf-8"), windows(args.gold))
    print(f"{len(found)} errors and warnings outside the annotated windows")
    for (sev, rule), n in Counter((f[2], f[3]) for f in found).most_common():
        print(f"  {n:4d}  {sev:8s} {rule}")
    for doc, n in Counter(f[0] for f in found).most_common():
        print(f"  {n:4d}  {doc}")
    if args.list:
        for doc, page, sev, rule, msg in found:
            print(f"{doc[:40]:40s} p. {page:<4d} {sev:8s} {rule:22s} {msg[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
