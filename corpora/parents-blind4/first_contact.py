"""Score `plancheck check CHILD --parent PARENT --format json` against this batch's gold.

    python corpora/parents-blind4/first_contact.py [SLUG …] [--plancheck CMD]

Reuses the mandate scorers: a parent goal is matched to a reported `parent_coverage` entry by
corpora/mandates-blind/first_contact.py's `score` (same text matching: number stripped, difflib
ratio >= 0.8 or one text containing the other, each reported entry used once), and the command
line, kappa and table of corpora/mandates-blind3/first_contact.py. CMD defaults to `plancheck`
on PATH; first contact is run as

    python corpora/parents-blind4/first_contact.py \
        --plancheck "PYTHONPATH=/tmp/blind4-base .venv/bin/python -m plancheck"

Prints the README's table on stdout (the columns of corpora/parents-blind2/README.md: parent
goals in gold, found, same status, called followed up that are not, kappa over the goals with
"not found" as a fourth label); on stderr the status per goal, the confusion matrix, and the
child goals: found (a reported `child_goals` entry matching the gold text the same way), and
serving as gold (the parent goals it is said to serve, mapped to gold ids through the matching
above, equal the gold's `serves`; an empty list is standing alone).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STATUSES = ("followed_up", "partial", "not_followed_up")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


FC1 = _load("mandates_blind_first_contact", HERE.parent / "mandates-blind" / "first_contact.py")
FC3 = _load("mandates_blind3_first_contact", HERE.parent / "mandates-blind3" / "first_contact.py")


def _ratio(gt: str, rt: str) -> float:
    """The first batch's matching criterion (first_contact.score), for one pair of texts."""
    gt, rt = FC1.norm(gt), FC1.norm(rt)
    if (gt in rt or rt in gt) and min(len(gt), len(rt)) > 20:
        return 1.0
    return difflib.SequenceMatcher(None, gt, rt).ratio()


def match(gold_texts: list[str], reported: list[dict]) -> list[dict | None]:
    """Each gold text's reported entry (ratio >= 0.8, each entry used once, in gold order)."""
    free = list(reported)
    out = []
    for gt in gold_texts:
        best, best_r = None, 0.0
        for r in free:
            ratio = _ratio(gt, r.get("text", ""))
            if ratio > best_r:
                best, best_r = r, ratio
        if best is not None and best_r >= 0.8:
            free.remove(best)
            out.append(best)
        else:
            out.append(None)
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("slugs", nargs="*")
    ap.add_argument("--plancheck", default="plancheck", help="command that runs plancheck")
    a = ap.parse_args(argv)
    base, env = FC3.split_command(a.plancheck)
    slugs = a.slugs or sorted(p.parent.name for p in HERE.glob("*/parent-coverage.gold.yaml"))
    print(
        "| pair | parent goals in gold | found | same status (agreement) | false followed_up "
        "| kappa | child goals found | serving as gold |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = dict(gold=0, found=0, same=0, false=0, kids=0, kfound=0, kserve=0)
    all_pairs: list[tuple[str, str]] = []
    for slug in slugs:
        gold = yaml.safe_load(
            (HERE / slug / "parent-coverage.gold.yaml").read_text(encoding="utf-8")
        )
        out, err = FC3.run_tool(
            base,
            env,
            [
                "check",
                str(HERE / slug / gold["child"]),
                "--parent",
                str(HERE / slug / gold["parent"]),
                "--format",
                "json",
            ],
        )
        if err:
            print(f"{slug}: {err}", file=sys.stderr)
        reported = (out or {}).get("parent_coverage") or []
        # the first batch's scorer on the parent goals, as if they were mandate points
        pseudo = {
            "points": [
                {"number": g["id"], "text": g["text"], "status": g["status"]}
                for g in gold["parent_goals"]
            ]
        }
        s = FC1.score(pseudo, reported)
        pairs = [(g, r or "not found") for _, g, r in s["rows"]]
        all_pairs += pairs
        false_fu = sum(g != "followed_up" and r == "followed_up" for g, r in pairs)
        for num, g, r in s["rows"]:
            print(f"  {slug:<24} {num:>5} gold={g:<15} tool={r}", file=sys.stderr)
        # child goals: which parent goals does the tool say each serves?
        hits = match([g["text"] for g in gold["parent_goals"]], reported)
        to_gold = {h["id"]: g["id"] for g, h in zip(gold["parent_goals"], hits, strict=True) if h}
        kids = gold.get("child_goals") or []
        khits = match([k["text"] for k in kids], (out or {}).get("child_goals") or [])
        kfound = sum(h is not None for h in khits)
        kserve = 0
        for k, h in zip(kids, khits, strict=True):
            got = sorted({to_gold.get(x, f"?{x}") for x in (h or {}).get("serves", [])})
            ok = h is not None and got == sorted(k["serves"])
            kserve += ok
            print(
                f"  {slug:<24} child {k['text'][:50]!r}: gold serves {k['serves']}, "
                f"tool {'not found' if h is None else got}",
                file=sys.stderr,
            )
        for key, val in (
            ("gold", s["gold"]),
            ("found", s["found"]),
            ("same", s["same"]),
            ("false", false_fu),
            ("kids", len(kids)),
            ("kfound", kfound),
            ("kserve", kserve),
        ):
            tot[key] += val
        print(
            f"| {slug} | {s['gold']} | {s['found']} ({len(reported)} reported) | "
            f"{s['same']}/{s['gold']} | {false_fu} | {FC3.kappa(pairs):.2f} | "
            f"{kfound}/{len(kids)} | {kserve}/{len(kids)} |"
        )
    pct = round(100 * tot["same"] / tot["gold"]) if tot["gold"] else 0
    print(
        f"| **total** | **{tot['gold']}** | **{tot['found']}** | "
        f"**{tot['same']}/{tot['gold']} ({pct} %)** | **{tot['false']}** | "
        f"**{FC3.kappa(all_pairs):.2f}** | **{tot['kfound']}/{tot['kids']}** | "
        f"**{tot['kserve']}/{tot['kids']}** |"
    )
    cols = (*STATUSES, "not found")
    print("confusion (rows gold, columns reported): " + "  ".join(cols), file=sys.stderr)
    for g in STATUSES:
        row = [sum(p == (g, c) for p in all_pairs) for c in cols]
        print(f"  {g:<16} " + "  ".join(f"{x:>11}" for x in row), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
