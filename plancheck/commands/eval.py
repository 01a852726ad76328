"""``plancheck eval DIR`` — precision, recall and F1 against the gold files below DIR."""

from __future__ import annotations

import argparse
from pathlib import Path

from plancheck import limits
from plancheck.errors import PlancheckError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "eval",
        help="precision and recall against gold annotations (corpora/)",
        description="Score extraction and findings against hand-written gold files "
        "(docs/gold-format.md); --mandates and --parents score mandate coverage and the rød tråd.",
    )
    p.add_argument(
        "dir", type=Path, nargs="?", default=None,
        help="folder with *.gold.yaml (default corpora; skipped when only --mandates/--parents is given)",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="list what was missed and what was extra")
    p.add_argument("--no-findings", action="store_true", help="score extraction only")
    p.add_argument("--mandates", type=Path, help="score mandate coverage in this folder")
    p.add_argument("--parents", type=Path, help="score the rød tråd (parent/child pairs) in this folder")
    p.add_argument(
        "--cv",
        action="store_true",
        help="leave one document out: train the role model on all other gold documents and "
        "score the one left out, for each in turn (the figure for unseen documents)",
    )
    # the same per-document limits as check: a gold document read on a loaded machine may need
    # more than the default, and the "gave up after" message tells the user to raise it
    limits.add_arguments(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with limits.applied(args.timeout, args.max_memory):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from plancheck.evaluate import evaluate_file, format_report, gold_files

    if args.dir is None and (args.mandates or args.parents):
        return _run_coverage(args)
    if args.dir is None:
        args.dir = Path("corpora")
    if not args.dir.exists():
        raise PlancheckError(f"{args.dir}: no such folder")
    files = gold_files(args.dir)
    if not files:
        raise PlancheckError(f"{args.dir}: no *.gold.yaml files found")
    if args.cv:
        from plancheck.training import cross_validate, format_cv, load_examples

        examples = load_examples(args.dir)
        if len(examples) < 2:
            raise PlancheckError(f"{args.dir}: cross-validation needs two or more gold documents")
        print(format_cv(cross_validate(examples)), end="")
        return 0
    results = [evaluate_file(f, with_findings=not args.no_findings) for f in files]
    print(format_report(results, verbose=args.verbose), end="")
    return _run_coverage(args)


def _run_coverage(args: argparse.Namespace) -> int:
    if args.mandates:
        from plancheck.mandate import evaluate as evaluate_mandates

        if not args.mandates.is_dir():
            raise PlancheckError(f"{args.mandates}: no such folder")
        print(evaluate_mandates(args.mandates), end="")
    if args.parents:
        from plancheck.mandate.parents import evaluate_parents

        if not args.parents.is_dir():
            raise PlancheckError(f"{args.parents}: no such folder")
        print(evaluate_parents(args.parents), end="")
    return 0
