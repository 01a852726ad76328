"""The ``plancheck`` command line: ``extract``, ``graph``, ``check``, ``rules``, ``eval``, ``train``.

Each sub-command lives in ``plancheck/commands/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``. Errors a user can act on (:class:`PlancheckError`) end as one line on
stderr and exit code 2; so do usage errors (argparse's own exit code 2).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Iterator
from typing import NoReturn

from plancheck import __version__, regexcache
from plancheck.errors import PlancheckError
from plancheck.limits import Terminated
from plancheck.report.sanitize import error_line, one_line

COMMANDS = ("extract", "graph", "check", "rules", "eval", "survey", "serve", "train", "layout")


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line too (argparse would print the whole usage first), said in the
    language the command line asked for with ``--lang`` when it did (:data:`said_lang`), with
    argparse's English after it."""

    #: the ``--lang`` of the command line being parsed, set by :func:`main`
    said_lang: str | None = None

    def error(self, message: str):  # type: ignore[override]
        from plancheck.report.errors import error_word, said

        english = f"{one_line(message)} (see {self.prog} --help)"
        if self.said_lang in ("nb", "nn"):
            english = f"{said('usage', self.said_lang, f'{self.prog} --help')} ({one_line(message)})"
        self.exit(2, f"{self.prog}: {error_word(self.said_lang)}: {english}\n")


