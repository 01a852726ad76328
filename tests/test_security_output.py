"""Issue 13, faults 1-2: text from an untrusted document never becomes a workflow command in
a CI log, a terminal control sequence, or broken XML; stderr messages stay one line.

Every input here is built in the test (tests/hostile.py)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hostile import PAYLOADS, pdf_with_lines, plan_json, plan_lines

from plancheck.cli import main
from plancheck.report.sanitize import for_log, for_terminal, for_xml, one_line

#: what the GitHub runner takes as a command: "::" after leading whitespace, or "##[" anywhere
COMMAND_LINE = re.compile(r"^\s*::|##\[", re.M)
#: what a terminal acts on: C0 controls other than newline and tab, DEL, C1 controls
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the repository root: no configuration from elsewhere


def test_sanitize_units():
    assert for_terminal("a\x1b[2Jb\nc\td") == "a\u241b[2Jb\nc\td"
    assert for_terminal("\x9b31m") == "\ufffd31m"
    assert not COMMAND_LINE.search(for_log("x\n  ::error::y\n##[set-output]"))
    assert for_log("a: ::b") == "a: ::b"  # only a command at the start of a line is one
    assert len(for_log("::error::x\x1b")) == len("::error::x\x1b")  # one for one: rich spans hold
    assert "\n" not in one_line("a\nb\rc\u2028d")
    ET.fromstring(f"<a b='{for_xml(chr(0) + chr(0xB) + chr(0xFFFF))}'>{for_xml(chr(0x1B))}</a>")


@pytest.mark.parametrize("name", sorted(PAYLOADS))
@pytest.mark.parametrize("fmt", ["text", "github", "junit", "json", "sarif"])
def test_report_formats_carry_no_commands_or_controls(tmp_path, capfd, name, fmt):
    plan = tmp_path / "plan.json"
    plan.write_bytes(plan_json(PAYLOADS[name]))
    code = main(["check", str(plan), "--format", fmt])
    out, err = capfd.readouterr()
    assert code == 1, err
    assert "Traceback" not in err
    if fmt == "github":  # plancheck's own commands: one per finding, each line one of ours
        lines = out.splitlines()
        assert all(ln.startswith(("::error file=", "::warning file=", "::notice file=", "plancheck: ")) for ln in lines), out
        assert "::" not in lines[-1]
        assert not CONTROL.search(out)
    else:
        assert not COMMAND_LINE.search(out), out
        assert not CONTROL.search(out), repr(out)
    if fmt == "junit":
        ET.fromstring(out.encode("utf-8"))
    if fmt in ("json", "sarif"):
        json.loads(out)


def test_extract_text_has_no_commands_or_controls(tmp_path, capfd):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(pdf_with_lines([*plan_lines(PAYLOADS["workflow-error"]), "\x1b[2J esc"]))
    code = main(["extract", str(pdf), "-q"])
    out, err = capfd.readouterr()
    assert code == 0, err
    assert "pwned" in out
    assert not COMMAND_LINE.search(out) and not CONTROL.search(out), out


@pytest.mark.parametrize(
    "name",
    ["a\n::error file=README.md,line=1::pwned.pdf", "x\x1b]52;c;cHduZWQ=\x07.pdf", "::warning::x.pdf"],
)
def test_file_name_on_stderr_is_one_safe_line(tmp_path, capfd, name):
    path = tmp_path / name
    path.write_bytes(b"not a plan")
    code = main(["check", str(path)])
    _out, err = capfd.readouterr()
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plancheck: feil: "), err  # bokmål first
    assert not COMMAND_LINE.search(err) and not CONTROL.search(err)


def test_missing_file_with_newline_is_one_line(tmp_path, capfd):
    code = main(["extract", str(tmp_path / "no\n::error::such.pdf")])
    _out, err = capfd.readouterr()
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and not COMMAND_LINE.search(err)


def test_junit_well_formed_with_control_characters(tmp_path, capfd):
    plan = tmp_path / "plan.json"
    plan.write_bytes(plan_json("ctl \x01\x02\x0b\x1b[31m end"))
    assert main(["check", str(plan), "--format", "junit"]) == 1
    out, _ = capfd.readouterr()
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"


def test_output_file_is_sanitised_too(tmp_path, capfd):
    plan = tmp_path / "plan.json"
    plan.write_bytes(plan_json(PAYLOADS["workflow-mask"]))
    out_file = tmp_path / "report.txt"
    assert main(["check", str(plan), "-o", str(out_file)]) == 1
    assert not COMMAND_LINE.search(Path(out_file).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- fault 1: odfpy


def _damaged_odt(tmp_path: Path) -> Path:
    """An .odt whose content.xml breaks off mid-element after text with workflow commands:
    odfpy printed the whole part to stdout and read the part before the break."""
    from hostile import odt_content, odt_package

    xml = odt_content(["Mål 1: ::error file=.github/workflows/ci.yml,line=1::pwned",
                       "::add-mask::hemmelig", "Tiltak A"] * 5)
    broken = xml[: xml.rindex("<text:p>") + 20]
    path = tmp_path / "damaged.odt"
    path.write_bytes(odt_package(broken))
    return path


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "junit", "text"])
@pytest.mark.parametrize("limited", [True, False])
def test_damaged_odt_prints_nothing_and_fails(tmp_path, capfd, fmt, limited):
    path = _damaged_odt(tmp_path)
    extra = [] if limited else ["--timeout", "0", "--max-memory", "0"]
    code = main(["check", str(path), "--format", fmt, "--no-cache", *extra])
    out, err = capfd.readouterr()
    assert code == 2
    # no partial report, and no content.xml: a CI format's report names the plan that could
    # not be read (a SARIF/JUnit file must exist for the upload step) and holds nothing of it
    if fmt in ("sarif", "junit", "github"):
        assert "damaged.odt" in out and "corrupt" in out
        assert "pwned" not in out and "hemmelig" not in out and "Tiltak A" not in out
        assert [ln for ln in out.splitlines() if ln.startswith("::")] == (
            [ln for ln in out.splitlines() if ln.startswith("::error file=") and "title=plancheck::" in ln]
        )
    else:
        assert out == "", out
    assert "::" not in err.replace("plancheck: feil:", "")
    assert len(err.strip().splitlines()) == 1, err
    assert "corrupt" in err


def test_damaged_odt_with_output_file(tmp_path, capfd):
    path = _damaged_odt(tmp_path)
    code = main(["check", str(path), "--format", "github", "-o", str(tmp_path / "r.txt")])
    out, _err = capfd.readouterr()
    assert code == 2 and out == ""
