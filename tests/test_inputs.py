"""Document arguments: folders expand to the documents in them, ``-`` is standard input."""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile

import pytest
from conftest import ROOT

from plancheck.commands.inputs import document_suffix, expand_inputs
from plancheck.errors import InputError

PDF = ROOT / "corpora/authored/handlingsplan-oppvekst/handlingsplan-oppvekst.pdf"
DOCX = ROOT / "corpora/defects/utkast-oppvekst/utkast-oppvekst.docx"
ODT = next((ROOT / "corpora").rglob("*.odt"), None)


def test_a_folder_is_its_documents_sorted(tmp_path):
    for name in ("b.pdf", "A.docx", "c.odt", "notes.txt", ".hidden.pdf", "~$lock.docx", "d.PDF"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.pdf").mkdir()
    got = expand_inputs([tmp_path], stdin_dir=tmp_path / "in")
    assert [p.name for p in got] == ["A.docx", "b.pdf", "c.odt", "d.PDF"]


def test_files_stay_in_the_order_given(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.pdf").write_bytes(b"x")
    got = expand_inputs([PDF, tmp_path / "docs", DOCX], stdin_dir=tmp_path / "in")
    assert got == [PDF, tmp_path / "docs" / "x.pdf", DOCX]


def test_a_symlink_loop_in_a_folder_is_named_not_passed_over(tmp_path):
    """A plan's name on a link that leads nowhere (a loop, a missing target) is kept in the
    folder's list, and reading it is one clear line; a folder linked back into itself is no
    endless walk."""
    from plancheck.ingest.files import probe

    (tmp_path / "a.pdf").write_bytes(b"x")
    (tmp_path / "loop1.pdf").symlink_to(tmp_path / "loop2.pdf")
    (tmp_path / "loop2.pdf").symlink_to(tmp_path / "loop1.pdf")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    got = expand_inputs([tmp_path], stdin_dir=tmp_path / "in")
    assert [p.name for p in got] == ["a.pdf", "loop1.pdf", "loop2.pdf"]
    with pytest.raises(InputError, match="symbolic link that leads nowhere"):
        probe(tmp_path / "loop1.pdf")


def test_a_folder_without_documents_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no PDF, DOCX or ODT"):
        expand_inputs([tmp_path], stdin_dir=tmp_path / "in")


@pytest.mark.parametrize("source", [PDF, DOCX, ODT], ids=["pdf", "docx", "odt"])
def test_standard_input_gets_the_suffix_of_what_it_holds(source, tmp_path):
    if source is None:
        pytest.skip("no .odt in the corpora")
    (got,) = expand_inputs(["-"], stdin_dir=tmp_path, stdin=io.BytesIO(source.read_bytes()))
    assert got.suffix == source.suffix.lower()
    assert got.read_bytes() == source.read_bytes()
    assert document_suffix(got) == source.suffix.lower()


def test_standard_input_that_is_no_document(tmp_path):
    with pytest.raises(InputError, match="standard input: not a PDF"):
        expand_inputs(["-"], stdin_dir=tmp_path, stdin=io.BytesIO(b"hello"))


def test_cli_reads_a_folder_and_standard_input(tmp_path, monkeypatch, capsys):
    from plancheck.cli import main

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(DOCX, folder / "utkast.docx")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    cmd = ["check", "--format", "json", "--fail-on", "never"]
    stdin = io.TextIOWrapper(io.BytesIO(DOCX.read_bytes()))  # has .buffer and .close()
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main([*cmd, str(folder), "-"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["plan"]["source"]["format"] for r in results] == ["docx", "docx"]
    assert results[0]["findings"] == results[1]["findings"]
    assert list(temp.iterdir()) == []  # the copy of standard input is removed
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([*cmd, str(empty)]) == 2
    err = capsys.readouterr().err
    assert "the folder has no PDF, DOCX or ODT files" in err and "har ingen PDF-" in err
    assert "Traceback" not in err


def test_standard_input_is_named_as_given_in_the_report_and_the_error(tmp_path, monkeypatch, capsys):
    """The copy of standard input lives in a temporary folder that means nothing to the reader
    and changes every run: the report and the error line say ``-`` / "standard input"."""
    from plancheck.cli import main

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DOCX.read_bytes())))
    assert main(["check", "--format", "json", "--fail-on", "never", "-"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["plan"]["source"]["path"] == "-"
    assert "plancheck-stdin-" not in out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"%PDF-1.4 cut short")))
    assert main(["check", "--lang", "en", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("plancheck: error: standard input: ") and "plancheck-stdin-" not in err
