"""``plancheck check PLAN…``: check plans against the rule packs and report.

Exit code 0 when no finding reaches --fail-on (default: error), 1 when one does, 2 when an
input could not be read or the command was used wrongly; bad input wins over findings. The
other files are still checked and reported when one is bad.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from plancheck import limits, regexcache
from plancheck.checks import at_or_above, check_plan, configure, load_rules
from plancheck.checks.baseline import (
    DEFAULT_BASELINE,
    apply_baseline,
    read_baseline,
    write_baseline,
)
from plancheck.checks.cache import load_plan
from plancheck.checks.config import DEFAULT_LANG, FAIL_ON, LANGS, Config, load_config, parse_period
from plancheck.commands._common import guard_not_input, progress_bar, write_output
from plancheck.commands.inputs import STDIN, expand_inputs
from plancheck.drafts import parse_as_of
from plancheck.errors import PlancheckError
from plancheck.models import CheckResult
from plancheck.report import FORMATS, NAMES_FAILED, render
from plancheck.report.errors import error_word, said, said_with_detail
from plancheck.report.sanitize import error_line, one_line


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help="check plans against the rules and report the findings",
        description=(
            "Check plan documents (PDF, DOCX, ODT, or plan JSON from `plancheck extract "
            "--format json`) against the rule packs. Exit code 0: nothing at or above "
            "--fail-on; 1: something is; 2: bad input or usage."
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="PLAN",
        help="plan documents to check, folders of them, or - for standard input",
    )
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PACK",
        help="an extra rule pack: a shipped pack's name, a YAML file or a folder (repeatable)",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: text)"
    )
    p.add_argument("--lang", choices=LANGS, help="language of the messages (default: nb)")
    p.add_argument(
        "--fail-on", choices=FAIL_ON, help="lowest severity that gives exit code 1 (default: error)"
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the report to FILE")
    p.add_argument("--mandate", type=Path, metavar="FILE", help="check coverage of this mandate")
    p.add_argument(
        "--explain",
        action="store_true",
        help="with --mandate or --parent: show the evidence per concern of every point or "
        "parent goal (text and JSON)",
    )
    p.add_argument(
        "--parent",
        type=Path,
        metavar="FILE",
        help="check the rød tråd: does the plan follow up this plan's goals?",
    )
    p.add_argument("--config", type=Path, metavar="FILE", help="configuration file to use")
    p.add_argument("--plan-period", metavar="START-END", help="plan period, such as 2024-2032")
    p.add_argument(
        "--baseline", type=Path, metavar="FILE", help=f"baseline file (default: {DEFAULT_BASELINE})"
    )
    p.add_argument(
        "--write-baseline",
        nargs="?",
        const=True,
        metavar="FILE",
        help="record the current findings as the baseline, and report none of them",
    )
    p.add_argument("--no-cache", action="store_true", help="extract again, ignoring the cache")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--password", help="password of an encrypted PDF")
    p.add_argument(
        "--as-of",
        type=parse_as_of,
        metavar="DATE",
        help="the hearing date (2025-09-15 or 15.09.2025): deadlines before it are reported",
    )
    limits.add_arguments(p, jobs=True)
    p.set_defaults(run=run_on_inputs)


def run_on_inputs(args: argparse.Namespace) -> int:
    """:func:`run` on the documents the arguments name (folders expanded, ``-`` read)."""
    # the language of an error line (cli.main): the findings' own, bokmål unless asked otherwise
    args.said_lang = args.lang or DEFAULT_LANG
    with tempfile.TemporaryDirectory(prefix="plancheck-stdin-") as tmp:
        args.files = expand_inputs(args.files, stdin_dir=Path(tmp))
        args.stdin_dir = Path(tmp)
        return run(args)


def _from_stdin(args: argparse.Namespace, path: Path) -> bool:
    """Is ``path`` the copy of standard input? Its report and its error line then name it
    ``-``, as it was given: the temporary folder it was copied to means nothing to the reader
    and changes every run."""
    stdin_dir = getattr(args, "stdin_dir", None)
    return stdin_dir is not None and path.parent == stdin_dir


def run(args: argparse.Namespace) -> int:
    from plancheck.report.pages import labels_kept

    with labels_kept(not args.no_cache):  # the printed page labels beside the cached plans
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    args.said_lang = getattr(args, "said_lang", None) or args.lang or DEFAULT_LANG
    cfg = load_config(args.config)  # --config, or the repository's; never the plan's folder
    args.said_lang = args.lang or cfg.lang or DEFAULT_LANG
    _guard_outputs(args, cfg)
    lang = args.lang or cfg.lang or DEFAULT_LANG
    fail_on = args.fail_on or cfg.fail_on or "error"
    period = (
        parse_period(args.plan_period, "--plan-period") if args.plan_period else cfg.plan_period
    )
    packs = [(p, cfg.base) for p in cfg.packs] + [(p, Path.cwd()) for p in args.rules]
    rules = configure(load_rules(packs), severity=cfg.severity, disable=cfg.disable)
    assess = _mandate_assessor(args.mandate)
    # one document and no baseline to apply: the child that checks it renders the report too
    # (:class:`_Rendered`) instead of sending the result back to be rendered in a child of its own
    render_here = len(args.files) == 1 and not _baseline_applies(args, cfg)
    color = _color(args)

    def check_one(path: Path, report) -> CheckResult | _Rendered:
        """Everything done with one document; runs in the limited child."""
        plan = load_plan(path, password=args.password, progress=report, use_cache=not args.no_cache)
        if _from_stdin(args, path):
            plan = plan.model_copy(update={"source": plan.source.model_copy(update={"path": STDIN})})
        points = coverage = None
        if assess is not None:
            points, coverage = assess(
                plan, args.mandate, lang=plan.language, explain=getattr(args, "explain", False),
                password=args.password,  # as the plan and the parent plan are opened
            )
        parent_cov = child_goals = None
        if args.parent is not None:
            parent_cov, child_goals = _parent_coverage(
                plan, args.parent, args.password, path, explain=getattr(args, "explain", False)
            )
        result = check_plan(
            plan,
            rules=rules,
            lang=lang,
            suppress=cfg.suppress,
            coverage=coverage,
            mandate_points=points,
            plan_period=period,
            as_of=args.as_of,
            parent_coverage=parent_cov,
            child_goals=child_goals,
        )
        if render_here:
            result = _Rendered(
                render(args.format, [result], lang=lang, rules=rules, fail_on=fail_on, color=color,
                       source_files=sources),
                any(at_or_above(f.severity, fail_on) for f in result.findings),
            )
        regexcache.save()  # what this child compiled, for the next process (once per machine)
        return result

    # the HTML report pictures the pages of a document read from standard input from its copy
    stdin_copy = next((p for p in args.files if _from_stdin(args, p)), None)
    sources = {STDIN: str(stdin_copy)} if stdin_copy is not None else {}
    with limits.applied(args.timeout, args.max_memory):
        # the batch's look at every PDF's first pages runs in a child too: under the command's
        # limits, not the defaults (a hostile PDF held a runner there before its own child)
        costs = _prepare(args.files, use_cache=not args.no_cache, password=args.password)
    results: list[CheckResult] = []
    rendered: _Rendered | None = None
    failed: list[tuple[str, str]] = []  # (path, one-line reason): the reports name them too
    bad = 0
    # --timeout and --max-memory hold for reading, extraction and the rules: a child per
    # document does all of it and sends back the result; several documents are read at once
    for path, outcome in zip(args.files, _checked(args, check_one, costs), strict=True):
        if isinstance(outcome, PlancheckError):
            bad += 1
            msg = str(outcome)
            if _from_stdin(args, path):
                msg = msg.replace(str(path), "standard input")
                path = Path("standard input")
            line = msg if str(path) in msg else f"{path}: {msg}"
            print(error_line(said_with_detail(line, lang), error_word(lang)), file=sys.stderr)
            failed.append((str(path), one_line(line)))
        elif isinstance(outcome, _Rendered):
            rendered = outcome
        else:
            results.append(outcome)

    results = _baseline(args, cfg, results)
    if results or rendered is not None or (failed and args.format in NAMES_FAILED):
        if rendered is not None:
            report = rendered.report
        else:
            with limits.applied(args.timeout, args.max_memory):  # rendering is limited too
                report = limits.run_limited(
                    lambda _report: render(
                        args.format, results, lang=lang, rules=rules, fail_on=fail_on, color=color,
                        source_files=sources, failed=failed,
                    ),
                    what="the report",
                )
        if args.output is not None:
            try:
                args.output.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PlancheckError(f"{args.output}: cannot write ({exc.strerror})") from None
        write_output(report, str(args.output) if args.output else None)
    if bad:
        return 2
    failing = any(at_or_above(f.severity, fail_on) for r in results for f in r.findings)
    return 1 if failing or (rendered is not None and rendered.failing) else 0


@dataclass(frozen=True)
class _Rendered:
    """What the child that checked the only document sends back when it rendered the report
    itself: the report and whether a finding reaches ``--fail-on``. The result is not sent, nor
    rendered again in a child of its own: one fork and two copies of the whole result fewer."""

    report: str
    failing: bool


def _color(args: argparse.Namespace) -> bool:
    """Colours in the report: a text report to a terminal, unless ``NO_COLOR`` is set."""
    return (
        args.format == "text"
        and args.output is None
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )


def _baseline_applies(args: argparse.Namespace, cfg: Config) -> bool:
    """Does :func:`_baseline` do anything to the results (write a baseline, or take findings
    out with one)? When it does not, a result can be rendered where it is made."""
    if args.write_baseline or args.baseline or cfg.baseline:
        return True
    return (cfg.base / DEFAULT_BASELINE).is_file()


def _checked(
    args: argparse.Namespace, check_one, costs: list[float] | None = None
) -> Iterator[CheckResult | PlancheckError]:
    """Each document's result (or the error it ended in), in the order given. One document is
    read with a progress bar; several are read in parallel, one limited child per core
    (``--jobs``), the longest first (``costs``), and each result is reported as soon as those
    before it are done."""
    with limits.applied(args.timeout, args.max_memory):
        if len(args.files) == 1:
            path = args.files[0]
            try:
                label = said("reading", getattr(args, "said_lang", None) or DEFAULT_LANG, path.name)
                with progress_bar(label, not getattr(args, "quiet", False)) as update:
                    yield limits.run_limited(
                        lambda report: check_one(path, report), what=str(path), progress=update
                    )
            except PlancheckError as exc:
                yield exc
            return
        works = [
            (str(path), lambda report, path=path: check_one(path, report)) for path in args.files
        ]
        yield from limits.run_many(works, jobs=args.jobs, costs=costs)


def _guard_outputs(args: argparse.Namespace, cfg: Config) -> None:
    """Neither the report nor a written baseline may land on an input: a plan, the mandate,
    the configuration, or the baseline being read (hard links and symlinks included)."""
    inputs: list[Path | None] = [*args.files, args.mandate, args.parent, args.config, cfg.path]
    baseline = args.baseline or cfg.baseline or cfg.base / DEFAULT_BASELINE
    if args.write_baseline:
        target = baseline if args.write_baseline is True else Path(args.write_baseline)
        guard_not_input(target, inputs, what="baseline")
        inputs.append(target)  # the report must not overwrite the baseline just written
    else:
        inputs.append(baseline)
    guard_not_input(args.output, inputs, what="report")


def _prepare(
    files: list[Path], *, use_cache: bool = False, password: str | None = None
) -> list[float] | None:
    """Load what the documents need before the children are forked; the estimated cost of
    each document (for starting the longest first). A batch's documents already in the cache
    are left out of the look at their first pages (language and page count: nothing of them is
    read again) and cost nothing; a warm re-check of a batch forks no pre-pass child at all."""
    try:
        from plancheck.pipeline import batch_costs, prepare
    except ModuleNotFoundError:
        return None
    cached: set[Path] = set()
    if use_cache and len(files) > 1:
        from plancheck.checks.cache import is_cached

        cached = {f for f in files if is_cached(f, password)}
    fresh = [f for f in files if f not in cached]
    if cached and len(fresh) < 2:
        # what the children check with, imported once here (prepare does it for a batch to read)
        import plancheck.extract.plan  # noqa: F401
    costs = batch_costs(files, prepare(fresh) if fresh else {})
    return [0.0 if f in cached else c for f, c in zip(files, costs, strict=True)]


def _parent_coverage(
    plan, parent: Path, password: str | None, child: Path, *, explain: bool = False
):
    """The rød tråd (``--parent``): the parent plan's goals against this plan's items."""
    if not parent.is_file():
        raise PlancheckError(f"parent plan {parent}: no such file")
    from plancheck.mandate.parents import assess_parent_file

    return assess_parent_file(plan, parent, child, password=password, explain=explain)


def _mandate_assessor(mandate: Path | None):
    if mandate is None:
        return None
    if importlib.util.find_spec("plancheck.mandate") is None:
        raise PlancheckError("--mandate needs plancheck.mandate, which this build does not have")
    if not mandate.is_file():
        raise PlancheckError(f"mandate {mandate}: no such file")
    from plancheck.mandate import assess

    return assess


def _baseline(
    args: argparse.Namespace, cfg: Config, results: list[CheckResult]
) -> list[CheckResult]:
    default = args.baseline or cfg.baseline or cfg.base / DEFAULT_BASELINE
    if args.write_baseline:
        path = default if args.write_baseline is True else Path(args.write_baseline)
        n = write_baseline(path, results)
        print(one_line(said("baseline_written", args.said_lang, str(path), n=n)), file=sys.stderr)
        fingerprints = {f.fingerprint for r in results for f in r.findings}
    elif args.baseline or cfg.baseline:
        if not default.is_file():
            raise PlancheckError(
                f"baseline {default} does not exist (write it with --write-baseline)"
            )
        fingerprints = read_baseline(default)
    elif default.is_file():
        fingerprints = read_baseline(default)
    else:
        return results
    return [apply_baseline(r, fingerprints) for r in results]
