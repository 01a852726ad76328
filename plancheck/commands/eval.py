"""``plancheck eval DIR`` — precision, recall and F1 against the gold files below DIR."""

from __future__ import annotations

import argparse
from pathlib import Path

from plancheck.errors import PlancheckError


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="precision and recall against gold annotations (corpora/)")
    p.add_argument("dir", type=Path, nargs="?", default=Path("corpora"), help="folder with *.gold.yaml")
    p.add_argument("-v", "--verbose", action="store_true", help="list what was missed and what was extra")
    p.add_argument("--no-findings", action="store_true", help="score extraction only")
    p.add_argument("--mandates", type=Path, help="also score mandate coverage in this folder")
    p.add_argument(
        "--cv",
        action="store_true",
        help="leave one document out: train the role model on all other gold documents and "
        "score the one left out, for each in turn (the figure for unseen documents)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plancheck.evaluate import evaluate_file, format_report, gold_files

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
    if args.mandates:
        from plancheck.mandate import evaluate as evaluate_mandates

        print(evaluate_mandates(args.mandates), end="")
    return 0
