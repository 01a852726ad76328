"""The serial start and end of a check (issue 12, session 23): what runs before the reader child
is forked and after it has sent its result is on the critical path of every check."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from test_checks_support import goal, hide_installed_plugins, make_plan, measure, sample_plan

from plancheck import limits
from plancheck.cli import main
from plancheck.layout.words import Word

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    hide_installed_plugins(monkeypatch)
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def _limited_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = limits.run_limited

    def counted(work, *, what, **kwargs):
        calls.append(what)
        return real(work, what=what, **kwargs)

    monkeypatch.setattr(limits, "run_limited", counted)
    return calls


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
@pytest.mark.parametrize("fail_on", ["error", "warning", "never"])
def test_one_document_is_rendered_in_the_child_that_checks_it(isolated, monkeypatch, capsys, fmt, fail_on):
    """One document and no baseline: one limited child checks it and renders the report (no
    second child for the report, the result not sent back); the report and the exit code are
    those of the report rendered from the result sent back (a baseline holding nothing)."""
    plan = isolated / "plan.json"
    warned = make_plan([goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="Hver høst")])
    calls = _limited_calls(monkeypatch)
    for model in (sample_plan(str(plan)), warned):
        plan.write_text(model.model_dump_json(), encoding="utf-8")
        calls.clear()
        code = main(["check", "--format", fmt, "--fail-on", fail_on, str(plan)])
        out = capsys.readouterr().out
        assert calls == [str(plan)]

        (isolated / "nothing.json").write_text('{"findings": []}', encoding="utf-8")
        calls.clear()
        code_apart = main(["check", "--format", fmt, "--fail-on", fail_on, "--baseline", "nothing.json", str(plan)])
        out_apart = capsys.readouterr().out
        assert calls == [str(plan), "the report"]
        assert (code, out) == (code_apart, out_apart)


def test_a_baseline_is_still_applied_before_the_report(isolated, capsys):
    plan = isolated / "plan.json"
    plan.write_text(sample_plan(str(plan)).model_dump_json(), encoding="utf-8")
    assert main(["check", str(plan), "--write-baseline"]) == 0
    capsys.readouterr()
    assert main(["check", "--format", "json", str(plan)]) == 0  # the default baseline file: all adopted
    assert '"findings": []' in capsys.readouterr().out.replace("\n", "").replace("  ", "")


def test_the_command_ends_without_the_interpreters_teardown(tmp_path):
    """``python -m plancheck`` ends with the code ``main`` returned, its output written and the
    atexit handlers run, but not the teardown of every module and object (an object still
    referenced by a module at the end is not finalised)."""
    code = (
        "import atexit, sys\n"
        "class Kept:\n"
        "    def __del__(self):\n"
        "        print('torn down', flush=True)\n"
        "sys.modules['__main__'].kept = Kept()\n"
        "atexit.register(lambda: print('atexit ran', flush=True))\n"
        "from plancheck import cli\n"
        "sys.argv = ['plancheck', *sys.argv[1:]]\n"
        "cli.run()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "PLANCHECK_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code, "rules"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0
    assert "atexit ran" in done.stdout and "torn down" not in done.stdout
    assert len(done.stdout.splitlines()) > 3  # the rules listed: the output was flushed
    missing = subprocess.run(
        [sys.executable, "-c", code, "check", str(tmp_path / "none.pdf")], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert missing.returncode == 2 and "none.pdf" in missing.stderr


def test_a_word_pickles_as_its_fields_without_setstate(monkeypatch):
    """A helper's pages go back to the reader pickled: a word goes as the tuple of its fields
    (``dataclass(slots=True)``'s own state functions loop over the fields in Python)."""
    word = Word("Høringsfrist", 10.5, 20.25, 70.0, 31.5, 11.0, font="ABCDEF+Sans-Bold", bold=True,
                space_after=True, plain_colon=True, badge=True, tracking=0.75, turned=True)

    def no_setstate(self, state):
        raise AssertionError("unpickled field by field")

    monkeypatch.setattr(Word, "__setstate__", no_setstate, raising=False)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps([word, word], protocol=protocol))
        assert back == [word, word] and back[0] is back[1]


def test_the_goal_statement_pattern_is_the_same_in_every_process():
    """A pattern built from a set of words is the same whatever the process's hash seed, so
    that the compiled pattern kept by :mod:`plancheck.regexcache` is found again (one compiled
    anew in every process is never cached, and rewrites the notes file each time)."""
    code = "from plancheck.extract import goalstatements as g; print(g.GOAL_STATEMENT_RE.pattern, g.BODY_WILL_RE.pattern)"
    seen = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": str(seed)}
        seen.add(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout)
    assert len(seen) == 1
