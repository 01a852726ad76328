"""Helpers shared by the sub-commands: reading a plan with a progress bar, writing output."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from plancheck.errors import PlancheckError
from plancheck.models import Plan


@contextmanager
def progress_bar(label: str, enabled: bool):
    """A rich progress bar on stderr for long documents; silent when stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def read_plan(
    path: Path,
    *,
    password: str | None = None,
    lang: str | None = None,
    quiet: bool = False,
    use_cache: bool = True,
) -> Plan:
    """The plan in ``path``, through the same extraction cache as ``plancheck check`` (a plan
    read for the language the user forces with ``--lang`` is not cached: the cache holds the
    plan as read with the detected language)."""
    from plancheck.checks.cache import load_plan

    with progress_bar(f"Leser {path.name}", not quiet) as update:
        if lang is None:
            return load_plan(path, password=password, progress=update, use_cache=use_cache)
        from plancheck.pipeline import extract_plan

        return extract_plan(path, password=password, lang=lang, progress=update)


def write_output(text: str, output: str | None) -> None:
    """Write to ``-o FILE`` (refusing to overwrite an input) or to stdout."""
    if output and output != "-":
        out = Path(output)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise PlancheckError(f"{out}: cannot write ({exc.strerror})") from None
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def guard_not_input(output: str | None, inputs: list[Path]) -> None:
    """plancheck never writes to its input files."""
    if not output or output == "-":
        return
    out = Path(output).resolve()
    for p in inputs:
        if p.exists() and p.resolve() == out:
            raise PlancheckError(f"{output}: refusing to overwrite the input file")