def _lang_asked(argv: list[str]) -> str | None:
    """The value of ``--lang`` on the command line, before it is parsed (a usage error is said
    in it)."""
    for k, arg in enumerate(argv):
        if arg == "--lang" and k + 1 < len(argv):
            return argv[k + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _chosen(argv: list[str]) -> str | None:
    """The sub-command named on the command line, when it names one of ours: then only that
    command's module is imported (each pulls in its own readers and libraries, and a short
    ``plancheck check`` should not pay for ``eval``'s imports)."""
    for arg in argv:
        if arg.startswith("-"):
            continue  # the top-level options (--version, --help) take no value
        return arg if arg in COMMANDS else None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``argv`` only the command it names is imported (all of them
    for ``--help`` or a usage error, so the listing and the message stay complete)."""
    parser = _Parser(
        prog="plancheck",
        description="Read a plan document into goals, strategies and measures, and check it.",
    )
    parser.add_argument("--version", action="version", version=f"plancheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    chosen = _chosen(argv) if argv is not None else None
    if chosen:
        names: tuple[str, ...] = (chosen,)
    elif argv is not None and "--version" in argv and not any(a in COMMANDS for a in argv):
        names = ()  # the version needs no command
    else:
        names = COMMANDS
    for name in names:
        try:
            module = importlib.import_module(f"plancheck.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"plancheck.commands.{name}":
                continue  # a command still being built is simply not offered
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    # pydantic looks for plugins in the entry points of every installed distribution when the
    # first model class is built (10-30 ms of a one-page check, more in a large environment);
    # plancheck uses none. A user who wants one sets the variable (e.g. empty) themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _tune_gc()
    # the regular expressions earlier processes compiled, before the command's modules compile
    # theirs at import (~0.1 s of every check otherwise: :mod:`plancheck.regexcache`)
    regexcache.load()
    program = argv is None  # the process is this command's own (console script, python -m)
    argv = sys.argv[1:] if argv is None else list(argv)
    with _uncollected_imports(program):
        parser = build_parser(argv)
    _Parser.said_lang = _lang_asked(argv)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except PlancheckError as exc:
        # said in the language the command was asked to speak (``said_lang``, set by the
        # commands that speak one), the English line after it: also an error met before any
        # document was read (a missing configuration, mandate or baseline file)
        from plancheck.report.errors import error_word, said_with_detail

        lang = getattr(args, "said_lang", None)
        print(error_line(said_with_detail(str(exc), lang), error_word(lang)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("plancheck: interrupted", file=sys.stderr)
        return 130
    except Terminated as exc:  # SIGTERM/SIGHUP while a child worked: it is killed already
        print(f"plancheck: terminated (signal {exc.signum})", file=sys.stderr)
        return 128 + exc.signum
    except BrokenPipeError:  # a write outside write_output; the result is unknown here
        from plancheck.commands._common import stdout_to_devnull

        stdout_to_devnull()
        return 1
    finally:
        regexcache.save()  # what this process compiled itself (a run without limits: everything)
        if program:
            gc.freeze()  # the exit's collections walk nothing (:func:`_uncollected_imports`)


def _tune_gc() -> None:
    """Run the cyclic garbage collector less often: reading a plan makes millions of small
    objects (characters, words, boxes) that live until the page or document is done and are
    freed by their reference counts, so the collections Python starts every 700 allocations
    mostly walk live objects in vain (~10 % of the CPU of reading a long plan). A collection
    still comes every 10,000 allocations, so a cycle is freed soon enough; the objects made at
    start are frozen when a child is forked (:func:`plancheck.limits.frozen_for_fork`).

    The middle generation is collected after ``GC_GEN1_THRESHOLD`` young collections, not
    Python's 10: what outlives a young collection while a plan is read is the plan's pages,
    lines and words, alive until the check ends, and one middle collection walked all of them
    for nothing (13-25 ms of a 1-4 s check, session 34); a cycle still dies in the young
    collection that finds it unreachable."""
    _gen0, _gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, GC_GEN1_THRESHOLD, gen2)


#: allocations between two collections of the youngest generation (Python's default: 700)
GC_THRESHOLD = 10_000
#: young collections between two collections of the middle generation (Python's default: 10)
GC_GEN1_THRESHOLD = 100


@contextlib.contextmanager
def _uncollected_imports(program: bool) -> Iterator[None]:
    """No garbage collection while the command's modules are imported; with ``program`` (the
    process is plancheck's own) what they made is frozen after (:func:`gc.freeze`), and
    :func:`main` freezes everything again before the process ends.

    Why: a collection walks every object of the generations it collects, and pydantic-core's
    validators (the models of :mod:`plancheck.models`, the settings) answer that walk with
    their whole schema: with a check's modules loaded one full collection took 15-45 ms (a
    bare interpreter: ~1 ms). The imports met one or two such collections (a young-generation
    one inside pydantic's schema building, 10-35 ms), and the interpreter's exit, which
    collects everything while it tears the modules down, took 0.1-0.3 s of every check (the
    measures in bench/README.md). Imports make modules, classes and functions that live as
    long as the process, so a collection during them frees next to nothing; a frozen object
    is never walked again, and at the exit the memory goes back whole. A library caller's
    process (``argv`` given to :func:`main`, tests) keeps its collector as it was: only the
    collections during the imports are put off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if program:
            gc.freeze()
        if enabled:
            gc.enable()


def _safe_streams() -> None:
    """A message must not fail on an encoding: stderr escapes what it cannot encode
    (PYTHONIOENCODING=ascii gave a traceback); stdout is handled by write_output."""
    for stream, errors in ((sys.stderr, "backslashreplace"), (sys.stdout, "replace")):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]


def exit_now(code: int) -> NoReturn:
    """End plancheck's own process (the console script, ``python -m plancheck``) with ``code``
    once :func:`main` has returned: the output flushed and the ``atexit`` handlers run, as at any
    exit, but not the interpreter's teardown of every module and object it made (~10-15 ms of
    CPU after the report is written, in every check; the children of a check end with
    ``os._exit`` already). A library caller's process calls :func:`main` and ends as it likes."""
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    if run_exitfuncs is None:  # not CPython: the ordinary exit
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()  # a reader gone away (| head): the exit code still tells the result
    run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):  # what a handler printed
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def run() -> NoReturn:
    """The console script: :func:`main` reading ``sys.argv``, then :func:`exit_now`."""
    exit_now(main())


if __name__ == "__main__":
    run()
