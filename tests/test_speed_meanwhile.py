"""The work a check does after reading, done while helpers lay out the pages (issue 12).

When a document's pages are split over processes (``limits.split_work``), the process that
will extract the plan runs ``meanwhile`` - the extractor's imports - while the helpers take
the first pages, instead of after the last page on its own; a single document's parent no
longer imports the extractor before forking its child. The results must be those of the work
without it, whatever ``meanwhile`` does."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plancheck import limits

ROOT = Path(__file__).resolve().parent.parent


def _squares(items, *, pause: float = 0.0, seen: list | None = None):
    """A stand-in for the layout of pages: one result per item, with the pid that made it."""
    out = []
    for i in items:
        if seen is not None:
            seen.append(("item", i))
        time.sleep(pause)
        out.append((i * i, os.getpid()))
    return out


def test_meanwhile_runs_here_before_this_process_takes_an_item():
    seen: list = []
    results = limits.split_work(
        6,
        lambda items: _squares(items, pause=0.02, seen=seen),
        processes=2,
        meanwhile=lambda: seen.append(("meanwhile", os.getpid())),
    )
    assert [r for r, _pid in results] == [i * i for i in range(6)]
    # (the helper's own list is its copy: only this process's events are here)
    assert seen[0] == ("meanwhile", os.getpid())
    assert sum(1 for kind, _ in seen if kind == "meanwhile") == 1


def test_the_helpers_take_the_items_this_process_does_not_reach_meanwhile():
    results = limits.split_work(
        6, lambda items: _squares(items, pause=0.01), processes=2, meanwhile=lambda: time.sleep(1.0)
    )
    assert [r for r, _pid in results] == [i * i for i in range(6)]
    # 60 ms of items against a second's wait: the helper has taken them all
    assert os.getpid() not in {pid for _r, pid in results}


def test_an_error_meanwhile_changes_nothing():
    def fail():
        raise MemoryError("the imports did not fit")

    results = limits.split_work(5, _squares, processes=2, meanwhile=fail)
    assert [r for r, _pid in results] == [i * i for i in range(5)]


def test_no_helper_no_meanwhile():
    called = []
    results = limits.split_work(4, _squares, processes=1, meanwhile=lambda: called.append(1))
    assert [r for r, _pid in results] == [i * i for i in range(4)]
    assert called == []  # nothing to overlap: the caller does the work where it always did


def test_the_extractor_is_warmed_while_a_pdf_is_read(monkeypatch, tmp_path):
    """``extract_plan`` hands the reader the extractor's imports as its ``meanwhile``."""
    import plancheck.ingest.pdf as pdf
    from plancheck import pipeline

    given = []
    real = pdf.read_pdf

    def read_pdf(path, **kwargs):
        given.append(kwargs.get("meanwhile"))
        return real(path, **kwargs)

    monkeypatch.setattr(pdf, "read_pdf", read_pdf)
    monkeypatch.setenv("PLANCHECK_TIMEOUT", "0")
    monkeypatch.setenv("PLANCHECK_MAX_MEMORY", "0")
    src = ROOT / "corpora" / "authored" / "oppvekst-brosjyre" / "oppvekst-brosjyre.pdf"
    pipeline.extract_plan(src)
    assert given == [pipeline._warm_extraction]


def _function_imports(module: str) -> set[str]:
    """The plancheck modules ``module`` imports inside its functions."""
    tree = ast.parse((ROOT / Path(*module.split("."))).with_suffix(".py").read_text(encoding="utf-8"))
    found = set()
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("plancheck"):
                    found.add(node.module)
                elif isinstance(node, ast.Import):
                    found.update(a.name for a in node.names if a.name.startswith("plancheck"))
    return found


def _lazy_imports() -> set[str]:
    """The plancheck modules extract/plan.py imports inside its functions and, in turn, the
    extraction and language modules those import inside theirs (a table reader's calendar or
    RACI reader, the owner matcher's tokenizer): what a first ``build_plan`` may import."""
    found: set[str] = set()
    todo = ["plancheck.extract.plan"]
    while todo:
        module = todo.pop()
        for name in _function_imports(module) - found:
            found.add(name)
            if name.startswith(("plancheck.extract.", "plancheck.lang.")):
                todo.append(name)
    return found


def _fresh(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return out.stdout


def test_warm_up_imports_every_module_build_plan_imports_later():
    from plancheck.extract.plan import LAZY_MODULES

    loaded = set(_fresh("import sys, plancheck.extract.plan; print(*sys.modules)").split())
    missing = _lazy_imports() - loaded - set(LAZY_MODULES)
    assert not missing, f"add to LAZY_MODULES: {sorted(missing)}"
    assert "plancheck.extract.calendargrid" in LAZY_MODULES  # reached through the table reader
    after = set(_fresh(
        "import sys, plancheck.extract.plan as p; p.warm_up(); print(*sys.modules)"
    ).split())
    assert set(LAZY_MODULES) <= after


def test_warm_up_reads_the_owner_tokenizers_rules_once():
    # the first owner cell of a plan would read them (all five languages) after the last page
    out = _fresh(
        "import plancheck.extract.plan as p; from plancheck.lang import tokenizer as t; "
        "p.warm_up(); a = t._data.cache_info().currsize; t.rules('nb'); t.rules('en'); "
        "print(a, t._data.cache_info().misses)"
    )
    assert out.split() == ["1", "1"]


@pytest.mark.parametrize("several", [False, True])
def test_one_documents_parent_leaves_the_extractor_to_its_child(several):
    pdf = ROOT / "corpora" / "authored" / "oppvekst-brosjyre" / "oppvekst-brosjyre.pdf"
    paths = f"[Path({str(pdf)!r})]" + (" * 2" if several else "")
    out = _fresh(
        "import sys; from pathlib import Path; from plancheck.pipeline import prepare; "
        f"prepare({paths}); print('plancheck.extract.plan' in sys.modules)"
    )
    # a batch's children share the parent's import; one document's child imports it itself
    assert out.strip() == str(several)
