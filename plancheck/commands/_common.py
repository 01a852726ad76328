"""Helpers shared by the sub-commands: reading a plan with a progress bar, writing output."""

from __future__ import annotations

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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def read_plan(path: Path, *, password: str | None = None, lang: str | None = None, quiet: bool = False) -> Plan:
    from plancheck.pipeline import extract_plan

    with progress_bar(f"Leser {path.name}", not quiet) as update:
        return extract_plan(path, password=password, lang=lang, progress=update)


def read_limited(
    path: Path,
    render: Callable[[Plan], T],
    *,
    password: str | None = None,
    lang: str | None = None,
    quiet: bool = False,
    limits: tuple[float | None, float | None] = (None, None),
) -> T:
    """Read ``path`` and ``render`` its plan, all of it in one child under ``--timeout`` and
    ``--max-memory`` (``limits``): the parent only gets the rendered result."""
    from plancheck import limits as lim
    from plancheck.pipeline import extract_plan, prepare

    prepare([path])
    with lim.applied(*limits), progress_bar(f"Leser {path.name}", not quiet) as update:
        return lim.run_limited(
            lambda report: render(extract_plan(path, password=password, lang=lang, progress=report)),
            what=str(path),
            progress=update,
        )


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
