"""Many documents at once: ordered results from limited children, surveys local and on dask."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from conftest import AUTHORED

from plancheck import limits
from plancheck.cli import main
from plancheck.errors import InputError


def _work(i: int, sleep: float = 0.0):
    def work(_progress):
        if i == 2:
            raise InputError(f"doc{i}: bad")
        if sleep:
            time.sleep(sleep)
        return i * 10

    return work


def test_run_many_yields_in_input_order_whatever_finishes_first():
    works = [(f"doc{i}", _work(i, sleep=0.3 if i == 0 else 0.0)) for i in range(5)]
    with limits.applied(30, 512):
        out = list(limits.run_many(works, jobs=2))
    assert [o if not isinstance(o, InputError) else "bad" for o in out] == [0, 10, "bad", 30, 40]


def test_run_many_keeps_going_past_a_document_that_hangs():
    works = [("slow", _work(0, sleep=30)), ("fast", _work(1))]
    start = time.monotonic()
    with limits.applied(1, 512):
        out = list(limits.run_many(works, jobs=2))
    assert time.monotonic() - start < 10
    assert isinstance(out[0], InputError) and "gave up after 1 s" in str(out[0])
    assert out[1] == 10


def test_run_many_uses_both_cores_at_once():
    works = [(f"doc{i}", _work(i + 3, sleep=0.6)) for i in range(4)]
    with limits.applied(30, 512):
        start = time.monotonic()
        list(limits.run_many(works, jobs=1))
        one = time.monotonic() - start
        start = time.monotonic()
        list(limits.run_many(works, jobs=2))
        two = time.monotonic() - start
    assert two < one * 0.75, (one, two)


def test_run_many_starts_the_costliest_first_and_yields_in_input_order(tmp_path):
    """With one child at a time, the start order is visible: a file written by each work."""
    log = tmp_path / "started"

    def work(i):
        def run(_progress):
            with log.open("a") as fh:
                fh.write(f"{i}\n")
            return i

        return run

    works = [(f"doc{i}", work(i)) for i in range(4)]
    with limits.applied(30, 512):
        out = list(limits.run_many(works, jobs=1, costs=[1.0, 30.0, 1.0, 5.0]))
    assert out == [0, 1, 2, 3]
    assert log.read_text().split() == ["1", "3", "0", "2"]


def test_run_many_says_each_result_as_it_arrives_not_only_in_order():
    # a survey keeps each plan's rows the moment they are read (to go on after an interrupt):
    # the first plan in order may be the last one finished, the costliest being started first
    arrived = []
    works = [("slow", _work(1, sleep=1.5)), ("fast", _work(3))]
    with limits.applied(30, 0):
        it = limits.run_many(works, jobs=2, on_done=lambda i, out: arrived.append((i, out)))
        first = next(it)
    assert first == 10 and arrived[0] == (1, 30) and (0, 10) in arrived
    arrived.clear()
    with limits.applied(0, 0):  # in this process, one after the other
        assert list(limits.run_many(works, on_done=lambda i, out: arrived.append((i, out)))) == [10, 30]
    assert arrived == [(0, 10), (1, 30)]


def test_batch_costs_are_pages_or_size(tmp_path):
    from plancheck.pipeline import batch_costs

    doc = tmp_path / "a.docx"
    doc.write_bytes(b"x" * 100_000)
    pdf = tmp_path / "b.pdf"
    assert batch_costs([pdf, doc, tmp_path / "missing.odt"], {pdf: 12}) == [12.0, 2.0, 0.0]


def test_run_many_without_limits_reads_in_process():
    with limits.applied(0, 0):
        out = list(limits.run_many([("a", _work(1)), ("b", _work(2))], jobs=2))
    assert out[0] == 10 and isinstance(out[1], InputError)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("survey")
    for muni, slug in (("bergen", "temaplan-helse"), ("oslo", "handlingsplan-oppvekst")):
        (root / muni).mkdir()
        (root / muni / f"{slug}.pdf").write_bytes((AUTHORED / slug / f"{slug}.pdf").read_bytes())
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return root


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_survey_of_a_folder_gives_a_row_per_plan_and_per_finding(plans, tmp_path, capsys):
    out = tmp_path / "survey.csv"
    assert main(["survey", str(plans), "-o", str(out), "--jobs", "2"]) == 0
    rows = _rows(out)
    by_plan = [r for r in rows if r["row"] == "plan"]
    assert [(r["municipality"], r["plan"], r["status"]) for r in by_plan] == [
        ("bergen", "temaplan-helse.pdf", "ok"),
        ("", "broken.pdf", "error"),
        ("oslo", "handlingsplan-oppvekst.pdf", "ok"),
    ]
    oslo = by_plan[2]
    assert int(oslo["measures"]) == 22
    findings = [r for r in rows if r["row"] == "finding" and r["municipality"] == "oslo"]
    assert findings and all(r["rule"] and r["severity"] and r["page"] for r in findings)
    assert "3 plan(s)" in capsys.readouterr().err


def test_survey_writes_parquet(plans, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "survey.parquet"
    assert main(["survey", str(plans), "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert table.column("row").to_pylist().count("plan") == 3
    assert table.schema.field("measures").type == "int64"


def test_survey_on_a_dask_local_cluster_gives_the_same_rows(plans, tmp_path):
    pytest.importorskip("distributed")
    local, dask = tmp_path / "local.csv", tmp_path / "dask.csv"
    assert main(["survey", str(plans), "-o", str(local)]) == 0
    assert main(["survey", str(plans), "-o", str(dask), "--engine", "dask"]) == 0
    assert _rows(local) == _rows(dask)


def test_survey_reads_a_list_with_municipalities(plans, tmp_path):
    listing = tmp_path / "plans.csv"
    listing.write_text(
        "path,municipality\n"
        f"{plans / 'oslo' / 'handlingsplan-oppvekst.pdf'},Oslo kommune\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["survey", str(listing), "-o", str(out)]) == 0
    import json

    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["municipality"] for r in rows} == {"Oslo kommune"}


def test_survey_of_an_empty_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["survey", str(tmp_path), "-o", str(tmp_path / "x.csv")]) == 2
    assert "no plan documents" in capsys.readouterr().err


def test_extract_and_graph_use_the_check_cache(tmp_path, monkeypatch, capsys):
    """A plan extracted once is not read again by extract, graph or check."""
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("PLANCHECK_TIMEOUT", "0")  # read in this process, where the patch is
    monkeypatch.setenv("PLANCHECK_MAX_MEMORY", "0")
    pdf = AUTHORED / "handlingsplan-oppvekst" / "handlingsplan-oppvekst.pdf"
    assert main(["extract", str(pdf), "--format", "json", "-q"]) == 0
    first = capsys.readouterr().out
    assert list((tmp_path / "cache").rglob("*.json")), "extract wrote no cache entry"

    import plancheck.pipeline as pipeline

    def no_reading(*_a, **_k):
        raise AssertionError("read again despite the cache")

    monkeypatch.setattr(pipeline, "extract_plan", no_reading)
    assert main(["extract", str(pdf), "--format", "json", "-q"]) == 0
    assert capsys.readouterr().out == first
    assert main(["graph", str(pdf), "-q"]) == 0
    with pytest.raises(AssertionError, match="read again"):
        main(["extract", str(pdf), "--no-cache", "-q"])


def test_check_of_several_plans_reads_them_in_parallel_in_input_order(plans, tmp_path, capsys):
    """`plancheck check DIR --jobs 2`: every plan below the folder, results in path order, the
    broken one reported on stderr while the others are checked."""
    import json

    code = main(["check", str(plans), "--jobs", "2", "--format", "json", "--no-cache"])
    out, err = capsys.readouterr()
    assert code == 2  # the broken document wins over findings
    results = json.loads(out)
    assert [Path(r["plan"]["source"]["path"]).name for r in results] == [
        "temaplan-helse.pdf",
        "handlingsplan-oppvekst.pdf",
    ]
    assert "broken.pdf" in err


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "x.pdf", "--jobs", "0"])
    assert exc.value.code == 2
    assert "at least 1" in capsys.readouterr().err


def test_survey_csv_cells_from_a_plan_are_never_spreadsheet_formulas(tmp_path):
    from plancheck.survey import write_rows

    out = tmp_path / "rows.csv"
    write_rows(
        [{"row": "finding", "quote": '=HYPERLINK("http://x","klikk")', "message": "-1+2"}], out
    )
    rows = _rows(out)
    assert rows[0]["quote"].startswith("'=HYPERLINK")
    assert rows[0]["message"] == "'-1+2"
    assert rows[0]["row"] == "finding"


def test_survey_names_an_unreadable_file_by_its_hash_too(plans, tmp_path):
    # a researcher tells which version of a file failed (it may be fixed and surveyed again)
    import hashlib

    out = tmp_path / "survey.csv"
    assert main(["survey", str(plans), "-o", str(out), "--jobs", "1"]) == 0
    broken = next(r for r in _rows(out) if r["plan"] == "broken.pdf")
    assert broken["status"] == "error"
    assert broken["sha256"] == hashlib.sha256(b"%PDF-1.4 not really").hexdigest()


def test_an_interrupted_survey_goes_on_where_it_stopped(plans, tmp_path, monkeypatch, capsys):
    # a survey of a thousand plans is stopped (Ctrl-C, a killed job): the plans read so far are
    # kept beside the output, and the same command again reads only the rest
    import plancheck.survey as survey

    clean = tmp_path / "clean.csv"
    assert main(["survey", str(plans), "-o", str(clean), "--jobs", "1", "--timeout", "0", "--max-memory", "0"]) == 0
    real_one, read = survey.survey_one, []

    def stops_at_the_third(target, lang="nb"):
        if len(read) == 2:
            raise KeyboardInterrupt
        read.append(Path(target.path).name)
        return real_one(target, lang)

    monkeypatch.setattr(survey, "survey_one", stops_at_the_third)
    out = tmp_path / "survey.csv"
    args = ["survey", str(plans), "-o", str(out), "--jobs", "1", "--timeout", "0", "--max-memory", "0"]
    assert main(args) == 130  # interrupted
    assert "run the same command again" in capsys.readouterr().err
    assert not out.exists() and read == ["temaplan-helse.pdf", "broken.pdf"]
    read.clear()

    def counts(target, lang="nb"):
        read.append(Path(target.path).name)
        return real_one(target, lang)

    monkeypatch.setattr(survey, "survey_one", counts)
    assert main(args) == 0
    assert read == ["handlingsplan-oppvekst.pdf"]
    assert "2 of 3 plan(s) already read" in capsys.readouterr().err
    assert _rows(out) == _rows(clean)
    assert not list(tmp_path.glob("survey.csv.partial*"))  # done: nothing left to resume


def test_a_resumed_survey_reads_a_plan_again_when_its_file_changed(plans, tmp_path, monkeypatch):
    import plancheck.survey as survey

    root = tmp_path / "plans"
    root.mkdir()
    (root / "a.pdf").write_bytes((plans / "oslo" / "handlingsplan-oppvekst.pdf").read_bytes())
    (root / "b.pdf").write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "s.jsonl"
    args = ["survey", str(root), "-o", str(out), "--jobs", "1", "--timeout", "0", "--max-memory", "0"]
    real_one, read = survey.survey_one, []

    def stops_at_the_second(target, lang="nb"):
        if read:
            raise KeyboardInterrupt
        read.append(Path(target.path).name)
        return real_one(target, lang)

    monkeypatch.setattr(survey, "survey_one", stops_at_the_second)
    assert main(args) == 130
    (root / "a.pdf").write_bytes((plans / "bergen" / "temaplan-helse.pdf").read_bytes())  # replaced
    monkeypatch.setattr(survey, "survey_one", real_one)
    assert main(args) == 0
    import json

    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["plan"] == "a.pdf" and "helse" in (first["title"] or "").lower()


def test_a_survey_on_dask_reports_a_plan_that_crashes_its_reader_and_goes_on(plans, monkeypatch):
    # on a cluster worker there is no limited child to catch a library's crash: survey_one itself
    # gives the error row, so one hostile plan does not end the survey of the others
    import plancheck.checks.cache as cache
    from plancheck.survey import Target, survey_one

    def crashes(path, *a, **k):
        raise ZeroDivisionError("bytes of the file")

    monkeypatch.setattr(cache, "load_plan", crashes)
    rows = survey_one(Target(str(plans / "oslo" / "handlingsplan-oppvekst.pdf"), "oslo"))
    assert len(rows) == 1 and rows[0]["status"] == "error"
    assert "ZeroDivisionError" in rows[0]["error"] and "bytes of the file" not in rows[0]["error"]
    assert rows[0]["sha256"]


def test_a_survey_on_dask_holds_the_commands_limits_on_every_worker(plans, monkeypatch):
    # `plancheck survey --engine dask --timeout 30` : the limit is set in the command's process,
    # the plans are read on the workers; it must reach them with each plan
    import plancheck.survey as survey
    from plancheck.survey import Target, run_dask

    pytest.importorskip("distributed")
    import distributed

    seen = []

    class FakeClient:
        def __init__(self, *a, **k):
            pass

        def map(self, fn, items, **kwargs):
            class Done:
                def __init__(self, rows):
                    self.rows = rows

                def result(self):
                    return self.rows

            return [Done(fn(t, **{k: v for k, v in kwargs.items() if k != "pure"})) for t in items]

        def close(self):
            pass

    def records(target, lang="nb", limit=None):
        seen.append(limit)
        return [{"row": "plan", "path": target.path}]

    monkeypatch.setattr(distributed, "Client", FakeClient)
    monkeypatch.setattr(survey, "survey_one", records)
    with limits.applied(30, 512):
        list(run_dask([Target(str(plans / "broken.pdf"))], scheduler="tcp://nowhere:8786"))
    assert seen == [(30.0, 512)]


def test_survey_one_reads_under_the_limits_it_is_given(plans, tmp_path, monkeypatch):
    from plancheck.survey import Target, survey_one

    if not limits.can_fork():
        pytest.skip("limits need fork")
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))  # not read before
    target = Target(str(plans / "oslo" / "handlingsplan-oppvekst.pdf"), "oslo")
    rows = survey_one(target, limit=(0.01, 0))
    assert rows[0]["status"] == "error" and "gave up" in rows[0]["error"]


def test_the_local_cluster_a_survey_starts_lets_its_workers_read_under_limits():
    # `--engine dask` without --scheduler starts a LocalCluster; daemonic workers may not start
    # the limited child a plan is read in, so a hostile plan there had no time limit at all
    pytest.importorskip("distributed")
    from distributed import Client

    from plancheck.survey import local_cluster

    with local_cluster() as cluster, Client(cluster) as client:
        assert set(client.run(limits.can_fork).values()) == {True}


def test_a_missing_extra_names_an_install_that_gets_plancheck_itself(tmp_path, monkeypatch):
    """plancheck is not on a package index: 'pip install plancheck[survey]' would fetch whatever
    package answers to that name there. The messages name the install from plancheck's own
    source folder, as the README does."""
    import builtins

    from plancheck.errors import PlancheckError
    from plancheck.survey import run_dask, write_rows

    real_import = builtins.__import__

    def no_extras(name, *args, **kwargs):
        if name.split(".")[0] in ("pyarrow", "distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_extras)
    messages = []
    for attempt in (lambda: write_rows([], tmp_path / "r.parquet"), lambda: list(run_dask([], scheduler=None))):
        with pytest.raises(PlancheckError) as exc:
            attempt()
        messages.append(str(exc.value))
    for message in messages:
        assert "'.[survey]'" in message and "plancheck[survey]" not in message, message


def test_an_encrypted_plan_in_a_survey_names_a_remedy_the_survey_has(tmp_path):
    """The PDF reader's remedy 'give the password with --password' names an option survey
    does not take (a researcher who tried it got a usage error): the row says how to read that
    one plan instead."""
    from plancheck.survey import Target, _error_row

    target = Target(path=str(tmp_path / "kryptert.pdf"), municipality=None)
    row = _error_row(target, InputError(
        f"{target.path}: the PDF is password-protected; give the password with --password"))
    assert row["error"] == (
        f"{target.path}: the PDF is password-protected; a survey reads no encrypted plan: "
        "check it alone with plancheck check --password, or save a copy without the password"
    )
    other = _error_row(target, InputError(f"{target.path}: the file is empty"))
    assert other["error"] == f"{target.path}: the file is empty"


def test_jobs_sets_the_workers_of_the_local_cluster_a_dask_survey_starts(plans, tmp_path, monkeypatch):
    # `plancheck survey plans/ --engine dask --jobs 2`: a LocalCluster of two workers, each
    # reading one plan at a time, as --jobs means on the local engine; not left to dask's default
    pytest.importorskip("distributed")
    import distributed

    import plancheck.survey as survey

    made = []

    class FakeCluster:
        def __init__(self, **kwargs):
            made.append(kwargs)

        def close(self):
            pass

    class FakeClient:
        def __init__(self, *a, **k):
            pass

        def map(self, fn, items, **kwargs):
            class Done:
                def result(self):
                    return [{"row": "plan", "path": "x"}]

            return [Done() for _ in items]

        def close(self):
            pass

    monkeypatch.setattr(distributed, "LocalCluster", FakeCluster)
    monkeypatch.setattr(distributed, "Client", FakeClient)
    list(survey.run_dask([survey.Target(str(plans / "broken.pdf"))], scheduler=None, jobs=2))
    assert made and made[-1]["n_workers"] == 2 and made[-1]["threads_per_worker"] == 1
    list(survey.run_dask([survey.Target(str(plans / "broken.pdf"))], scheduler=None))
    assert "n_workers" not in made[-1]  # without --jobs, dask's own choice for this machine
