"""Issue 13 faults 5, 6 and the out-of-memory message: --timeout and --max-memory hold for
reading, extraction, the rules and rendering; children die with plancheck on SIGTERM/SIGHUP.

The slow and greedy stages are stand-ins patched in before the child is forked (a real 1 MB
.docx with 400,000 paragraphs takes a minute to extract: too slow for CI)."""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hostile import docx_bytes, plan_json

from plancheck.cli import main


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))


def _slow(*_a, **_k):
    time.sleep(30)
    raise AssertionError("should have been stopped")


def _greedy(*_a, **_k):
    hog = [bytearray(50 * 1024 * 1024) for _ in range(40)]  # 2 GB
    raise AssertionError(f"should have been stopped ({len(hog)})")


def _docx(tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(["Handlingsplan", "Mål 1: Flere skal gå", "Tiltak: Gå mer"]))
    return path


@pytest.mark.parametrize("stage", ["extract", "rules", "render"])
def test_timeout_holds_after_reading(tmp_path, capfd, monkeypatch, stage):
    if stage == "extract":

        monkeypatch.setattr(importlib.import_module("plancheck.extract.plan"), "build_plan", _slow)
        argv = ["check", str(_docx(tmp_path)), "--no-cache"]
    elif stage == "rules":
        import plancheck.commands.check

        monkeypatch.setattr(plancheck.commands.check, "check_plan", _slow)
        (tmp_path / "p.json").write_bytes(plan_json("Mål"))
        argv = ["check", str(tmp_path / "p.json")]
    else:
        import plancheck.commands.check

        monkeypatch.setattr(plancheck.commands.check, "render", _slow)
        (tmp_path / "p.json").write_bytes(plan_json("Mål"))
        argv = ["check", str(tmp_path / "p.json")]
    start = time.monotonic()
    code = main([*argv, "--timeout", "3"])
    took = time.monotonic() - start
    _out, err = capfd.readouterr()
    assert code == 2 and took < 15, (took, err)
    assert "gave up after 3 s" in err and "--timeout" in err


def test_extract_command_timeout_covers_extraction(tmp_path, capfd, monkeypatch):

    monkeypatch.setattr(importlib.import_module("plancheck.extract.plan"), "build_plan", _slow)
    start = time.monotonic()
    code = main(["extract", str(_docx(tmp_path)), "--timeout", "3", "-q"])
    assert code == 2 and time.monotonic() - start < 15
    assert "gave up" in capfd.readouterr()[1]


def test_eval_takes_the_timeout_its_message_names(tmp_path, capfd, monkeypatch):
    """eval reads gold documents under the same limits: "raise the limit with --timeout" must
    be advice eval accepts."""
    monkeypatch.setattr(importlib.import_module("plancheck.extract.plan"), "build_plan", _slow)
    doc = _docx(tmp_path)
    (tmp_path / "plan.gold.yaml").write_text(
        f"document: {doc.name}\ngoals: []\nstrategies: []\nmeasures: []\n", encoding="utf-8"
    )
    start = time.monotonic()
    code = main(["eval", str(tmp_path), "--no-findings", "--timeout", "3"])
    assert code == 2 and time.monotonic() - start < 15
    assert "gave up after 3 s" in capfd.readouterr()[1]


@pytest.mark.parametrize("stage", ["extract", "rules"])
def test_memory_limit_holds_after_reading(tmp_path, capfd, monkeypatch, stage):
    if stage == "extract":

        monkeypatch.setattr(importlib.import_module("plancheck.extract.plan"), "build_plan", _greedy)
        argv = ["check", str(_docx(tmp_path)), "--no-cache"]
    else:
        import plancheck.commands.check

        monkeypatch.setattr(plancheck.commands.check, "check_plan", _greedy)
        (tmp_path / "p.json").write_bytes(plan_json("Mål"))
        argv = ["check", str(tmp_path / "p.json")]
    code = main([*argv, "--max-memory", "300"])
    _out, err = capfd.readouterr()
    assert code == 2, err
    assert "--max-memory" in err and len(err.strip().splitlines()) == 1


def test_child_dying_quietly_under_a_memory_limit_names_max_memory():
    from plancheck import limits

    def die(_report):
        os._exit(0)

    with pytest.raises(limits.InputError, match="--max-memory 500"):
        limits.run_limited(die, what="x.pdf", limits=limits.Limits(timeout=10, memory_mb=500))

    def segv(_report):
        os.kill(os.getpid(), signal.SIGSEGV)

    with pytest.raises(limits.InputError, match="out of memory under --max-memory 500"):
        limits.run_limited(segv, what="x.pdf", limits=limits.Limits(timeout=10, memory_mb=500))


