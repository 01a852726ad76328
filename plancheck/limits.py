"""Per-document time and memory limits for the whole work on a document.

A broken or hostile PDF can make a PDF parser loop for hours or allocate gigabytes (a
content stream that inflates to a few GB, millions of tiny text objects); a small .docx with
400,000 paragraphs keeps extraction busy for minutes. plancheck reads, extracts, checks and
renders each document in a forked child process that

* gets an address-space limit (``RLIMIT_AS``): the child's current size plus ``memory_mb``;
* is killed when it has not finished after ``timeout`` seconds;
* dies with the parent: SIGTERM, SIGHUP or SIGINT to plancheck kill it before plancheck exits
  (and on Linux the kernel kills it should the parent die any other way), so a caller waiting
  for plancheck's stdout and stderr to close never waits for an orphan.

The child sends its progress and its result (the :class:`~plancheck.models.Document`) back
through a pipe. Whatever happens in it ends, in the parent, as the result or as one
:class:`~plancheck.errors.InputError` that names the file: the parent never hangs and never
shows a traceback from the child.

Limits come from, in this order: :func:`applied` (the CLI's ``--timeout`` / ``--max-memory``),
the environment (``PLANCHECK_TIMEOUT`` in seconds, ``PLANCHECK_MAX_MEMORY`` in MiB; ``0`` turns a
limit off), and the defaults below. Where ``fork`` is not available (Windows) the document is
read in-process, without limits. Inside a child, :func:`run_limited` runs the work directly:
the outer limit already holds.

The default timeout is 120 s: the largest real plans take well under 30 s, and a CI job held
for the old 300 s by each crafted PDF in a pull request is a cheap denial of service.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from plancheck.errors import InputError, PlancheckError

DEFAULT_TIMEOUT = 120.0  # seconds per document (see the module docstring)
DEFAULT_MEMORY_MB = 2048  # MiB on top of what the process already uses
#: a Word or OpenDocument file whose XML parts unpack to more than this (MiB) is refused before
#: it is unpacked: a long plan's text is tens of MB, and parsing this much would pass the memory
#: limit anyway (a zip bomb), said then of the plan even when the mandate or parent plan was it
MAX_UNPACKED_XML_MB = 512
ENV_TIMEOUT = "PLANCHECK_TIMEOUT"
ENV_MEMORY = "PLANCHECK_MAX_MEMORY"

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Terminated(BaseException):
    """plancheck got SIGTERM or SIGHUP while a child was working: the child is killed, and
    the command exits with 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def _terminate_raises() -> Iterator[None]:
    """While a child works, SIGTERM/SIGHUP raise :class:`Terminated` in the parent, so the
    ``finally`` that kills the child runs (the default action would leave it running)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, _frame: Any) -> None:
        if _Deferral.active:
            _Deferral.signum = _Deferral.signum or signum
            return
        _raise_stop(signum)

    # Ctrl-C too: raised while a child is being started, KeyboardInterrupt would leave it
    # running; deferred like the others, it still ends as KeyboardInterrupt (exit 130). A
    # SIGINT the caller chose to ignore (a background job) stays ignored.
    stops = _STOP_SIGNALS
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        stops = (*stops, signal.SIGINT)
    old = {sig: signal.signal(sig, handler) for sig in stops}
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)


class _Deferral:
    """While the parent starts a reader child and notes it, a stop signal is kept here instead
    of raising :class:`Terminated` at once: raised in between, it would leave a child nobody
    kills, holding the command's output open for as long as it reads. (A signal mask would not
    do: the kernel may hand the signal to another thread, a progress bar's, and Python still
    runs the handler in the main thread at once.)"""

    active: bool = False
    signum: int | None = None


def _defer_stop_signals() -> None:
    _Deferral.active = True


def _end_deferral() -> None:
    """Stop deferring; raise the stop signal that came meanwhile, if one did. Called where the
    ``finally`` that kills the child can see it."""
    _Deferral.active = False
    signum, _Deferral.signum = _Deferral.signum, None
    if signum is not None:
        _raise_stop(signum)


def _raise_stop(signum: int) -> None:
    """Ctrl-C as KeyboardInterrupt (the command reports "interrupted", exit 130); SIGTERM or
    SIGHUP as :class:`Terminated`."""
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGKILL to this process when its parent dies (PR_SET_PDEATHSIG),
    even when the parent is killed with SIGKILL and cannot clean up."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


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


def add_arguments(parser: Any, *, jobs: bool = False) -> None:
    """``--timeout`` and ``--max-memory`` for a sub-command that reads documents, and with
    ``jobs`` the ``--jobs`` of one that reads several at once (:func:`run_many`)."""
    parser.add_argument(
        "--timeout",
        type=_non_negative,
        metavar="SECONDS",
        help=f"give up on a document (reading, extraction, rules) after this long (default {DEFAULT_TIMEOUT:g}; 0: never; "
        f"or ${ENV_TIMEOUT})",
    )
    parser.add_argument(
        "--max-memory",
        type=_non_negative,
        metavar="MB",
        help=f"memory the work on one document may take (default {DEFAULT_MEMORY_MB}; "
        f"0: no limit; or ${ENV_MEMORY})",
    )
    if jobs:
        parser.add_argument(
            "--jobs",
            type=_at_least_one,
            metavar="N",
            help="documents read at once when several are given (default: one per core)",
        )


def _non_negative(text: str) -> float:
    return _number(text, float, 0)


def _at_least_one(text: str) -> int:
    return int(_number(text, int, 1))


def _number(text: str, kind: type, lowest: int) -> float:
    import argparse

    try:
        value = kind(text)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
    if value < lowest:
        rule = "must not be negative" if lowest == 0 else f"must be at least {lowest}"
        raise argparse.ArgumentTypeError(f"{rule}: {text!r}")
    return value


# --------------------------------------------------------------------------- running


def can_fork() -> bool:
    """Fork is there (not on Windows), and we are not a daemonic worker (which may not)."""
    return (
        hasattr(os, "fork")
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )


@contextlib.contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Around a fork: every object tracked so far moved to the collector's permanent
    generation, as Python's documentation of :func:`gc.freeze` advises, so that the child's
    collections do not walk (and so do not copy page by page) the modules and data it
    inherited - in a check, all of plancheck, pydantic and the word lists. The parent thaws
    them again at once: a long-lived parent (``plancheck serve``, a batch) must still free
    any garbage cycle among them."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


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
    global _STARTED
    # what other work leaves idle is measured from here: while this document is read, not while
    # this process started (which may have been hours ago: a server) nor before the fork
    _STARTED = _cpu_times() or _STARTED
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_child,
        args=(sender, work, limits.memory_mb, progress is not None, os.getpid(), default_jobs()),
        name="plancheck-read",
        daemon=True,
    )
    with _terminate_raises():
        _defer_stop_signals()
        try:
            with frozen_for_fork():
                child.start()
            sender.close()
        except BaseException:
            _Deferral.active = False
            if child.pid is not None:  # started before the failure: nobody else would kill it
                child.kill()
                child.join()
            raise
        return _wait(child, receiver, limits, what, progress)


def _wait(child: Any, receiver: Any, limits: Limits, what: str, progress: Progress | None) -> Any:
    deadline = None if limits.timeout is None else time.monotonic() + limits.timeout
    try:
        _end_deferral()  # a stop signal during the start is raised here, where the finally kills the child
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
            return _outcome(kind, payload, what, limits)
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


def _outcome(kind: str, payload: list, what: str, limits: Limits) -> Any:
    """The result a child sent, or the error it ended in, raised."""
    if kind == "ok":
        return payload[0]
    if kind == "input":
        raise InputError(payload[0])
    if kind == "memory":
        raise InputError(_memory_message(what, limits))
    if kind == "error":
        raise PlancheckError(payload[0])
    raise InputError(f"{what}: cannot be read ({payload[0]}); is it damaged?")


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
        if limits.memory_mb and -code in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT):
            # a C library that cannot allocate under RLIMIT_AS often crashes this way
            return (
                f"{what}: the reader crashed ({name}), most likely out of memory under "
                f"--max-memory {limits.memory_mb} MB; is the document damaged?"
            )
        return f"{what}: the reader crashed ({name}); is the document damaged?"
    if limits.memory_mb:
        return (
            f"{what}: the reader stopped unexpectedly (exit code {code}), most likely out of "
            f"memory under --max-memory {limits.memory_mb} MB; raise the limit or check the "
            "document"
        )
    return f"{what}: the reader stopped unexpectedly (exit code {code}); is the document damaged?"


def _memory_message(what: str, limits: Limits) -> str:
    return (
        f"{what}: needs more than {limits.memory_mb} MB of memory (a very large or "
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


def _child(
    conn: Any,
    work: Callable[[Progress | None], Any],
    memory_mb: int | None,
    report: bool,
    parent: int,
    cores: int = 1,
) -> None:
    global _cores
    _cores = cores
    # the parent handles Ctrl-C and kills us; a second traceback from here would only confuse
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for sig in _STOP_SIGNALS:  # the parent's handler (raise Terminated) is not for us
        signal.signal(sig, signal.SIG_DFL)
    _die_with_parent()
    import faulthandler

    faulthandler.disable()  # a crash is reported as one line by the parent, not as a dump
    if os.getppid() != parent:  # the parent died before the kernel was told to kill us
        os._exit(1)
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

        from plancheck.stdio import captured

        with captured():  # the child's only channel is the pipe: nothing on our stdout/stderr
            result = work(send_progress if report else None)
        conn.send(("ok", result))
    except InputError as exc:
        conn.send(("input", str(exc)))
    except PlancheckError as exc:  # a rule pack or configuration problem found in the child
        conn.send(("error", str(exc)))
    except MemoryError:
        _send_quietly(conn, ("memory",))
    except ImportError as exc:  # a library that cannot be mapped any more: out of memory
        kind = "memory" if "map" in str(exc) else "crash"
        _send_quietly(conn, (kind, f"ImportError: {_one_line(exc)}"))
    except RecursionError:
        _send_quietly(conn, ("crash", "too deeply nested"))
    except BaseException as exc:
        _send_quietly(conn, ("crash", crash_said(exc)))
    finally:
        conn.close()


def _send_quietly(conn: Any, message: tuple) -> None:
    with contextlib.suppress(BaseException):
        conn.send(message)


def crash_said(exc: BaseException) -> str:
    """What a reader's message says of an unexpected error: the library error's name only
    ("PdfiumError"); its own text (bytes of the file, internal numbers) means nothing to a
    planner and is added only with ``PLANCHECK_DEBUG`` set."""
    if os.environ.get("PLANCHECK_DEBUG"):
        return f"{type(exc).__name__}: {_one_line(exc)}"
    return type(exc).__name__


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] + ("…" if len(text) > 200 else "")


# --------------------------------------------------------------------------- one document, several cores

#: the processes the document of this limited child may be read with (:func:`split_work`), set
#: by :func:`run_limited` (every core) and :func:`run_many` (one: ``--jobs`` is the number of
#: processes reading at once, and by default every core already has a document)
_cores = 1


def split_cores(idle_share: float = 0.5) -> int:
    """How many processes the work on this limited child's document may use at once: this
    process and the cores other work has left idle (:func:`idle_cores`; a core counts when at
    least ``idle_share`` of it was idle), for a single document; one in a batch (its ``--jobs``
    children are what runs at once), and one outside a limited child (an API caller's or a
    server's process may run threads a fork would not carry, and is under no limits to share).

    Why idle cores, not all: Linux shares the cores between sessions first (``autogroup``) and
    between one session's processes after, so a helper on a core other work holds gets no more
    of the machine for the document - it only adds its cost (~5-10 % more CPU for a long plan)."""
    if _cores <= 1:
        return 1
    return max(1, min(_cores, 1 + idle_cores(idle_share)))


def _cpu_times() -> tuple[int, int] | None:
    """The idle and the total time (clock ticks) of the cores this process may run on so far,
    from ``/proc/stat``; ``None`` where that is not to be had."""
    try:
        cpus: set[int] | None = os.sched_getaffinity(0)
    except (AttributeError, OSError):
        cpus = None
    idle = total = 0
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            for line in fh:
                if not line.startswith("cpu"):
                    break
                name, *ticks = line.split()
                if name == "cpu" or (cpus is not None and int(name[3:]) not in cpus):
                    continue
                values = [int(t) for t in ticks[:8]]  # user nice system idle iowait irq softirq steal
                idle += values[3] + values[4]
                total += sum(values)
    except (OSError, ValueError, IndexError):
        return None
    return (idle, total) if total else None


#: the cores' idle and total time when the limited child of the document being read was started
#: (:func:`run_limited`; before that, when this module was loaded): what other work left idle
#: since then is what :func:`idle_cores` measures
_STARTED = _cpu_times()


def idle_cores(idle_share: float = 0.5) -> int:
    """The cores other work has left idle: on average since the document's limited child was
    started (:data:`_STARTED`: the child's own look at the file keeps one core busy meanwhile),
    the idle time of the cores it may use, in cores, rounded where ``idle_share`` of a core counts as one. Where no clock tick
    has passed since, or ``/proc/stat`` is not to be had: the cores less the processes the kernel
    has running or ready to run at this instant (``/proc/loadavg``'s fourth field, this process
    included); all of them where that count is not to be had either.

    Why an average and not only the instant's count: on two cores a single other runnable
    process at the instant of asking (a kernel thread, the shell's next command) was enough to
    keep a document in one process on a machine otherwise idle - a coin toss on every check."""
    cores = default_jobs()
    now = _cpu_times()
    if _STARTED is not None and now is not None and now[1] > _STARTED[1]:
        idle = (now[0] - _STARTED[0]) / (now[1] - _STARTED[1]) * cores
        return max(0, min(cores - 1, int(idle + 1 - idle_share)))
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            runnable = int(fh.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return cores - 1
    return max(0, cores - runnable)


@contextlib.contextmanager
def split_allowed(cores: int) -> Iterator[None]:
    """Let a document read in this process use up to ``cores`` processes in the ``with`` block
    (as many of them as are idle, :func:`split_cores`): for a single-threaded caller outside a limited child that wants it,
    such as ``bench/same_output.py``, which checks that the result is the same."""
    global _cores
    old, _cores = _cores, max(1, cores)
    try:
        yield
    finally:
        _cores = old


class _Taken:
    """The next item not yet taken and the count of items done, shared by the processes of
    :func:`split_work` (an anonymous shared page and a semaphore: both survive fork)."""

    def __init__(self, count: int) -> None:
        import mmap

        self.count = count
        self._shared = mmap.mmap(-1, 16)  # MAP_SHARED: the forked helpers see the same page
        self._view = memoryview(self._shared).cast("q")
        self._lock = multiprocessing.get_context("fork").Lock()

    def take(self) -> int | None:
        with self._lock:
            item = self._view[0]
            if item >= self.count:
                return None
            self._view[0] = item + 1
        return item

    def finish(self) -> int:
        with self._lock:
            self._view[1] += 1
            return self._view[1]

    def items(self, progress: Progress | None, taken: list[int]) -> Iterator[int]:
        """The items this process takes, one at a time, noted in ``taken``; when the next is
        asked for, the last one is done (``progress`` then hears how many are done in all)."""
        while (item := self.take()) is not None:
            taken.append(item)
            yield item
            done = self.finish()
            if progress is not None:
                progress(done, self.count)


def _reported(items: Sequence[int], count: int, progress: Progress | None) -> Iterator[int]:
    """``items`` one at a time; when the next is asked for, ``progress`` hears the last is done."""
    for done, item in enumerate(items, count - len(items) + 1):
        yield item
        if progress is not None:
            progress(done, count)


def _work_taken(
    work: Callable[[Iterator[int]], list[T]], taken: _Taken, progress: Progress | None = None
) -> list[tuple[int, T]]:
    """``work`` over the items this process takes, each result with its item."""
    items: list[int] = []
    results = work(taken.items(progress, items))
    if len(results) != len(items):
        raise ValueError(f"{len(results)} results for {len(items)} items")
    return list(zip(items, results, strict=True))


@dataclass
class _Helper:
    """A forked helper of :func:`split_work` and the pipe its results come through."""

    pid: int
    receiver: Any

    def results(self) -> Any:
        """What the helper sent, or ``None`` when it failed or died before sending it."""
        try:
            kind, payload = self.receiver.recv()  # until it sends, or dies (EOF)
        except Exception:
            return None
        finally:
            self.stop()
        return payload if kind == "ok" else None

    def stop(self) -> None:
        self.receiver.close()
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)  # a no-op when it has exited: it is still our zombie
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _start_helper(body: Callable[[], Any], allowance: int | None) -> _Helper:
    """Fork a helper that runs ``body()`` under ``allowance`` bytes of address space more than
    it starts with (``None``: the limit it inherits) and sends back what it returns. Whatever
    happens in it, it never returns into this process's code (``os._exit``)."""
    receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
    parent = os.getpid()
    # as frozen_for_fork, but a limited child's objects stay frozen as its parent left them:
    # gc.unfreeze() would thaw those too (only what this call froze is thawed)
    thaw = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        receiver.close()
        sender.close()
        raise
    finally:
        if thaw and os.getpid() == parent:
            gc.unfreeze()
    if pid == 0:  # the helper
        code = 1
        try:
            receiver.close()
            _die_with_parent()
            if os.getppid() == parent:  # else the parent died before the kernel was told
                if allowance is not None:
                    _limit_address_space(allowance)
                sender.send(("ok", body()))
                code = 0
        except BaseException:  # the parent does its items again itself
            pass
        finally:
            os._exit(code)
    sender.close()
    return _Helper(pid, receiver)


def _limit_address_space(allowance: int) -> int:
    """Lower this process's soft address-space limit to its size now plus ``allowance``;
    returns the soft limit it had."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (_vm_size() + allowance, hard))
    return soft


def _memory_allowance(processes: int) -> int | None:
    """Each process's share of the address space this one may still take (its soft
    ``RLIMIT_AS`` less its size now), ``None`` when there is no limit, 0 when nothing is left."""
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    size = _vm_size()
    if not size:
        return 0
    return max(0, soft - size) // processes


def split_work(
    count: int,
    work: Callable[[Iterator[int]], list[T]],
    *,
    processes: int,
    progress: Progress | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[T]:
    """``work`` over the items ``0 … count-1`` (a document's pages) in ``processes`` processes,
    this one and forked helpers, each taking the next item no process has taken yet (so a slow
    item keeps one core busy, not two idle). ``work(items)`` returns one result per item it took
    from ``items``, in that order; the results come back in item order. ``progress(done,
    count)`` is told in this process.

    The outcome is that of ``work(iter(range(count)))`` in this process, whatever happens: a
    helper that fails (an exception, a crash, its share of the memory) is forgotten and the
    items it took are done here; an exception here stops the helpers and the whole work is
    done again here, in item order, so the error raised is the one a single process raises.

    The limits hold for all the processes together: the address space this process may still
    take (``RLIMIT_AS``, set by the limited child) is shared out equally while they run, and
    given back whole to this process after; a helper dies with this process (the timeout of
    :func:`run_limited` kills both) and never writes to its pipe or its stdout.

    ``meanwhile()``, when given and a helper was started, runs in this process before it takes
    its first item, under its share of the memory: work the caller needs after the items and
    not for them (the extraction's imports, after a document's pages), done while the helpers
    take items instead of after the last, when this process would do it alone. The helpers
    take the items this process does not reach meanwhile. An exception in it is dropped: it
    only does early what the caller does later anyway, where the error is met as it would be.
    """
    processes = min(processes, count)
    allowance = _memory_allowance(processes) if processes > 1 and hasattr(os, "fork") else 0
    try:
        taken = _Taken(count) if processes > 1 and allowance != 0 else None
    except OSError:  # no shared memory or semaphore to be had (no /dev/shm)
        taken = None
    if taken is None:
        return work(_reported(range(count), count, progress))
    helpers: list[_Helper] = []
    restore: int | None = None
    results: dict[int, T] = {}
    try:
        for _ in range(processes - 1):
            try:
                helpers.append(_start_helper(lambda: _work_taken(work, taken), allowance))
            except OSError:  # no process to be had (EAGAIN, ENOMEM): fewer helpers
                break
        if allowance is not None:
            restore = _limit_address_space(allowance)
        if meanwhile is not None and helpers:
            with contextlib.suppress(Exception):
                meanwhile()
        try:
            mine = _work_taken(work, taken, progress)
        except Exception:
            mine = None
        if mine is None:  # the error a single process meets, met as it meets it
            _stop_all(helpers, restore)
            helpers, restore = [], None
            return work(_reported(range(count), count, progress))
        results.update(mine)
        for helper in helpers:
            results.update(helper.results() or ())
    finally:
        _stop_all(helpers, restore)
    missing = [i for i in range(count) if i not in results]
    if missing:  # a helper failed: its items done here, in order (an error is then ours)
        results.update(zip(missing, work(iter(missing)), strict=True))
    if progress is not None:
        progress(count, count)
    return [results[i] for i in range(count)]


def _stop_all(helpers: list[_Helper], restore: int | None) -> None:
    """Stop the helpers still running; give this process its whole address-space limit back."""
    for helper in helpers:
        if not helper.receiver.closed:
            helper.stop()
    if restore is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (restore, resource.getrlimit(resource.RLIMIT_AS)[1]))


# --------------------------------------------------------------------------- many documents


def default_jobs() -> int:
    """One child per core this process may use (``os.sched_getaffinity`` where there is one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass
class _Running:
    index: int
    what: str
    child: Any
    deadline: float | None


def run_many(
    works: list[tuple[str, Callable[[Progress | None], T]]],
    *,
    jobs: int | None = None,
    limits: Limits | None = None,
    costs: Sequence[float] | None = None,
    on_done: Callable[[int, T | PlancheckError], None] | None = None,
) -> Iterator[T | PlancheckError]:
    """Run each ``(what, work)`` in a limited child of its own, at most ``jobs`` at a time, and
    yield each result (or the :class:`PlancheckError` it ended in) in the order of ``works``, as
    soon as it and every one before it are done.

    Why children and not a pool: each document gets its own time and memory limit, and a child
    that hangs or blows up is killed without taking the others with it; what the parent loaded
    before (readers, word lists) is shared with every child by fork. Without fork, or with no
    limits at all, the documents are read one after the other in this process.

    ``costs`` (an estimate per work, e.g. its pages) starts the costliest first: were the
    longest document started last, one core would still be reading it while the others idle.
    The results are yielded in the order of ``works`` all the same; ``on_done(index, result)``
    is called with each as soon as it is there, in the order they finish (a survey keeps each
    plan's rows at once, to go on after an interrupt).
    """
    limits = limits or current()
    jobs = max(1, jobs or default_jobs())
    if (limits.timeout is None and limits.memory_mb is None) or not can_fork():
        for index, (what, work) in enumerate(works):
            outcome: T | PlancheckError
            try:
                outcome = work(None)
            except PlancheckError as exc:
                outcome = exc
            except MemoryError:
                outcome = InputError(_memory_message(what, limits))
            except Exception as exc:  # one broken document must not stop the others
                if os.environ.get("PLANCHECK_DEBUG"):
                    raise
                outcome = InputError(f"{what}: cannot be read ({crash_said(exc)}); is it damaged?")
            if on_done is not None:
                on_done(index, outcome)
            yield outcome
        return
    from multiprocessing.connection import wait as wait_for

    ctx = multiprocessing.get_context("fork")
    pending = list(enumerate(works))
    if costs is not None:
        pending.sort(key=lambda item: (-costs[item[0]], item[0]))  # costliest first, then in order
    pending.reverse()  # pop() from the end takes the first
    running: dict[Any, _Running] = {}
    done: dict[int, T | PlancheckError] = {}
    said: set[int] = set()  # the indexes given to on_done
    next_out = 0
    with _terminate_raises():
        try:
            while next_out < len(works):
                while pending and len(running) < jobs:
                    index, (what, work) = pending.pop()
                    receiver, sender = ctx.Pipe(duplex=False)
                    child = ctx.Process(
                        target=_child,
                        # one process each (split_work): ``--jobs`` says how many read at once
                        args=(sender, work, limits.memory_mb, False, os.getpid(), 1),
                        name="plancheck-read",
                        daemon=True,
                    )
                    _defer_stop_signals()
                    try:
                        with frozen_for_fork():
                            child.start()
                        sender.close()
                        deadline = None if limits.timeout is None else time.monotonic() + limits.timeout
                        running[receiver] = _Running(index, what, child, deadline)
                    finally:
                        _end_deferral()  # running now holds the child: the finally below kills it
                now = time.monotonic()
                wait = min([0.5, *(r.deadline - now for r in running.values() if r.deadline)])
                for receiver in wait_for(list(running), timeout=max(wait, 0)):
                    job = running[receiver]
                    try:
                        kind, *payload = receiver.recv()
                    except (EOFError, OSError):
                        done[job.index] = InputError(_died(job.what, job.child, limits))
                    else:
                        if kind == "progress":
                            continue
                        try:
                            done[job.index] = _outcome(kind, payload, job.what, limits)
                        except PlancheckError as exc:
                            done[job.index] = exc
                    _finish(running.pop(receiver), receiver)
                now = time.monotonic()
                for receiver, job in list(running.items()):
                    if job.deadline is not None and now >= job.deadline:
                        done[job.index] = InputError(
                            f"{job.what}: gave up after {limits.timeout:g} s (a very large or "
                            "damaged document?); raise the limit with --timeout"
                        )
                        _finish(running.pop(receiver), receiver)
                if on_done is not None:
                    for index in sorted(set(done) - said):
                        said.add(index)
                        on_done(index, done[index])
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
        finally:
            for receiver, job in running.items():
                _finish(job, receiver)


def _finish(job: _Running, receiver: Any) -> None:
    receiver.close()
    if job.child.is_alive():
        job.child.kill()
    job.child.join()
