"""Score `plancheck check PLAN --mandate MANDATE --format json` against this batch's gold.

    python corpora/mandates-blind4/first_contact.py [SLUG …] [--plancheck CMD]

The first batch's scorer (corpora/mandates-blind/first_contact.py: its `score` matches reported
points to gold points — number stripped, difflib ratio >= 0.8 or one text containing the other —
and counts found, same status, uncovered called covered, reported points not in gold), pointed
at this folder, for every pair (or the SLUGs given). CMD is the command that runs plancheck,
split like a shell line; leading NAME=value words are set in its environment. Default:
`plancheck` on PATH. First contact is run as

    python corpora/mandates-blind4/first_contact.py \
        --plancheck "PYTHONPATH=/tmp/blind4-base .venv/bin/python -m plancheck"

Prints the README's table (one row per pair and the total) on stdout, and on stderr the status
per point, the confusion matrix, agreement per gold status and Cohen's kappa (over the gold
points, "not found" as a fourth label, as `plancheck eval --mandates` counts it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STATUSES = ("covered", "partial", "uncovered")


def _first_batch_scorer():
    spec = importlib.util.spec_from_file_location(
        "mandates_blind_first_contact", HERE.parent / "mandates-blind" / "first_contact.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.HERE = HERE
    return mod


def split_command(cmd: str) -> tuple[list[str], dict[str, str]]:
    """'A=1 B=2 prog args' -> (['prog', 'args'], {'A': '1', 'B': '2'})."""
    words = shlex.split(cmd)
    env = {}
    while words and "=" in words[0] and not words[0].startswith(("-", "/", ".")):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    if not words:
        raise SystemExit(f"--plancheck: no command in {cmd!r}")
    return words, env


def run_tool(base: list[str], env: dict[str, str], args: list[str]) -> tuple[dict | None, str]:
    res = subprocess.run(
        base + args,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, **env},
    )
    try:
        return json.loads(res.stdout), ""
    except json.JSONDecodeError:
        return None, f"no JSON (exit {res.returncode}): {res.stderr.strip()[:300]}"


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa over (gold, reported) labels."""
    n = len(pairs)
    if not n:
        return float("nan")
    labels = sorted({x for p in pairs for x in p})
    po = sum(g == r for g, r in pairs) / n
    pe = sum(
        (sum(g == lab for g, _ in pairs) / n) * (sum(r == lab for _, r in pairs) / n)
        for lab in labels
    )
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("slugs", nargs="*")
    ap.add_argument("--plancheck", default="plancheck", help="command that runs plancheck")
    a = ap.parse_args(argv)
    fc = _first_batch_scorer()
    base, env = split_command(a.plancheck)
    slugs = a.slugs or sorted(p.parent.name for p in HERE.glob("*/coverage.gold.yaml"))
    print(
        "| pair | points in gold | points found | same status / gold | uncovered called covered "
        "| reported points not in gold | kappa |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    tot = dict(gold=0, found=0, same=0, unc_cov=0, extra=0)
    all_pairs: list[tuple[str, str]] = []
    for slug in slugs:
        gold = yaml.safe_load((HERE / slug / "coverage.gold.yaml").read_text(encoding="utf-8"))
        out, err = run_tool(
            base,
            env,
            [
                "check",
                str(HERE / slug / gold["plan"]),
                "--mandate",
                str(HERE / slug / gold["mandate"]),
                "--format",
                "json",
            ],
        )
        if err:
            print(f"{slug}: {err}", file=sys.stderr)
        s = fc.score(gold, (out or {}).get("coverage") or [])
        pairs = [(g, r or "not found") for _, g, r in s["rows"]]
        all_pairs += pairs
        for num, g, r in s["rows"]:
            print(f"  {slug:<16} {num:>4} gold={g:<9} tool={r}", file=sys.stderr)
        for k in tot:
            tot[k] += s[k]
        print(
            f"| {slug} | {s['gold']} | {s['found']} | {s['same']}/{s['gold']} | {s['unc_cov']} |"
            f" {s['extra']} | {kappa(pairs):.2f} |"
        )
    pct = round(100 * tot["same"] / tot["gold"]) if tot["gold"] else 0
    print(
        f"| **total ({len(slugs)} pairs)** | **{tot['gold']}** | **{tot['found']}** | "
        f"**{tot['same']}/{tot['gold']} ({pct} %)** | **{tot['unc_cov']}** | **{tot['extra']}** | "
        f"**{kappa(all_pairs):.2f}** |"
    )
    cols = (*STATUSES, "not found")
    print("confusion (rows gold, columns reported): " + "  ".join(cols), file=sys.stderr)
    for g in STATUSES:
        row = [sum(p == (g, c) for p in all_pairs) for c in cols]
        print(f"  {g:<10} " + "  ".join(f"{x:>8}" for x in row), file=sys.stderr)
    acc = ", ".join(
        f"{g} {sum(p == (g, g) for p in all_pairs)}/{sum(p[0] == g for p in all_pairs)}"
        for g in STATUSES
    )
    print(f"agreement per gold status: {acc}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
