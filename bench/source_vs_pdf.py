"""Does a plan read the same from its Word/OpenDocument source as from its PDF?

A planner checks the draft in Word before exporting it, so the two must give the same plan. For
every corpus document that has both a source (.docx, .odt; .odp and .ods are listed as not
read) and the PDF made from it, this extracts both and checks both, then compares what a
reader of the report sees, page geometry left out:

- goals, strategies, measures: their texts (lower case, letters and digits only, so a line
  broken with a hyphen in the PDF reads as the unbroken word of the source);
- owners and deadlines: per measure read on both sides, the owner texts and the deadline's text,
  kind and dates;
- links: measure → goal, measure → strategy and strategy → goal, as pairs of texts;
- findings: rule and quote (not the page); the findings of a rule that reads only the sources
  (``Rule.formats`` without "pdf": draft-remark, of the comments and tracked changes a PDF
  export drops) are counted apart, as "source only by design", not as a difference.

Each kind's figure is the size of the symmetric difference (items read on one side only).

    PYTHONPATH=. python bench/source_vs_pdf.py                 # every pair, one line each
    PYTHONPATH=. python bench/source_vs_pdf.py sentrum -v      # the pairs whose path matches, with the items
    PYTHONPATH=. python bench/source_vs_pdf.py --save A.json   # the figures, to compare two trees
    PYTHONPATH=. python bench/source_vs_pdf.py --gold          # and each side's F1 against the gold
    python bench/source_vs_pdf.py --compare A.json B.json      # before → after per document

``--cache DIR`` keeps each PDF's result under DIR (keyed by the file's hash and the plancheck
checkout's commit and diff), so a tree that only changes the Word/ODT readers re-reads the
sources alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SUFFIXES = (".docx", ".odt", ".odp", ".ods")
READ_SUFFIXES = (".docx", ".odt")
KINDS = ("goals", "strategies", "measures", "owners", "deadlines", "links", "findings")


def pairs(pattern: str = "") -> list[tuple[Path, Path]]:
    """(source, pdf) for every source file under corpora/ with a PDF of the same stem beside it."""
    found = []
    for src in sorted((ROOT / "corpora").rglob("*")):
        if src.suffix.lower() not in SOURCE_SUFFIXES:
            continue
        pdf = src.with_suffix(".pdf")
        rel = str(src.relative_to(ROOT))
        if pdf.is_file() and re.search(pattern, rel):
            found.append((src, pdf))
    return found


def norm(text: str | None) -> str:
    return re.sub(r"[\W_]+", "", (text or "").lower())


def summary(path: Path, gold_file: Path | None = None) -> dict:
    """What a planner reads of ``path``: the items, their fields and links, the findings; with
    ``gold_file``, also its score against that gold (``_gold``: kind → [tp, fp, fn], as
    ``plancheck eval`` counts them)."""
    import plancheck

    plan = plancheck.extract(path)
    result = plancheck.check(plan)
    gold_scores = None
    if gold_file is not None and gold_file.is_file():
        import yaml

        from plancheck.checks.engine import check_plan
        from plancheck.evaluate import score_plan

        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8")) or {}
        checked = check_plan(plan)  # the gold is the PDF's: a source-only rule's findings are not in it
        checked = checked.model_copy(update={"findings": [f for f in checked.findings if f.rule not in source_only_rules()]})
        gold_scores = {k: [v.tp, v.fp, v.fn] for k, v in score_plan(gold, plan, checked).items()}
    text_of = {}
    for group in (plan.goals, plan.strategies, plan.measures):
        for it in group:
            text_of[it.id] = norm(it.text)
    out: dict[str, list] = {k: [] for k in KINDS}
    out["goals"] = sorted(norm(g.text) for g in plan.goals)
    out["strategies"] = sorted(norm(s.text) for s in plan.strategies)
    out["measures"] = sorted(norm(m.text) for m in plan.measures)
    for m in plan.measures:
        t = norm(m.text)
        out["owners"].append(f"{t} ← {'; '.join(sorted(norm(o.text) for o in m.owners))}")
        d = m.deadline
        dl = f"{norm(d.text)} {getattr(d.kind, 'value', d.kind)} {d.start} {d.end}" if d else "-"
        out["deadlines"].append(f"{t} ← {dl}")
        out["links"] += [f"M {t} → G {text_of.get(g, g)}" for g in m.goal_ids]
        out["links"] += [f"M {t} → S {text_of.get(s, s)}" for s in m.strategy_ids]
    for s in plan.strategies:
        out["links"] += [f"S {norm(s.text)} → G {text_of.get(g, g)}" for g in s.goal_ids]
    one_side = source_only_rules()
    out["findings"] = [f"{f.rule}: {norm(f.quote)}" for f in result.findings if f.rule not in one_side]
    by_design = sorted(f"{f.rule}: {norm(f.quote)}" for f in result.findings if f.rule in one_side)
    done: dict = {k: sorted(v) for k, v in out.items()}
    done["_by_design"] = by_design
    if gold_scores is not None:
        done["_gold"] = gold_scores
    return done


def source_only_rules() -> set[str]:
    """The rules that by design read a Word/Writer source and never a PDF (``Rule.formats``)."""
    from plancheck.checks import load_rules

    return {r.id for r in load_rules() if r.formats and "pdf" not in r.formats}


def gold_f1(scores: dict | None) -> float | None:
    """The micro F1 over every kind of a ``_gold`` entry."""
    if not scores:
        return None
    tp, fp, fn = (sum(v[i] for v in scores.values()) for i in range(3))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def diff(a: dict, b: dict) -> dict[str, tuple[list, list]]:
    """Per kind, (only in a, only in b), as multisets."""
    from collections import Counter

    out = {}
    measures_both = set(a["measures"]) & set(b["measures"])
    for k in KINDS:
        ca, cb = Counter(a[k]), Counter(b[k])
        if k in ("owners", "deadlines"):  # a field of a measure read on one side only is counted there
            ca = Counter({x: n for x, n in ca.items() if x.split(" ← ")[0] in measures_both})
            cb = Counter({x: n for x, n in cb.items() if x.split(" ← ")[0] in measures_both})
        out[k] = (sorted((ca - cb).elements()), sorted((cb - ca).elements()))
    return out


def _tree_key() -> str:
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    changes = subprocess.run(["git", "-C", str(ROOT), "diff", "HEAD", "--", "plancheck", "rules"],
                             capture_output=True, text=True).stdout
    return hashlib.sha256((head + changes).encode()).hexdigest()[:16]


def cached_summary(path: Path, cache: Path | None, key: str, gold_file: Path | None = None) -> dict:
    if cache is None:
        return summary(path, gold_file)
    h = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    f = cache / f"{path.stem}-{h}-{key}{'-gold' if gold_file else ''}.json"
    if f.is_file():
        return json.loads(f.read_text())
    s = summary(path, gold_file)
    cache.mkdir(parents=True, exist_ok=True)
    f.write_text(json.dumps(s, ensure_ascii=False))
    return s


def run(args: argparse.Namespace) -> dict[str, dict]:
    os.environ.setdefault("PLANCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="source-vs-pdf-"))
    cache = Path(args.cache) if args.cache else None
    key = _tree_key() if cache else ""
    figures: dict[str, dict] = {}
    for src, pdf in pairs(args.pattern):
        name = str(src.relative_to(ROOT / "corpora"))
        if src.suffix.lower() not in READ_SUFFIXES:
            print(f"{name:70s} not read ({src.suffix})")
            continue
        gold_file = src.parent / f"{src.stem}.gold.yaml" if args.gold else None
        try:
            a = summary(src, gold_file)
        except Exception as exc:  # a harness lists the failure and goes on
            print(f"{name:70s} source failed: {exc}")
            continue
        b = cached_summary(pdf, cache, key, gold_file)
        d = diff(a, b)
        counts: dict = {k: len(x) + len(y) for k, (x, y) in d.items()}
        total = sum(counts.values())
        cells = " ".join(f"{k[:5]} {counts[k]:3d}" for k in KINDS)
        fa, fb = gold_f1(a.get("_gold")), gold_f1(b.get("_gold"))
        if fa is not None and fb is not None:
            counts["_gold"] = {"source": a["_gold"], "pdf": b["_gold"]}
            cells += f"  gold F1 source {fa:.2f} PDF {fb:.2f}"
        by_design = len(a.get("_by_design", []))
        if by_design:
            counts["_by_design"] = by_design
            cells += f"  (+{by_design} source only by design)"
        figures[name] = counts
        print(f"{name:70s} {total:4d}  {cells}", flush=True)
        if args.verbose and total:
            for k, (x, y) in d.items():
                for t in x:
                    print(f"    {k:10s} source only: {t[:150]}")
                for t in y:
                    print(f"    {k:10s} PDF only:    {t[:150]}")
        if args.verbose:
            for t in a.get("_by_design", []):
                print(f"    {'by design':10s} source only: {t[:150]}")
    tot = {k: sum(c[k] for c in figures.values()) for k in KINDS}
    same = sum(1 for c in figures.values() if not sum(c[k] for k in KINDS))
    golds = [c["_gold"] for c in figures.values() if "_gold" in c]
    if golds:
        both = {side: {k: [sum(g[side][k][i] for g in golds if k in g[side]) for i in range(3)]
                       for k in golds[0][side]} for side in ("source", "pdf")}
        print(f"against the gold files ({len(golds)} documents), micro F1 over every kind: source "
              f"{gold_f1(both['source']):.3f}, PDF {gold_f1(both['pdf']):.3f}")
    print(f"{len(figures)} pairs, {same} read the same; differing items: {sum(tot.values())} ("
          + ", ".join(f"{k} {v}" for k, v in tot.items()) + "); findings source only by design: "
          + str(sum(c.get("_by_design", 0) for c in figures.values())))
    return figures


def compare(a_file: str, b_file: str) -> None:
    a, b = json.loads(Path(a_file).read_text()), json.loads(Path(b_file).read_text())
    for name in sorted(set(a) | set(b)):
        ta = sum(a.get(name, {}).get(k, 0) for k in KINDS)
        tb = sum(b.get(name, {}).get(k, 0) for k in KINDS)
        mark = "" if ta == tb else ("  better" if tb < ta else "  WORSE")
        print(f"{name:70s} {ta:4d} → {tb:4d}{mark}")
    total = {side: sum(c.get(k, 0) for c in d.values() for k in KINDS) for side, d in (("a", a), ("b", b))}
    print(f"total {total['a']} → {total['b']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pattern", nargs="?", default="", help="only the sources whose path matches")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--save", help="write the per-document figures as JSON")
    ap.add_argument("--cache", help="keep the PDFs' results in this folder")
    ap.add_argument("--gold", action="store_true", help="also score both sides against the gold file beside the source")
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"))
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    figures = run(args)
    if args.save:
        Path(args.save).write_text(json.dumps(figures, indent=1, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
