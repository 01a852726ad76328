"""``plancheck train [DIR]`` — train the role model from the gold files below DIR (corpora/).

``plancheck train --parent-status [DIR]`` trains the rød tråd's learned judge instead
(plancheck/mandate/parent_judge.py) from the parent/child pairs with gold below DIR, and writes
``plancheck/mandate/parent_judge.yaml`` (or ``-o FILE``); ``--features FILE`` reuses the feature
rows ``bench/parent_tune.py judge-features`` cached.

Writes ``plancheck/extract/model/roles.crfsuite`` (or ``-o FILE``). Deterministic: the same
gold files and documents give the same model. Real plans in ../shared/corpora/real are used
when present.

``plancheck train --similarity [DIR]`` builds the learned word neighbours the mandate matcher
and the rød tråd may weigh (plancheck/mandate/similarity.py, off by default) from every PDF's
text below DIR (and the shared real corpus) and the gold alignments, into
``plancheck/mandate/similarity.json.gz`` (or ``-o FILE``); ``--exclude NAME`` (repeatable) leaves
out the folders of a time split.

``plancheck train --mandate-status [DIR]`` trains the learned judge of a mandate point's status
(plancheck/mandate/judge.py) from the feature cache DIR/mandate-judge-features.jsonl.gz (built
from every DIR/mandates* gold pair when missing or with ``--rebuild``) and writes
``plancheck/mandate/judge.yaml`` (or ``-o FILE``); ``--upto BATCH`` fits on the batches to that one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from plancheck.errors import PlancheckError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "train",
        help="train the role model from the gold files (corpora/)",
        description="Train the role model (a CRF weighing the rule walk's items) from the gold "
        "files and write it into the package.",
    )
    p.add_argument("dir", type=Path, nargs="?", default=Path("corpora"), help="folder with *.gold.yaml")
    p.add_argument("-o", "--output", type=Path, help="write the model here instead of into the package")
    p.add_argument(
        "--mandate-status", action="store_true",
        help="train the learned judge of the mandate status (plancheck/mandate/judge.yaml) instead",
    )
    p.add_argument("--upto", help="with --mandate-status: fit on the batches up to this one (blind25)")
    p.add_argument(
        "--rebuild", action="store_true",
        help="with --mandate-status: read the gold pairs again for the feature cache (slow)",
    )
    p.add_argument(
        "--parent-status", action="store_true",
        help="train the rød tråd's status judge from the parent/child gold pairs instead",
    )
    p.add_argument("--features", type=Path, help="(--parent-status) cached feature rows to train on")
    p.add_argument(
        "--similarity", action="store_true",
        help="build the learned word neighbours (plancheck/mandate/similarity.json.gz) instead",
    )
    p.add_argument(
        "--exclude", action="append", default=[],
        help="(--similarity) leave out every path with this folder name (repeatable: a time split)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plancheck.training import train_shipped

    if not args.dir.exists():
        raise PlancheckError(f"{args.dir}: no such folder")
    if getattr(args, "mandate_status", False) and getattr(args, "parent_status", False):
        raise PlancheckError("--mandate-status and --parent-status: train one judge at a time")
    if getattr(args, "similarity", False):
        from plancheck.evaluate import shared_corpora_dir
        from plancheck.mandate import similarity

        table = similarity.build(args.dir, shared_corpora_dir(args.dir), exclude=args.exclude)
        if not table["documents"]:
            raise PlancheckError(f"{args.dir}: no PDF text read (is pdftotext installed?)")
        path = similarity.write(table, args.output or similarity.TABLE)
        sizes = ", ".join(f"{src} {g} {len(t)}" for src in ("text", "gold") for g, t in table[src].items())
        print(f"built word neighbours from {table['documents']} documents: {path} ({sizes})")
        return 0
    if getattr(args, "mandate_status", False):
        from plancheck.mandate.judge_train import train_shipped as train_judge

        path, n = train_judge(args.dir, upto=args.upto, rebuild=args.rebuild, output=args.output)
        if not n:
            raise PlancheckError(f"{args.dir}: no gold mandate points to train on")
        print(f"trained the mandate status judge on {n} points: {path}")
        return 0
    if getattr(args, "parent_status", False):
        from plancheck.mandate.parent_judge import train_judge as train_parent_judge

        try:
            path, pairs, goals = train_parent_judge(args.dir, args.output, features_file=args.features)
        except ValueError as e:
            raise PlancheckError(str(e)) from e
        print(f"trained the parent-status judge on {goals} goals of {pairs} pairs: {path}")
        return 0
    path, names = train_shipped(args.dir, args.output)
    if not names:
        raise PlancheckError(f"{args.dir}: no gold documents found to train on")
    print(f"trained on {len(names)} documents: {path} ({path.stat().st_size} bytes)")
    return 0
