"""Score one run of `plancheck check PLAN --mandate MANDATE --format json` against a pair's gold.

    python corpora/mandates-blind/first_contact.py SLUG [PLANCHECK]

PLANCHECK defaults to the untouched baseline tool (/work/baseline/.venv/bin/plancheck). Prints a
markdown table row: points in gold, points found, status agreement (same status / gold points),
uncovered points called covered. A gold point is found when a reported point's text matches it
(after the number is stripped, difflib ratio >= 0.8 or one text contains the other); each
reported point is used once.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BASELINE = "/work/baseline/.venv/bin/plancheck"


def norm(s: str) -> str:
    s = re.sub(r"^\s*(\d+|[a-z])[.)]\s*", "", s.strip())
    return " ".join(s.split()).lower().rstrip(".")


def run(slug: str, tool: str = BASELINE) -> tuple[dict, list[dict]]:
    gold = yaml.safe_load((HERE / slug / "coverage.gold.yaml").read_text(encoding="utf-8"))
    cmd = [
        tool,
        "check",
        str(HERE / slug / gold["plan"]),
        "--mandate",
        str(HERE / slug / gold["mandate"]),
        "--format",
        "json",
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    try:
        out = json.loads(res.stdout)
        reported = out.get("coverage") or []
    except json.JSONDecodeError:
        print(
            f"{slug}: no JSON (exit {res.returncode}): {res.stderr.strip()[:200]}", file=sys.stderr
        )
        reported = []
    return gold, reported


def score(gold: dict, reported: list[dict]) -> dict:
    free = list(reported)
    found = same = unc_cov = 0
    rows = []
    for g in gold["points"]:
        gt = norm(g["text"])
        best, best_r = None, 0.0
        for r in free:
            rt = norm(r.get("text", ""))
            ratio = (
                1.0
                if (gt in rt or rt in gt) and min(len(gt), len(rt)) > 20
                else (difflib.SequenceMatcher(None, gt, rt).ratio())
            )
            if ratio > best_r:
                best, best_r = r, ratio
        status = None
        if best is not None and best_r >= 0.8:
            free.remove(best)
            found += 1
            status = best.get("status")
        same += status == g["status"]
        unc_cov += g["status"] == "uncovered" and status == "covered"
        rows.append((g["number"], g["status"], status))
    return {
        "gold": len(gold["points"]),
        "found": found,
        "same": same,
        "unc_cov": unc_cov,
        "extra": len(free),
        "rows": rows,
    }


def main(argv: list[str]) -> None:
    slug = argv[0]
    tool = argv[1] if len(argv) > 1 else BASELINE
    gold, reported = run(slug, tool)
    s = score(gold, reported)
    for num, g, r in s["rows"]:
        print(f"  {num:>4} gold={g:<9} tool={r}", file=sys.stderr)
    print(
        f"| {slug} | {s['gold']} | {s['found']} | {s['same']}/{s['gold']} | {s['unc_cov']} |"
        f" {s['extra']} |"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