def test_default_timeout_is_suited_to_ci():
    from plancheck import limits

    assert limits.DEFAULT_TIMEOUT <= 120


SLOW_RUN = """
import sys, time
import plancheck.extract.plan as p
def slow(*a, **k):
    time.sleep(60)
p.build_plan = slow
from plancheck.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux /proc/PID/task/TID/children",
)
@pytest.mark.parametrize(
    ("sig", "docs"),
    [(signal.SIGTERM, 1), (signal.SIGHUP, 1), (signal.SIGINT, 1), (signal.SIGTERM, 2)],
)
def test_child_dies_with_plancheck(tmp_path, sig, docs):
    doc = _docx(tmp_path)
    paths = [str(doc)]
    if docs == 2:  # several documents: one child each, read in parallel
        second = tmp_path / "second.docx"
        second.write_bytes(doc.read_bytes())
        paths.append(str(second))
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_RUN, "check", *paths, "--no-cache", "--timeout", "120"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        # as a user's shell starts it: a test run started in the background (nohup … &)
        # ignores SIGINT, and an ignored SIGINT would be inherited and stay ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    kids: list[int] = []
    while time.monotonic() < deadline and not kids:
        time.sleep(0.2)
        kids = _children(proc.pid)
    assert kids, "the reader child never started"
    time.sleep(0.5)
    proc.send_signal(sig)
    # well under the run's --timeout 120 and the child's 60 s: plancheck ends at once, not
    # when the child would finish
    _out, err = proc.communicate(timeout=30)  # stdout/stderr close: no child holds them
    assert proc.returncode in (128 + sig, -sig, 130), (proc.returncode, err)
    assert b"Traceback" not in err
    for kid in kids:
        assert not Path(f"/proc/{kid}").exists() or "zombie" in Path(f"/proc/{kid}/status").read_text()


def test_pdf_reference_loop_is_refused_at_once(tmp_path, capfd):
    """Object 2 is '3 0 R', object 3 is '2 0 R': pdfminer looped until --timeout."""
    from conftest import pdf_of_objects

    path = tmp_path / "loop.pdf"
    path.write_bytes(pdf_of_objects([b"<< /Type /Catalog /Pages 2 0 R >>", b"3 0 R", b"2 0 R"]))
    start = time.monotonic()
    code = main(["extract", str(path), "-q", "--timeout", "60"])
    _out, err = capfd.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert time.monotonic() - start < 30 and "gave up" not in err


def _sleeps(_progress):
    time.sleep(30)


@pytest.mark.parametrize("runner", ["run_many", "run_limited"])
def test_stop_signal_while_a_child_starts_still_kills_that_child(monkeypatch, runner):
    """SIGTERM right after fork, before the parent has noted its child: the child must be
    killed all the same (it would keep the command's output open for as long as it reads)."""
    import multiprocessing.context

    from plancheck import limits

    started = []
    real_start = multiprocessing.context.ForkProcess.start

    def start_then_signal(self):
        real_start(self)
        started.append(self)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", start_then_signal)
    lim = limits.Limits(timeout=60, memory_mb=None)
    # another thread is alive, as a progress bar's is: the kernel may hand it the signal
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        with pytest.raises(limits.Terminated):
            if runner == "run_many":
                list(limits.run_many([("a.pdf", _sleeps)], jobs=1, limits=lim))
            else:
                limits.run_limited(_sleeps, what="a.pdf", limits=lim)
    finally:
        stop.set()
    assert started
    started[0].join(5)
    assert not started[0].is_alive()


def test_ctrl_c_while_a_child_starts_waits_until_the_child_is_noted():
    """SIGINT during a child's start is kept, like SIGTERM, and raised as KeyboardInterrupt
    once the child is noted where the ``finally`` that kills it can see it. Raised at once,
    it left a started child nobody killed, holding plancheck's output open."""
    from plancheck import limits

    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT is not Python's default handler here")
    with limits._terminate_raises():
        limits._defer_stop_signals()
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler runs here
        except KeyboardInterrupt:
            limits._Deferral.active = False
            pytest.fail("Ctrl-C was raised during the deferral")
        with pytest.raises(KeyboardInterrupt):
            limits._end_deferral()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
