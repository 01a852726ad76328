"""``plancheck survey DIR_OR_LIST -o results.parquet``: one row per plan and one per finding.

For a county, a ministry or researchers reading thousands of plans: every core of this machine
(``--jobs``), or a dask.distributed cluster (``--engine dask --scheduler tcp://host:8786``). A
plan that cannot be read is a row with status ``error``; the survey goes on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
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
    from plancheck.survey import (
        Checkpoint,
        partial_path,
        resumed,
        run_dask,
        run_local,
        targets,
        write_rows,
    )

    items = targets(args.source)
    if not items:
        raise PlancheckError(f"{args.source}: no plan documents (.pdf, .docx, .odt) found")
    guard_not_input(str(args.output), [Path(t.path) for t in items] + [args.source])
    partial = partial_path(args.output)
    guard_not_input(str(partial), [Path(t.path) for t in items] + [args.source])
    done = resumed(partial, items, args.lang)
    if done:
        print(
            f"plancheck: {len(done)} of {len(items)} plan(s) already read (kept in {partial}); "
            "reading the rest",
            file=sys.stderr,
        )
    todo = [t for i, t in enumerate(items) if i not in done]
    rows: list[dict] = []
    checkpoint = Checkpoint(partial, args.lang, done)
    try:
        with limits.applied(args.timeout, args.max_memory):
            read = len(done)

            def kept(_index: int, plan_rows: list[dict]) -> None:
                # each plan's rows kept (and said) the moment they are read, in the order read
                nonlocal read
                read += 1
                checkpoint.add(plan_rows)
                _progress(read, len(items), plan_rows)

            if not todo:
                fresh: Iterator[list[dict]] = iter(())
            elif args.engine == "dask":
                fresh = run_dask(todo, scheduler=args.scheduler, lang=args.lang, on_rows=kept, jobs=args.jobs)
            else:
                fresh = run_local(todo, jobs=args.jobs, lang=args.lang, on_rows=kept)
            for i in range(len(items)):
                rows.extend(done[i] if i in done else next(fresh))
    except BaseException:  # Ctrl-C, SIGTERM of a job's time limit, a failing worker: kept
        print(
            f"plancheck: the plans read so far are kept in {partial}; run the same command "
            "again to go on from there",
            file=sys.stderr,
        )
        raise
    finally:
        checkpoint.close()
    n = write_rows(rows, args.output)
    partial.unlink(missing_ok=True)
    bad = sum(1 for r in rows if r["row"] == "plan" and r["status"] == "error")
    print(
        f"plancheck: {len(items)} plan(s), {n - len(items)} finding(s), {bad} unreadable → "
        f"{args.output}",
        file=sys.stderr,
    )
    return 0


def _progress(count: int, total: int, plan_rows: list[dict]) -> None:
    """One line on stderr per plan read: a survey of many plans shows it is going on."""
    head = plan_rows[0]
    said = (
        f"{len(plan_rows) - 1} finding(s)" if head.get("status") == "ok" else f"unreadable: {head.get('error')}"
    )
    print(f"plancheck: [{count}/{total}] {head.get('path')}: {said}", file=sys.stderr, flush=True)
