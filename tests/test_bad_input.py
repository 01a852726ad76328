"""Input that must never break plancheck: each ends with ONE line on stderr and exit code 2 —
no traceback, no hang — and a run over several files goes on past a bad one. Output is
deterministic: the same input gives byte-identical JSON.

stderr is captured at the file-descriptor level (capfd), so a log line or a traceback printed
by the child process that reads the document would show here too.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from conftest import handmade_pdf

from plancheck.cli import main

REPO = Path(__file__).resolve().parents[1]
GOOD_PDF = REPO / "corpora" / "authored" / "planprogram-bolig" / "planprogram-bolig.pdf"
GOOD_DOCX = REPO / "corpora" / "authored" / "planprogram-bolig" / "planprogram-bolig.docx"
BAD = REPO / "corpora" / "defects" / "bad-input"
ENCRYPTED = BAD / "kryptert.pdf"  # password "hemmelig" (LibreOffice export with EncryptFile)
SCANNED = BAD / "skannet.pdf"  # one page that is only a picture
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PLANCHECK_TIMEOUT", raising=False)
    monkeypatch.delenv("PLANCHECK_MAX_MEMORY", raising=False)
    monkeypatch.delenv("PLANCHECK_DEBUG", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def run(capfd, *argv: str) -> tuple[int, str, str]:
    code = main([*argv])
    out, err = capfd.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    """What the user sees on stderr: exactly one line, plancheck's, no traceback."""
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert lines[0].startswith(("plancheck: feil: ", "plancheck: error: "))  # check: bokmål first
    return lines[0]


# --------------------------------------------------------------------------- making bad files


def pdf_bytes(stream: bytes | None = None, *, chunks: Iterable[bytes] | None = None) -> bytes:
    """A one-page PDF (Helvetica) with the given content stream (``chunks`` for a huge one)."""
    return handmade_pdf(chunks if chunks is not None else (stream or b""))


def write(dir_: Path, name: str, data: bytes) -> Path:
    path = dir_ / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- one bad file

