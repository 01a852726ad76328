"""The collector around a command's imports and at the end of plancheck's own process
(:func:`plancheck.cli._uncollected_imports`, :func:`plancheck.cli.main`)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from plancheck import cli


@pytest.fixture
def thawed():
    """Every test starts and ends with nothing frozen and the collector on."""
    gc.unfreeze()
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not was:
        gc.disable()


def test_no_collection_inside_and_collector_back_after(thawed):
    with cli._uncollected_imports(program=False):
        assert not gc.isenabled()
        made = [[] for _ in range(10)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # a library caller's objects are left collectable
    assert made


def test_program_freezes_what_the_imports_made(thawed):
    with cli._uncollected_imports(program=True):
        made = [{"n": i} for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)


def test_a_disabled_collector_stays_disabled(thawed):
    gc.disable()
    with cli._uncollected_imports(program=False):
        pass
    assert not gc.isenabled()


def test_collector_back_after_an_error_in_the_imports(thawed):
    with pytest.raises(RuntimeError), cli._uncollected_imports(program=False):
        raise RuntimeError("an import failed")
    assert gc.isenabled()


def test_main_with_argv_leaves_nothing_frozen(thawed, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert "plancheck" in capsys.readouterr().out
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_program_run_freezes_before_the_end():
    """``main()`` reading ``sys.argv`` (the console script, ``python -m``) ends with every
    object frozen, so the interpreter's exit walks none of them (the imports' freeze is
    switched off here, so what is frozen at the end was frozen by the end of ``main``)."""
    code = (
        "import contextlib, gc, sys\n"
        "from plancheck import cli\n"
        "cli._uncollected_imports = lambda program: contextlib.nullcontext()\n"
        "sys.argv = ['plancheck', 'rules']\n"
        "rc = cli.main()\n"
        "print(rc, gc.get_freeze_count() > 1000, gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-3:] == ["0", "True", "True"]


def test_library_run_freezes_nothing():
    code = (
        "import gc, sys\n"
        "from plancheck import cli\n"
        "rc = cli.main(['rules'])\n"
        "print(rc, gc.get_freeze_count(), gc.isenabled())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-3:] == ["0", "0", "True"]
