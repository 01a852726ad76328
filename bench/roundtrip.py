"""Round trip: generate N plan documents, print them to PDF through several producers, read
them back with plancheck and score each against the gold it was built from.

    python bench/roundtrip.py 300 [--seed 0] [--producers docx odt html reportlab] [--jobs 2]
                              [--keep DIR] [--only NAME ...] [--filter TAG ...] [--worst 15]
                              [--markdown] [--places 3] [--reuse] [--families old|new|more] [--cross]

Prints F1 per producer and per style option (goals, strategies, measures, owners, deadlines,
goal links; micro-averaged over the documents that use the option), the overall figure, and the
worst documents with what was missed and what was extra, so a layout engineer can open them:
``--keep DIR`` keeps the PDFs and their sources, ``--only NAME`` re-renders just the named
documents of the same N and seed; ``--filter measures=table`` keeps only documents with those
style tags (options are crossed at random, so a figure per option mixes in the others).
Generation: corpora/synth/ (README there).
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpora.synth.build import Spec, make_specs, output_path, render  # noqa: E402
from corpora.synth.styles import NATIVE, PRODUCERS  # noqa: E402
from plancheck.evaluate import Score, score_plan  # noqa: E402

KINDS = ("goals", "strategies", "measures", "owners", "deadlines", "goal_links")


def _extract_and_score(job: tuple[str, str, dict]) -> tuple[str, dict[str, Score] | None, str | None, float]:
    name, pdf, gold = job
    from plancheck.pipeline import extract_plan

    t = time.perf_counter()
    try:
        plan = extract_plan(Path(pdf))
    except Exception as exc:  # one bad document must not stop the run
        return name, None, f"{type(exc).__name__}: {exc}"[:200], time.perf_counter() - t
    return name, score_plan(gold, plan), None, time.perf_counter() - t


def _warm() -> None:
    import plancheck.extract.plan
    import plancheck.pipeline

    plancheck.pipeline._import_reader("pdf")


def _missing_score(gold: dict) -> dict[str, Score]:
    """An unreadable document misses every gold item."""
    n = {
        "goals": len(gold["goals"]),
        "strategies": len(gold["strategies"]),
        "measures": len(gold["measures"]),
        "owners": sum(len(m["owners"]) for m in gold["measures"]),
        "deadlines": sum(1 for m in gold["measures"] if m["deadline"]),
        "goal_links": sum(len(m["goals"]) for m in gold["measures"]) + sum(len(s["goals"]) for s in gold["strategies"]),
    }
    return {k: Score(fn=v) for k, v in n.items()}


def _row(label: str, n: int, scores: dict[str, Score], md: bool, places: int = 2) -> str:
    cells = [f"{scores[k].f1:.{places}f}" if scores[k].tp + scores[k].fn + scores[k].fp else "  - " for k in KINDS]
    if md:
        return f"| {label} | {n} | " + " | ".join(cells) + " |"
    return f"{label:36} {n:5} " + " ".join(f"{c:>10}" for c in cells)


def report(specs: dict[str, Spec], results: dict[str, dict[str, Score]], errors: dict[str, str],
           *, worst: int, md: bool, cross: bool = False, places: int = 2) -> str:
    groups: dict[str, dict[str, Score]] = defaultdict(lambda: {k: Score() for k in KINDS})
    counts: dict[str, int] = defaultdict(int)
    for name, scores in results.items():
        spec = specs[name]
        keys = ["ALL", f"producer={spec.producer}", f"lang={spec.plan.lang}", *spec.style.tags()]
        if cross:  # each layout family by producer
            keys.append(f"measures={spec.style.measures} {spec.producer}")
        for key in keys:
            counts[key] += 1
            for k in KINDS:
                groups[key][k].add(scores[k])
    lines = []
    head = ["group", "docs", *KINDS]
    if md:
        lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    else:
        lines.append(f"{'group':36} {'docs':>5} " + " ".join(f"{k:>10}" for k in KINDS))
    order = ["ALL", *sorted(k for k in groups if k.startswith("producer=")), *sorted(k for k in groups if k.startswith("lang=")), *sorted(k for k in groups if not k.startswith(("ALL", "producer=", "lang=")))]
    for key in order:
        lines.append(_row(key, counts[key], groups[key], md, places))
    lines.append("")
    if errors:
        lines.append(f"unreadable documents ({len(errors)}):")
        lines += [f"  {name}: {err}" for name, err in sorted(errors.items())[:20]]
        lines.append("")

    def doc_f1(scores: dict[str, Score]) -> float:
        used = [scores[k].f1 for k in KINDS if scores[k].tp + scores[k].fn + scores[k].fp]
        return sum(used) / len(used) if used else 1.0

    ranked = sorted(results, key=lambda n: (doc_f1(results[n]), n))[:worst]
    if ranked:
        lines.append(f"worst {len(ranked)} documents (mean F1 over kinds; - missed, + extra):")
    for name in ranked:
        spec, scores = specs[name], results[name]
        lines.append(f"* {name} [{spec.plan.lang}] F1 {doc_f1(scores):.2f}  " + " ".join(spec.style.tags()))
        for k in KINDS:
            sc = scores[k]
            for miss in sc.misses[:3]:
                lines.append(f"    - {k}: {miss}")
            for extra in sc.extras[:3]:
                lines.append(f"    + {k}: {extra}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of documents (producers take turns)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--producers", nargs="+", default=list(PRODUCERS), choices=PRODUCERS + NATIVE,
                    help="docx-native / odt-native: read the source itself, without a PDF")
    ap.add_argument("--jobs", type=int, default=max(1, multiprocessing.cpu_count()))
    ap.add_argument("--keep", type=Path, help="keep the PDFs and sources in this directory")
    ap.add_argument("--only", nargs="+", help="only these documents (names as printed)")
    ap.add_argument("--filter", nargs="+", metavar="TAG",
                    help="only documents with all these style tags, e.g. measures=table")
    ap.add_argument("--families", choices=("old", "new", "more", "extra"), default="old",
                    help="new: only the layout families added in session 9 (corpora/synth/families.py); "
                         "more: those added in session 15 (cross, turned, ownerdate, deflist, horizons, gantt); "
                         "extra: those added in session 36 (codes, wide); "
                         "old (default): the first families, each seed giving the document it always gave")
    ap.add_argument("--cross", action="store_true", help="also a row per layout family and producer")
    ap.add_argument("--worst", type=int, default=15)
    ap.add_argument("--markdown", action="store_true", help="the table as Markdown")
    ap.add_argument("--places", type=int, default=2, help="decimal places of the F1 figures (3 to compare two runs)")
    ap.add_argument("--reuse", action="store_true",
                    help="with --keep: read the documents already rendered there instead of rendering again "
                         "(for re-measuring after a change to plancheck, not to the generator)")
    args = ap.parse_args(argv)

    specs = make_specs(args.n, args.seed, tuple(args.producers), families=args.families)
    if args.only:
        specs = [s for s in specs if s.name in set(args.only)]
    if args.filter:
        specs = [s for s in specs if set(args.filter) <= set(s.style.tags())]
    outdir = args.keep or Path(tempfile.mkdtemp(prefix="roundtrip-"))
    t0 = time.perf_counter()
    if args.reuse and args.keep:
        todo = [s for s in specs if not output_path(s, outdir).exists()]
        render(todo, outdir)
        rendered = [(s, output_path(s, outdir)) for s in specs if output_path(s, outdir).exists()]
    else:
        rendered = render(specs, outdir)
    t_render = time.perf_counter() - t0
    by_name = {s.name: s for s in specs}
    golds = {s.name: s.gold() for s in specs}
    jobs = [(s.name, str(pdf), golds[s.name]) for s, pdf in rendered]
    results: dict[str, dict[str, Score]] = {}
    errors: dict[str, str] = {}
    for s in specs:
        if not output_path(s, outdir).exists():
            errors[s.name] = "not rendered"
            results[s.name] = _missing_score(golds[s.name])
    t1 = time.perf_counter()
    ctx = multiprocessing.get_context("fork")
    extract_time = 0.0
    with ctx.Pool(args.jobs, initializer=_warm) as pool:
        for name, scores, err, secs in pool.imap_unordered(_extract_and_score, jobs):
            extract_time += secs
            if scores is None:
                errors[name] = err or "error"
                scores = _missing_score(golds[name])
            results[name] = scores
    t_extract = time.perf_counter() - t1
    print(report(by_name, results, errors, worst=args.worst, md=args.markdown, cross=args.cross,
                 places=args.places))
    print(f"\n{len(specs)} documents, seed {args.seed}: rendering {t_render:.0f} s, extraction "
          f"{t_extract:.0f} s wall ({extract_time / max(1, len(jobs)):.1f} s per document, {args.jobs} jobs)")
    if args.keep:
        print(f"documents kept in {outdir}")
    else:
        shutil.rmtree(outdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
