"""Issue 13: every case of the attack corpus (tests/attack_corpus.py) is handled.

Each case runs as its own process in its own folder, two at a time: forked from one warm
interpreter (tests/corpus_runner.py, so the suite does not pay a second of imports per case),
or, when its environment acts at interpreter start-up (PYTHONIOENCODING, the locale), as a
real ``python -m plancheck`` process. A case is
handled when: the exit code is 0, 1 or 2; stderr holds no traceback; it ends within
``--timeout`` + 5 s; its memory (the largest resident set of the process and its children)
stays under ``--max-memory`` plus the interpreter's own; stdout is valid for its format or
empty; neither stdout nor stderr holds a workflow command or a terminal control sequence that
plancheck did not write itself.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from attack_corpus import MAX_MEMORY, TIMEOUT, Case, cases

REPO = Path(__file__).resolve().parents[1]
BASE_MEMORY_MB = 450  # the interpreter with plancheck and its libraries loaded, and slack
#: a workflow command: "::" after leading whitespace, or the old "##[" anywhere
COMMAND_LINE = re.compile(r"^\s*::|##\[", re.M)
#: plancheck's own annotations in the github format
OWN_COMMAND = re.compile(r"^::(error|warning|notice) file=[^:\n]*,title=[^:\n]*::[^\n]*$")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@dataclass
class Outcome:
    case: Case
    code: int | None
    seconds: float
    max_rss_mb: float
    stdout: bytes
    stderr: bytes


def run_case(case: Case, root: Path) -> Outcome:
    folder = root / re.sub(r"[^A-Za-z0-9._-]", "_", case.name)
    case.write(folder)
    env = {**os.environ, "PLANCHECK_CACHE_DIR": str(folder / ".cache"), **case.env}
    env.pop("PLANCHECK_DEBUG", None)
    out_path, err_path = folder / ".stdout", folder / ".stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "plancheck", *case.argv],
            cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            start_new_session=True,
        )
        # a watchdog: the case fails on time anyway, but must not hold the suite
        timer = threading.Timer(TIMEOUT + 30, lambda: os.killpg(proc.pid, signal.SIGKILL))
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Outcome(case, proc.returncode, seconds, usage.ru_maxrss / 1024,
                   out_path.read_bytes(), err_path.read_bytes())


def valid_stdout(fmt: str, out: str) -> str | None:
    """None when ``out`` is valid for ``fmt`` (or empty); else what is wrong."""
    if not out:
        return None
    try:
        if fmt in ("json", "sarif"):
            json.loads(out)
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
    except (ValueError, ET.ParseError) as exc:
        return f"not valid {fmt}: {exc}"
    if fmt == "github":
        lines = out.splitlines()
        theirs = [ln for ln in lines if COMMAND_LINE.search(ln) and not OWN_COMMAND.match(ln)]
        if theirs:
            return f"a workflow command not plancheck's: {theirs[0][:120]!r}"
        if any(CONTROL.search(ln) for ln in lines):
            return "a control character"
        return None
    if COMMAND_LINE.search(out):
        return f"a workflow command: {COMMAND_LINE.search(out).group(0)!r}"
    if CONTROL.search(out):
        return f"a control character: {CONTROL.search(out).group(0)!r}"
    return None


def problems(o: Outcome) -> list[str]:
    found = []
    if o.code not in (0, 1, 2):
        found.append(f"exit code {o.code}")
    err = o.stderr.decode("utf-8", "replace")
    if "Traceback" in err:
        found.append("a traceback on stderr")
    if o.seconds > TIMEOUT + 5:
        found.append(f"took {o.seconds:.1f} s (limit {TIMEOUT} + 5)")
    if o.max_rss_mb > MAX_MEMORY + BASE_MEMORY_MB:
        found.append(f"used {o.max_rss_mb:.0f} MB")
    if COMMAND_LINE.search(err) or CONTROL.search(err):
        found.append(f"stderr carries a command or control character: {err[:200]!r}")
    try:
        out = o.stdout.decode("utf-8")
    except UnicodeDecodeError:
        found.append("stdout is not UTF-8")
    else:
        bad = valid_stdout(o.case.fmt, out)
        if bad:
            found.append(f"stdout: {bad}")
    return found


def test_the_corpus_is_large_enough():
    assert len(cases()) >= 150


STARTUP_ENV = ("PYTHONIOENCODING", "LC_ALL", "LANG", "LC_CTYPE")


def run_forked(batch: list[Case], root: Path) -> list[Outcome]:
    spec = []
    for i, case in enumerate(batch):
        folder = root / f"{i:03d}-{re.sub(r'[^A-Za-z0-9._-]', '_', case.name)}"
        case.write(folder)
        env = {"PLANCHECK_CACHE_DIR": str(folder / ".cache"), **case.env}
        spec.append({"id": i, "dir": str(folder), "argv": case.argv, "env": env})
    spec_file, results_file = root / "spec.json", root / "results.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PLANCHECK_DEBUG"}
    subprocess.run(
        [sys.executable, str(Path(__file__).with_name("corpus_runner.py")), str(spec_file),
         str(results_file)],
        check=True, env=env, timeout=1800, cwd=root,
    )
    outcomes = []
    for r in json.loads(results_file.read_text(encoding="utf-8")):
        folder = Path(spec[r["id"]]["dir"])
        outcomes.append(Outcome(batch[r["id"]], r["code"], r["seconds"], r["max_rss_mb"],
                                (folder / ".stdout").read_bytes(), (folder / ".stderr").read_bytes()))
    return outcomes


@pytest.mark.skipif(os.name != "posix", reason="the corpus uses fork, FIFOs and wait4")
def test_every_attack_is_handled(tmp_path):
    all_cases = cases()
    startup = [c for c in all_cases if set(c.env) & set(STARTUP_ENV)]
    forked = [c for c in all_cases if c not in startup]
    (tmp_path / "forked").mkdir()
    outcomes = run_forked(forked, tmp_path / "forked")
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes += list(pool.map(lambda c: run_case(c, tmp_path / "real"), startup))
    assert len(outcomes) == len(all_cases)
    failed = {o.case.name: problems(o) for o in outcomes if problems(o)}
    slowest = sorted(outcomes, key=lambda o: -o.seconds)[:3]
    largest = max(outcomes, key=lambda o: o.max_rss_mb)
    print("slowest:", [(o.case.name, round(o.seconds, 1)) for o in slowest],
          "largest:", largest.case.name, round(largest.max_rss_mb), "MB")
    assert not failed, json.dumps(failed, indent=1, ensure_ascii=True)[:6000]
