"""One document's pages in several processes (``limits.split_work``, issue 12): the same result
and the same errors as one process, whatever a helper does, and the limits held by all of them
together."""

from __future__ import annotations

import os
import resource
import signal
import time
from pathlib import Path

import pytest

from plancheck import limits
from plancheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def _squares(items, *, pause: float = 0.0, fail=None):
    """A stand-in for the layout of pages: one result per item taken, each with the pid of the
    process that made it; ``fail(item)`` may raise or end the process."""
    out = []
    for i in items:
        if fail is not None:
            fail(i)
        if pause:
            time.sleep(pause)
        out.append((i * i, os.getpid()))
    return out


@pytest.mark.parametrize(("count", "processes"), [(0, 2), (1, 2), (2, 2), (7, 2), (12, 3), (5, 1)])
def test_results_in_item_order(count, processes):
    results = limits.split_work(count, _squares, processes=processes)
    assert [r for r, _pid in results] == [i * i for i in range(count)]


def test_helpers_take_items_of_their_own():
    results = limits.split_work(8, lambda items: _squares(items, pause=0.05), processes=2)
    pids = {pid for _r, pid in results}
    assert [r for r, _pid in results] == [i * i for i in range(8)]
    assert os.getpid() in pids and len(pids) == 2  # a slow item each: both processes took some


def test_a_failing_helper_is_forgotten_and_its_items_done_here():
    me = os.getpid()

    def fail(_item):
        if os.getpid() != me:
            raise RuntimeError("only in a helper")

    results = limits.split_work(6, lambda items: _squares(items, pause=0.02, fail=fail), processes=2)
    assert results == [(i * i, me) for i in range(6)]


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_a_helper_that_dies_is_forgotten_and_its_items_done_here(how):
    me = os.getpid()

    def die(_item):
        if os.getpid() != me:
            if how == "exit":
                os._exit(3)
            os.kill(os.getpid(), signal.SIGKILL)

    results = limits.split_work(6, lambda items: _squares(items, pause=0.02, fail=die), processes=2)
    assert results == [(i * i, me) for i in range(6)]


def test_an_error_is_the_one_a_single_process_meets():
    """Items 3 and later fail, each with its own message: whichever process meets one first,
    the error raised is item 3's, as when one process does the items in order."""

    def fail(item):
        if item >= 3:
            raise ValueError(f"item {item}")

    for processes in (1, 2, 3):
        with pytest.raises(ValueError, match=r"^item 3$"):
            limits.split_work(9, lambda items: _squares(items, pause=0.01, fail=fail), processes=processes)


def test_progress_counts_up_to_all_items():
    seen = []
    limits.split_work(6, lambda items: _squares(items, pause=0.01), processes=2, progress=lambda d, n: seen.append((d, n)))
    assert seen[-1] == (6, 6)
    assert all(n == 6 for _d, n in seen) and [d for d, _n in seen] == sorted(d for d, _n in seen)