CASES = {
    "empty.pdf": (lambda: b"", "the file is empty"),
    "empty.docx": (lambda: b"", "the file is empty"),
    "truncated.pdf": (lambda: GOOD_PDF.read_bytes()[: len(GOOD_PDF.read_bytes()) * 3 // 5], "truncated"),
    "damaged.pdf": (
        lambda: GOOD_PDF.read_bytes()[:20000] + GOOD_PDF.read_bytes()[-300:],
        "cannot be read",
    ),
    "image.pdf": (lambda: PNG, "not a PDF file; it is a PNG image"),
    "notes.pdf": (lambda: "Referat fra møtet i arbeidsgruppen\n".encode(), "not a PDF file; it is plain text"),
    "notes.txt": (lambda: b"Referat fra arbeidsgruppen\n", "not a plan document plancheck can read (PDF, DOCX or ODT); it is plain text"),
    "plan.docx": (lambda: b"this is not a Word file", "not a .docx file"),
    "plan.odt": (lambda: b"PK\x03\x04 broken zip", "not a .odt file"),
    "plan": (lambda: PNG, "not a plan document plancheck can read (PDF, DOCX or ODT); it is a PNG image"),
}


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gives_one_line_and_exit_2(name, command, capfd, isolated):
    make, says = CASES[name]
    path = write(isolated, name, make())
    code, out, err = run(capfd, command, str(path))
    line = one_error_line(err)
    assert code == 2
    assert str(path) in line
    assert says in line
    assert out == ""


@pytest.mark.parametrize("command", ["check", "extract"])
def test_missing_file_and_folder(command, capfd, isolated):
    code, _out, err = run(capfd, command, str(isolated / "finnes-ikke.pdf"))
    assert code == 2 and "no such file" in one_error_line(err)
    empty = isolated / "tom"
    empty.mkdir()
    code, _out, err = run(capfd, command, str(empty))
    assert code == 2
    line = one_error_line(err)
    if command == "check":  # a folder is the documents in it (issue 14); here there are none
        assert "the folder has no PDF, DOCX or ODT files" in line
    else:
        assert "not a file" in line or "is a directory" in line


@pytest.mark.parametrize("command", ["check", "extract"])
def test_password_protected_pdf(command, capfd):
    code, out, err = run(capfd, command, str(ENCRYPTED))
    line = one_error_line(err)
    assert code == 2 and out == ""
    assert "password-protected" in line and "--password" in line

    code, out, err = run(capfd, command, str(ENCRYPTED), "--password", "feil")
    assert code == 2 and "password given with --password is wrong" in one_error_line(err)

    code, out, err = run(capfd, command, str(ENCRYPTED), "--password", "hemmelig", "--format", "json")
    assert code in (0, 1), err
    assert err == ""
    plan = json.loads(out)
    plan = plan.get("plan", plan)
    assert [g["text"] for g in plan["goals"]] == ["Alle innbyggere skal ha en trygg og egnet bolig."]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_image_only_scan_says_run_ocr(command, capfd):
    """A scan has no text: say so and suggest OCR; never report an empty plan as compliant."""
    code, out, err = run(capfd, command, str(SCANNED))
    line = one_error_line(err)
    assert code == 2 and out == ""
    assert "no text layer" in line and "ocrmypdf" in line


# --------------------------------------------------------------------------- huge and pathological


def test_too_slow_pdf_is_given_up_after_the_timeout(capfd, isolated):
    """300 000 tiny text objects on one page: pdfplumber would take minutes; --timeout 2 ends it."""
    ops = b"".join(f"{(i % 100) * 5} {(i // 100) % 160 * 5} Td (x) Tj ".encode() for i in range(300_000))
    path = write(isolated, "mange-objekter.pdf", pdf_bytes(b"BT /F1 4 Tf " + ops + b"ET"))
    start = time.monotonic()
    code, out, err = run(capfd, "check", str(path), "--timeout", "2")
    elapsed = time.monotonic() - start
    line = one_error_line(err)
    assert code == 2 and out == ""
    assert "gave up after 2 s" in line and "--timeout" in line
    assert elapsed < 30


def test_decompression_bomb_is_stopped_by_the_memory_limit(capfd, isolated):
    """A content stream of 800 KB that inflates to 800 MB: --max-memory 200 stops it."""

    def chunks():
        yield b"BT /F1 12 Tf 72 720 Td (Bombe) Tj ET\n"
        for _ in range(800):
            yield b"%" + b" " * (1 << 20) + b"\n"

    path = write(isolated, "bombe.pdf", pdf_bytes(chunks=chunks()))
    start = time.monotonic()
    code, out, err = run(capfd, "extract", str(path), "--max-memory", "200")
    line = one_error_line(err)
    assert code == 2 and out == ""
    assert "needs more than 200 MB" in line and "--max-memory" in line
    assert time.monotonic() - start < 60


def test_limits_from_the_environment(capfd, isolated, monkeypatch):
    monkeypatch.setenv("PLANCHECK_TIMEOUT", "0.01")
    code, _out, err = run(capfd, "extract", str(GOOD_PDF))
    assert code == 2 and "gave up after 0.01 s" in one_error_line(err)
    monkeypatch.setenv("PLANCHECK_TIMEOUT", "ingen")
    code, _out, err = run(capfd, "extract", str(GOOD_PDF))
    assert code == 2 and "PLANCHECK_TIMEOUT" in one_error_line(err)


def test_limits_off_still_reads(capfd):
    code, out, err = run(capfd, "extract", str(GOOD_PDF), "--timeout", "0", "--max-memory", "0", "--format", "json")
    assert code == 0 and err == ""
    assert json.loads(out)["goals"]


# --------------------------------------------------------------------------- several files


def test_a_run_over_several_files_goes_on_past_bad_ones(capfd, isolated):
    good_a = shutil.copy(GOOD_PDF, isolated / "a.pdf")
    empty = write(isolated, "b.pdf", b"")
    image = write(isolated, "c.pdf", PNG)
    good_d = shutil.copy(GOOD_DOCX, isolated / "d.docx")
    code, out, err = run(capfd, "check", str(good_a), str(empty), str(image), str(good_d), "--format", "json",
                          "--lang", "en")
    assert code == 2  # a bad input wins over findings
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    assert lines == [
        f"plancheck: error: {empty}: the file is empty",
        f"plancheck: error: {image}: not a PDF file; it is a PNG image",
    ]
    results = json.loads(out)
    assert [r["plan"]["source"]["path"] for r in results] == [str(good_a), str(good_d)]


# --------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("doc", [GOOD_PDF, GOOD_DOCX], ids=["pdf", "docx"])
def test_same_input_gives_byte_identical_json(doc, capfd, isolated):
    path = shutil.copy(doc, isolated / doc.name)
    runs = []
    for argv in (
        ["extract", path, "--format", "json"],
        ["extract", path, "--format", "json"],
        ["check", path, "--format", "json", "--no-cache", "--as-of", "2025-09-15"],
        ["check", path, "--format", "json", "--no-cache", "--as-of", "2025-09-15"],
        ["check", path, "--format", "json", "--as-of", "2025-09-15"],  # fills the cache
        ["check", path, "--format", "json", "--as-of", "2025-09-15"],  # reads it
    ):
        code, out, err = run(capfd, *map(str, argv))
        assert code in (0, 1), err
        runs.append(out)
    assert runs[0] == runs[1]
    assert runs[2] == runs[3] == runs[4] == runs[5]
    assert json.loads(runs[2])["findings"]
