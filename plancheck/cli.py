"""The ``plancheck`` command line: ``extract``, ``graph``, ``check``, ``rules``, ``eval``.

Each sub-command lives in ``plancheck/commands/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``. Errors a user can act on (:class:`PlancheckError`) end as one line on
stderr and exit code 2; so do usage errors (argparse's own exit code 2).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from plancheck import __version__
from plancheck.errors import PlancheckError

COMMANDS = ("extract", "graph", "check", "rules", "eval", "layout")


class _Parser(argparse.ArgumentParser):
    """Usage errors are one line too (argparse would print the whole usage first)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="plancheck",
        description="Read a plan document into goals, strategies and measures, and check it.",
    )
    parser.add_argument("--version", action="version", version=f"plancheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"plancheck.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"plancheck.commands.{name}":
                continue  # a command still being built is simply not offered
            raise
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except PlancheckError as exc:
        print(f"plancheck: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("plancheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