def _allowances(items):
    """Each item: the room under this process's address-space limit (soft limit less size)."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    room = soft - limits._vm_size()
    return [(room, os.getpid()) for _ in _squares(items, pause=0.05)]


def test_memory_allowance_is_shared_and_given_back():
    """Under --max-memory, the processes together may take what the one could, no more; the
    whole allowance is this process's again afterwards."""

    def work(_report):
        before = resource.getrlimit(resource.RLIMIT_AS)
        room = before[0] - limits._vm_size()
        results = limits.split_work(4, _allowances, processes=2)
        return room, results, before, resource.getrlimit(resource.RLIMIT_AS)

    room, results, before, after = limits.run_limited(work, what="test", limits=limits.Limits(60, 512))
    rooms = {pid: r for r, pid in results}
    assert len(rooms) == 2
    assert all(r <= room // 2 + 16 * 1024 * 1024 for r in rooms.values())  # a share each (a little slack
    # for what each process allocated before it was asked)
    assert after == before


def test_a_helper_dies_with_the_timeout(tmp_path):
    """The timeout of the document kills its helpers too: nothing is left reading."""
    pids = tmp_path / "pids"

    def hang(items):
        for _i in items:
            with pids.open("a") as fh:
                fh.write(f"{os.getpid()}\n")
            time.sleep(60)
        return []

    # 4 s: time for both helpers to start and say so on a loaded machine (at 2 s a machine running
    # twenty processes on two cores could time out before either helper had written its pid)
    with pytest.raises(InputError, match="gave up after 4 s"):
        limits.run_limited(lambda _r: limits.split_work(2, hang, processes=2), what="doc", limits=limits.Limits(4, 512))
    started = {int(line) for line in pids.read_text().split()}
    assert len(started) == 2
    deadline = time.monotonic() + 5
    while any(_running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in started)


def _running(pid: int) -> bool:
    """The process exists and is not a zombie (an orphan's zombie waits for init to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_split_cores_in_limited_children(monkeypatch):
    """A single document's child may use every idle core; a batch's children one each
    (``--jobs 1`` is one process at a time)."""
    monkeypatch.setattr(limits, "idle_cores", lambda _share=0.5: limits.default_jobs() - 1)  # an idle machine
    assert limits.split_cores() == 1  # outside a limited child: nothing is forked
    assert limits.run_limited(lambda _r: limits.split_cores(), what="one") == limits.default_jobs()
    for jobs in (1, 2):
        works = [(str(k), lambda _r: limits.split_cores()) for k in range(2)]
        assert list(limits.run_many(works, jobs=jobs)) == [1, 1]
    monkeypatch.setattr(limits, "idle_cores", lambda _share=0.5: 8)
    with limits.split_allowed(3):
        assert limits.split_cores() == 3
    assert limits.split_cores() == 1


def test_no_helper_where_no_core_is_idle(monkeypatch):
    """Other work holds every other core: a helper would only wait for it, so none is forked."""
    monkeypatch.setattr(limits, "idle_cores", lambda _share=0.5: 0)
    assert limits.run_limited(lambda _r: limits.split_cores(), what="one") == 1


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.mark.skipif(limits.default_jobs() < 2, reason="one core: nothing to split over")
def test_idle_cores_are_what_was_idle_since_the_start_not_the_instants_count(monkeypatch):
    """Cores idle on average since the process started count, whatever runs at the instant of
    asking (on two cores one other runnable process then kept a document in one process), and
    a core held by other work since the start does not."""
    import multiprocessing

    cores = limits.default_jobs()
    started = (1000, 10000)
    monkeypatch.setattr(limits, "_STARTED", started, raising=False)
    ctx = multiprocessing.get_context("fork")
    busy = [ctx.Process(target=_spin, args=(3.0,)) for _ in range(cores)]
    for p in busy:
        p.start()
    try:
        time.sleep(0.2)  # running: the instant's count sees every core taken
        # one core idle on average since the start (this process worked on another)
        monkeypatch.setattr(limits, "_cpu_times", lambda: (1000 + 100, 10000 + 100 * cores), raising=False)
        assert limits.idle_cores() == 1
        # (run_limited samples the start itself: the child then sees the ticks after it)
        later = iter([started, (1000 + 100, 10000 + 100 * cores)])
        monkeypatch.setattr(limits, "_cpu_times", lambda: next(later), raising=False)
        assert limits.run_limited(lambda _r: limits.split_cores(), what="one") == 2
        monkeypatch.setattr(limits, "_STARTED", started, raising=False)
        # a third of a core idle: under the half a core that counts (LayoutSettings.split_idle_share)
        monkeypatch.setattr(limits, "_cpu_times", lambda: (1000 + 33, 10000 + 100 * cores), raising=False)
        assert limits.idle_cores() == 0
        assert limits.idle_cores(0.3) == 1
    finally:
        for p in busy:
            p.kill()
            p.join()


@pytest.mark.skipif(limits.default_jobs() < 2, reason="one core: nothing to split over")
def test_idle_cores_are_measured_from_the_start_of_the_documents_child(monkeypatch):
    """The idle time counts from when the document's limited child is started, not from when
    the process loaded plancheck: a server (or a shell that ran other work first) started long
    before, when the other cores were busy, must not keep a document on one core now that
    they are idle."""
    cores = limits.default_jobs()
    # busy since the import: 40,000 ticks of which 100 idle
    monkeypatch.setattr(limits, "_STARTED", (100, 10000), raising=False)
    # at the child's start, then while it reads: every other core idle since the child started
    samples = iter([(100, 10000 + 40000 * cores), (100 + 100 * (cores - 1), 10000 + 40000 * cores + 100 * cores)])
    monkeypatch.setattr(limits, "_cpu_times", lambda: next(samples), raising=False)
    assert limits.run_limited(lambda _r: limits.idle_cores(), what="one") == cores - 1


def test_cpu_times_of_this_machine():
    times = limits._cpu_times()
    if times is not None:  # Linux
        idle, total = times
        assert 0 <= idle <= total


def test_a_page_is_taken_when_the_one_before_is_laid_out(monkeypatch):
    """Processes sharing a document's pages each take the next page only when they have laid out
    their last: a reader that took all the numbers first left the other process none."""
    from plancheck.layout import document

    events = []
    layout_page = document.layout_page

    def noted(number, *args, **kwargs):
        events.append(("laid", number - 1))
        return layout_page(number, *args, **kwargs)

    def numbers():
        for i in range(3):
            events.append(("taken", i))
            yield i

    monkeypatch.setattr(document, "layout_page", noted)
    path = ROOT / "corpora" / "authored" / "handlingsplan-oppvekst" / "handlingsplan-oppvekst.pdf"
    pages = document.read_pages(path, numbers=numbers())
    assert [p.number for p in pages] == [1, 2, 3]
    assert events == [("taken", 0), ("laid", 0), ("taken", 1), ("laid", 1), ("taken", 2), ("laid", 2)]


@pytest.mark.parametrize("name", ["handlingsplan-oppvekst", "samfunnsdel-bokmal", "orientering-slides"])
def test_a_pdf_read_in_several_processes_is_the_same_document(name):
    from plancheck.ingest.pdf import read_pdf
    from plancheck.layout.settings import LayoutSettings

    path = ROOT / "corpora" / "authored" / name / f"{name}.pdf"
    every_page = LayoutSettings(pages_per_process=1)
    one = read_pdf(path, processes=1, settings=every_page).model_dump_json()
    assert read_pdf(path, processes=2, settings=every_page).model_dump_json() == one
    assert read_pdf(path, processes=3, settings=every_page).model_dump_json() == one


def test_no_shared_memory_means_one_process(monkeypatch):
    def unavailable(_count):
        raise OSError("no /dev/shm")

    monkeypatch.setattr(limits, "_Taken", unavailable)
    results = limits.split_work(4, _squares, processes=2)
    assert results == [(i * i, os.getpid()) for i in range(4)]
