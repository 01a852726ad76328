"""``plancheck survey DIR_OR_LIST -o results.parquet``: one row per plan and one per finding.

For a county, a ministry or researchers reading thousands of plans: every core of this machine
(``--jobs``), or a dask.distributed cluster (``--engine dask --scheduler tcp://host:8786``). A
plan that cannot be read is a row with status ``error``; the survey goes on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plancheck import limits
from plancheck.errors import PlancheckError


def add_parser(sub) -> None:
    p = sub.add_parser(
        "survey",
        help="check many plans and write one row per plan and per finding (Parquet/CSV)",
        description=(
            "Check every plan in a folder (or in a list file: .csv with a 'path' and an optional "
            "'municipality' column, or .txt with one path a line) and write one row per plan "
            "and one per finding to a .parquet, .csv or .jsonl file."
        ),
    )
    p.add_argument(
        "source", type=Path, metavar="DIR_OR_LIST",
        help="a folder of plans (subfolders name the municipality), or a .csv/.txt list of them",
    )
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE",
        help="the table to write: .parquet, .csv or .jsonl",
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: every core of this machine (default); dask: a dask.distributed cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the dask scheduler (tcp://host:8786); without it --engine dask starts a LocalCluster",
    )
    p.add_argument("--lang", choices=("nb", "nn", "en"), default="nb", help="language of messages")
    limits.add_arguments(p, jobs=True)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from plancheck.commands._common import guard_not_input
    from plancheck.survey import run_dask, run_local, targets, write_rows

    items = targets(args.source)
    if not items:
        raise PlancheckError(f"{args.source}: no plan documents (.pdf, .docx, .odt) found")
    guard_not_input(str(args.output), [Path(t.path) for t in items] + [args.source])
    with limits.applied(args.timeout, args.max_memory):
        if args.engine == "dask":
            per_plan = run_dask(items, scheduler=args.scheduler, lang=args.lang)
        else:
            per_plan = run_local(items, jobs=args.jobs, lang=args.lang)
        rows = [row for plan_rows in per_plan for row in plan_rows]
    n = write_rows(rows, args.output)
    bad = sum(1 for r in rows if r["row"] == "plan" and r["status"] == "error")
    print(
        f"plancheck: {len(items)} plan(s), {n - len(items)} finding(s), {bad} unreadable → "
        f"{args.output}",
        file=sys.stderr,
    )
    return 0
