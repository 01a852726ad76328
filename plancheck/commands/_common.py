"""Helpers shared by the sub-commands: reading a plan with a progress bar, writing output."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from plancheck.errors import PlancheckError
from plancheck.models import Plan

T = TypeVar("T")


@contextmanager
def progress_bar(label: str, enabled: bool):
    """A rich progress bar on stderr for long documents; silent when stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from plancheck.report.sanitize import one_line

    label = escape(one_line(label))  # a file name is no rich markup and no escape sequence

    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def read_limited(
    path: Path,
    render: Callable[[Plan], T],
    *,
    password: str | None = None,
    lang: str | None = None,
    quiet: bool = False,
    limits: tuple[float | None, float | None] = (None, None),
    use_cache: bool = True,
) -> T:
    """Read ``path`` and ``render`` its plan, all of it in one child under ``--timeout`` and
    ``--max-memory`` (``limits``): the parent only gets the rendered result.

    The plan comes through the same extraction cache as ``plancheck check``; a plan read for a
    language forced with ``--lang`` is not cached (the cache holds the plan as read with the
    detected language)."""
    from plancheck import limits as lim
    from plancheck import regexcache
    from plancheck.checks.cache import load_plan
    from plancheck.pipeline import extract_plan, prepare

    def work(report: lim.Progress | None) -> T:
        if lang is None:
            plan = load_plan(path, password=password, progress=report, use_cache=use_cache)
        else:
            plan = extract_plan(path, password=password, lang=lang, progress=report)
        rendered = render(plan)
        regexcache.save()  # what this child compiled, for the next process (once per machine)
        return rendered

    prepare([path])
    with lim.applied(*limits), progress_bar(f"Leser {path.name}", not quiet) as update:
        return lim.run_limited(work, what=str(path), progress=update)


def said_in(args, lang: str | None) -> None:
    """For ``extract`` and ``graph``, whose ``--lang`` is the document's language: the language
    their error line is said in (``args.said_lang``, read by :func:`plancheck.cli.main`), chosen
    when an error is met: bokmål or nynorsk when ``--lang`` asks for it, or, with no ``--lang``,
    when the repository's configuration does; else none, and the reader's English line stays
    as it was (English, sv and da, no configuration or a broken one)."""
    if lang is None:
        from plancheck.checks.config import load_config

        try:
            lang = load_config(None).lang
        except PlancheckError:
            lang = None
    if lang in ("nb", "nn"):
        args.said_lang = lang


def run_saying(args, run) -> int:
    """``run(args)``, its error said in the language :func:`said_in` chooses (``extract`` and
    ``graph`` wrap their work so, one way)."""
    try:
        return run(args)
    except PlancheckError:
        said_in(args, args.lang)  # the error line in bokmål or nynorsk when asked or configured
        raise


def write_output(text: str, output: str | None) -> None:
    """Write to ``-o FILE`` (refusing to overwrite an input) or to stdout."""
    if output and output != "-":
        out = Path(output)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise PlancheckError(f"{out}: cannot write ({exc.strerror})") from None
    else:
        if not text.endswith("\n"):
            text += "\n"
        try:
            try:
                text.encode(sys.stdout.encoding or "utf-8")
            except (UnicodeEncodeError, LookupError):
                # PYTHONIOENCODING=ascii and the like: the reports are UTF-8 (JSON, SARIF and
                # XML say so); write the bytes rather than fail or mangle them
                sys.stdout.flush()
                sys.stdout.buffer.write(text.encode("utf-8"))
                sys.stdout.buffer.flush()
            else:
                sys.stdout.write(text)
                sys.stdout.flush()
        except BrokenPipeError:
            # the reader went away (| head): the exit code still tells the result
            stdout_to_devnull()


def stdout_to_devnull() -> None:
    """After a broken pipe: later writes and the flush at exit go nowhere, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def same_file(a: Path, b: Path) -> bool:
    """``a`` and ``b`` are the same file: the same device and inode (a hard link or a symlink
    to it counts), or the same resolved path."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def guard_not_input(
    output: str | Path | None, inputs: list[Path | None], *, what: str = "output"
) -> None:
    """plancheck never writes to its input files: refuse (exit 2) an output path that is one
    of ``inputs`` under any name."""
    if output is None or str(output) in ("", "-"):
        return
    out = Path(output)
    for p in inputs:
        if p is not None and Path(p).exists() and same_file(out, Path(p)):
            raise PlancheckError(f"{output}: refusing to overwrite the input file {p} with the {what}")
