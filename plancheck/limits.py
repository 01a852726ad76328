"""Per-document time and memory limits for reading a document.

A broken or hostile PDF can make a PDF parser loop for hours or allocate gigabytes (a
content stream that inflates to a few GB, millions of tiny text objects). plancheck reads each
document in a forked child process that

* gets an address-space limit (``RLIMIT_AS``): the child's current size plus ``memory_mb``;
* is killed when it has not finished after ``timeout`` seconds.

The child sends its progress and its result (the :class:`~plancheck.models.Document`) back
through a pipe. Whatever happens in it ends, in the parent, as the result or as one
:class:`~plancheck.errors.InputError` that names the file: the parent never hangs and never
shows a traceback from the child.

Limits come from, in this order: :func:`applied` (the CLI's ``--timeout`` / ``--max-memory``),
the environment (``PLANCHECK_TIMEOUT`` in seconds, ``PLANCHECK_MAX_MEMORY`` in MiB; ``0`` turns a
limit off), and the defaults below. Where ``fork`` is not available (Windows) the document is
read in-process, without limits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from plancheck.errors import InputError, PlancheckError

DEFAULT_TIMEOUT = 300.0  # seconds per document
DEFAULT_MEMORY_MB = 2048  # MiB on top of what the process already uses
ENV_TIMEOUT = "PLANCHECK_TIMEOUT"
ENV_MEMORY = "PLANCHECK_MAX_MEMORY"

T = TypeVar("T")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Limits:
    """``None`` means no limit."""

    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


_override: ContextVar[Limits | None] = ContextVar("plancheck_limits", default=None)


def _env_number(name: str, default: float | None) -> float | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise PlancheckError(f"{name}={raw!r}: give a number (0 turns the limit off)") from None
    if value < 0:
        raise PlancheckError(f"{name}={raw!r}: must not be negative")
    return value or None


def current() -> Limits:
    """The limits in force: an :func:`applied` override, else the environment, else defaults."""
    override = _override.get()
    if override is not None:
        return override
    memory = _env_number(ENV_MEMORY, DEFAULT_MEMORY_MB)
    return Limits(
        timeout=_env_number(ENV_TIMEOUT, DEFAULT_TIMEOUT),
        memory_mb=int(memory) if memory else None,
    )


@contextlib.contextmanager
def applied(timeout: float | None = None, memory_mb: float | None = None) -> Iterator[Limits]:
    """Use these limits inside the ``with`` block; ``None`` keeps the current one, ``0`` is
    no limit. ``with limits.applied(args.timeout, args.max_memory): ...`` in a command."""
    limits = current()
    if timeout is not None:
        limits = replace(limits, timeout=float(timeout) or None)
    if memory_mb is not None:
        limits = replace(limits, memory_mb=int(memory_mb) or None)
    token = _override.set(limits)
    try:
        yield limits
    finally:
        _override.reset(token)


def add_arguments(parser: Any) -> None:
    """``--timeout`` and ``--max-memory`` for a sub-command that reads documents."""
    parser.add_argument(
        "--timeout",
        type=_non_negative,
        metavar="SECONDS",
        help=f"give up reading a document after this long (default {DEFAULT_TIMEOUT:g}; 0: never; "
        f"or ${ENV_TIMEOUT})",
    )
    parser.add_argument(
        "--max-memory",
        type=_non_negative,
        metavar="MB",
        help=f"memory one document may take while it is read (default {DEFAULT_MEMORY_MB}; "
        f"0: no limit; or ${ENV_MEMORY})",
    )


def _non_negative(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


# --------------------------------------------------------------------------- running


def can_fork() -> bool:
    """Fork is there (not on Windows), and we are not a daemonic worker (which may not)."""
    return (
        hasattr(os, "fork")
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )


def run_limited(
    work: Callable[[Progress | None], T],
    *,
    what: str,
    progress: Progress | None = None,
    limits: Limits | None = None,
) -> T:
    """Run ``work(progress)`` under ``limits`` (default: :func:`current`) and return its result.

    ``what`` names the document in messages. An :class:`InputError` raised by ``work`` is
    raised again as is; running out of time or memory, or the child dying, raise an
    :class:`InputError` of their own.
    """
    limits = limits or current()
    if not callable(progress):
        progress = None
    if (limits.timeout is None and limits.memory_mb is None) or not can_fork():
        return work(progress)
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_child,
        args=(sender, work, limits.memory_mb, progress is not None),
        name="plancheck-read",
        daemon=True,
    )
    child.start()
    sender.close()
    deadline = None if limits.timeout is None else time.monotonic() + limits.timeout
    try:
        while True:
            wait = 0.5 if deadline is None else min(0.5, deadline - time.monotonic())
            if wait <= 0:
                raise InputError(
                    f"{what}: gave up after {limits.timeout:g} s (a very large or damaged "
                    f"document?); raise the limit with --timeout"
                )
            if not receiver.poll(wait):
                continue
            try:
                kind, *payload = receiver.recv()
            except (EOFError, OSError):
                raise InputError(_died(what, child, limits)) from None
            if kind == "progress":
                if progress is not None:
                    progress(*payload)
                continue
            if kind == "ok":
                return payload[0]
            if kind == "input":
                raise InputError(payload[0])
            if kind == "memory":
                raise InputError(_memory_message(what, limits))
            raise InputError(f"{what}: cannot be read ({payload[0]}); is it damaged?")
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


def _died(what: str, child: Any, limits: Limits) -> str:
    child.join(5)
    code = child.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        # pdfium (C++) aborts when an allocation fails under the address-space limit
        if -code in (signal.SIGKILL, signal.SIGABRT) and limits.memory_mb:
            return _memory_message(what, limits)
        return f"{what}: the reader crashed ({name}); is the document damaged?"
    return f"{what}: the reader stopped unexpectedly (exit code {code}); is the document damaged?"


def _memory_message(what: str, limits: Limits) -> str:
    return (
        f"{what}: needs more than {limits.memory_mb} MB of memory to read (a very large or "
        f"damaged document?); raise the limit with --max-memory"
    )


def _vm_size() -> int:
    """The address space the process uses now, in bytes (0 when unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _child(conn: Any, work: Callable[[Progress | None], Any], memory_mb: int | None, report: bool) -> None:
    # the parent handles Ctrl-C and kills us; a second traceback from here would only confuse
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if memory_mb:
            import resource

            limit = _vm_size() + memory_mb * 1024 * 1024
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))

        def send_progress(done: int, total: int) -> None:
            conn.send(("progress", done, total))

        result = work(send_progress if report else None)
        conn.send(("ok", result))
    except InputError as exc:
        conn.send(("input", str(exc)))
    except MemoryError:
        _send_quietly(conn, ("memory",))
    except ImportError as exc:  # a library that cannot be mapped any more: out of memory
        kind = "memory" if "map" in str(exc) else "crash"
        _send_quietly(conn, (kind, f"ImportError: {_one_line(exc)}"))
    except RecursionError:
        _send_quietly(conn, ("crash", "too deeply nested"))
    except BaseException as exc:
        _send_quietly(conn, ("crash", f"{type(exc).__name__}: {_one_line(exc)}"))
    finally:
        conn.close()


def _send_quietly(conn: Any, message: tuple) -> None:
    with contextlib.suppress(BaseException):
        conn.send(message)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("…" if len(text) > 200 else "")
