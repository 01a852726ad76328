"""Run attack-corpus cases as forked processes of one warm interpreter (a small fork server).

Starting ``python -m plancheck`` costs a second or more of imports per case; the corpus has
about 170 cases. This runner imports plancheck once, then forks a fresh process per case
(two at a time) that changes into the case's folder, points stdin at /dev/null and stdout and
stderr at files there, and runs ``plancheck.cli.main(argv)`` as the command line would. The
process is a plain fork of a single-threaded interpreter, not a multiprocessing worker, so
plancheck forks its own limited children exactly as in a real run. Cases whose environment
acts at interpreter start-up (PYTHONIOENCODING, the locale) are run as real processes by the
test instead.

``python tests/corpus_runner.py SPEC.json RESULTS.json``: SPEC is a list of
``{"id", "dir", "argv", "env"}``; RESULTS gets ``{"id", "code", "seconds", "max_rss_mb"}`` each.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
import traceback

PARALLEL = 2
KILL_AFTER = 60.0  # seconds: a watchdog far above any case's --timeout


def _warm() -> None:
    import plancheck.cli
    import plancheck.commands.check
    import plancheck.extract.plan
    import plancheck.ingest.docx
    import plancheck.ingest.odt
    import plancheck.ingest.pdf
    import plancheck.pipeline  # noqa: F401


def _child(case: dict) -> None:
    try:
        os.setsid()
        os.chdir(case["dir"])
        os.environ.update(case.get("env", {}))
        null = os.open(os.devnull, os.O_RDONLY)
        out = os.open(os.path.join(case["dir"], ".stdout"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        err = os.open(os.path.join(case["dir"], ".stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        for src, fd in ((null, 0), (out, 1), (err, 2)):
            os.dup2(src, fd)
            os.close(src)
        from plancheck.cli import main

        code = main(case["argv"])
        sys.stdout.flush()
        sys.stderr.flush()
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException:
        traceback.print_exc()
        code = 70
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
    os._exit(int(code or 0))


def run(spec: list[dict]) -> list[dict]:
    _warm()
    pending = list(reversed(spec))
    running: dict[int, tuple[dict, float]] = {}
    results = []
    while pending or running:
        while pending and len(running) < PARALLEL:
            case = pending.pop()
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(case)
            running[pid] = (case, time.monotonic())
        pid, status, usage = os.wait4(-1, os.WNOHANG)
        if pid == 0:
            now = time.monotonic()
            for other, (_case, start) in running.items():
                if now - start > KILL_AFTER:
                    with contextlib.suppress(OSError):
                        os.killpg(other, signal.SIGKILL)
            time.sleep(0.02)
            continue
        if pid not in running:
            continue
        case, start = running.pop(pid)
        results.append(
            {
                "id": case["id"],
                "code": os.waitstatus_to_exitcode(status),
                "seconds": time.monotonic() - start,
                "max_rss_mb": usage.ru_maxrss / 1024,
            }
        )
    return results


if __name__ == "__main__":
    spec_path, results_path = sys.argv[1:3]
    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)
    with open(results_path, "w", encoding="utf-8") as fh:
        json.dump(run(spec), fh)
