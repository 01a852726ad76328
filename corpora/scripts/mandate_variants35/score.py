"""Score the session-35 variants: ``python score.py OUTDIR`` (run with the tree's plancheck on sys.path).
Per variant: gold points found (by the text's opening words), numbered as gold, and points
reported that are not in gold."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from gold import GOLD

from plancheck.mandate import read_mandate


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    tf = tn = tx = tg = 0
    for name, gold in GOLD.items():
        try:
            pts = read_mandate(out / f"{name}.pdf")
        except Exception as exc:
            pts = []
            print(f"{name}: {exc}")
        used: set[int] = set()
        found = numbered = 0
        for number, opening in gold:
            hit = next(
                (k for k, p in enumerate(pts) if k not in used and norm(p.text).startswith(norm(opening))),
                None,
            )
            if hit is None:
                hit = next((k for k, p in enumerate(pts) if k not in used and norm(opening) in norm(p.text)), None)
            if hit is not None:
                used.add(hit)
                found += 1
                numbered += pts[hit].number == number
        extra = [p for k, p in enumerate(pts) if k not in used]
        tf, tn, tx, tg = tf + found, tn + numbered, tx + len(extra), tg + len(gold)
        print(f"{name}: found {found}/{len(gold)}, numbered {numbered}, not in gold {len(extra)}")
        for p in extra:
            print(f"    + {p.number} {p.text[:90]}")
        for p in pts:
            print(f"      {p.number:>4} {p.kind:<11} {p.text[:80]}")
    print(f"TOTAL found {tf}/{tg}, numbered {tn}, not in gold {tx}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
