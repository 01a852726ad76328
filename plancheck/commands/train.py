"""``plancheck train [DIR]`` — train the role model from the gold files below DIR (corpora/).

Writes ``plancheck/extract/model/roles.crfsuite`` (or ``-o FILE``). Deterministic: the same
gold files and documents give the same model. Real plans in ../shared/corpora/real are used
when present.
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
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plancheck.training import train_shipped

    if not args.dir.exists():
        raise PlancheckError(f"{args.dir}: no such folder")
    path, names = train_shipped(args.dir, args.output)
    if not names:
        raise PlancheckError(f"{args.dir}: no gold documents found to train on")
    print(f"trained on {len(names)} documents: {path} ({path.stat().st_size} bytes)")
    return 0
