"""A planner who asked for nynorsk or bokmål reads why a check could not run in that language,
and about the file that is wrong: the mandate or parent plan named as such, never the plan in
its place; the English line stays after it in brackets. Also the errors found before any
document is read (a missing configuration or baseline, an empty folder, an output that cannot
be written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.cli import main
from plancheck.report.errors import about, localized, reason

REPO = Path(__file__).resolve().parents[1]
PLAN = REPO / "corpora" / "authored" / "planprogram-bolig" / "planprogram-bolig.docx"
ENCRYPTED = REPO / "corpora" / "defects" / "bad-input" / "kryptert.pdf"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PLANCHECK_TIMEOUT", raising=False)
    monkeypatch.delenv("PLANCHECK_MAX_MEMORY", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def line_of(capfd, *argv: str) -> tuple[int, str]:
    code = main([*argv])
    _out, err = capfd.readouterr()
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return code, lines[0]


def said_part(line: str) -> str:
    """The localized part of the line, before the English one in brackets."""
    assert line.startswith("plancheck: feil: "), line  # every test here asks for nb or nn
    return line.removeprefix("plancheck: feil: ").split(" (", 1)[0]


def test_about_names_the_file_the_reason_is_said_of():
    assert about("/a/plan.pdf: parent plan /b/nope.pdf: no such file") == ("parent", "nope.pdf")
    assert about("/a/plan.pdf: mandate /b/m.pdf: the PDF is truncated (…); get it again") == (
        "mandate", "m.pdf")
    assert about("/a/bomb.docx: needs more than 2048 MB of memory (a very large …)") == (
        None, "bomb.docx")
    assert about("/a/x.pdf: cannot be read (PdfminerException: bad); is it damaged?") == (
        None, "x.pdf")
    assert about("configuration file conf/nope.toml does not exist") == ("config", "nope.toml")
    assert about("baseline b.json does not exist (write it with --write-baseline)") == (
        "baseline", "b.json")


def test_reasons_of_errors_before_reading():
    assert reason("tom: the folder has no PDF, DOCX or ODT files") == "no_files"
    assert reason("m.txt: no mandate points found (no numbered or bulleted list)") == "no_points"
    assert reason("out/r.html: cannot write (No such file or directory)") == "cannot_write"
    assert reason("p.pdf: refusing to overwrite the input file p.pdf with the report") == "overwrite"
    assert localized("/a/p.pdf: parent plan /b/x.pdf: no such file", "nn").startswith(
        "Den overordna planen: Finn ikkje «x.pdf»")


def test_a_file_name_holding_a_reason_word_is_still_named():
    """The reason is read from the reader's sentence, not from the file's name: a plan saved as
    'truncated.pdf' or 'no text.pdf' is named, and its own reason said (was: «?»)."""
    line = "/a/truncated.pdf: the PDF is truncated (it does not end with %%EOF); get the whole file again"
    assert about(line) == (None, "truncated.pdf")
    assert localized(line, "nb").startswith("«truncated.pdf» er skadet")
    line = "/a/corrupt-copy.pdf: the PDF is password-protected; give the password with --password"
    assert localized(line, "nn").startswith("«corrupt-copy.pdf» er passordverna")
    assert reason("configuration file conf/nope.toml does not exist") == "missing"  # no colon


def test_an_odt_without_a_text_body_is_no_scan_to_ocr():
    """'no text body' is an OpenDocument package without its text: damaged, not a scanned image
    (an XML entity bomb refused by the parser ended so, and the planner was told to run OCR)."""
    line = "/a/utkast.odt: not an OpenDocument text (.odt) file (no text body)"
    assert reason(line) == "damaged"
    assert "OCR" not in localized(line, "nb")


@pytest.mark.parametrize("option", ["--mandate", "--parent"])
def test_missing_mandate_or_parent_is_named_not_the_plan(option, capfd, isolated):
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nn", option, "borte.pdf")
    assert code == 2
    said = said_part(line)
    assert "«borte.pdf»" in said and "Finn ikkje" in said
    assert PLAN.name not in said
    assert said.startswith("Mandatet" if option == "--mandate" else "Den overordna planen")


@pytest.mark.parametrize("option", ["--mandate", "--parent"])
@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"hello, this is plain text\n", "er ikkje ei PDF-"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "skadd eller ufullstendig"),
        (b"", "er tom"),
    ],
)
def test_bad_mandate_or_parent_pdf_said_in_nynorsk(option, content, says, capfd, isolated):
    bad = isolated / "vedlegg.pdf"
    bad.write_bytes(content)
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nn", option, str(bad))
    assert code == 2
    said = said_part(line)
    assert says in said and "«vedlegg.pdf»" in said, line
    assert PLAN.name not in said
    assert "Exception" not in line and "Error" not in line  # no class name of a library


def test_encrypted_mandate_said_as_encrypted(capfd):
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nb", "--mandate", str(ENCRYPTED))
    assert code == 2
    assert said_part(line).startswith("Mandatet: «kryptert.pdf» er passordbeskyttet"), line


def test_errors_before_reading_in_the_language_asked(capfd, isolated):
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nn", "--config", "borte.toml")
    assert code == 2 and said_part(line).startswith("Konfigurasjonsfila: Finn ikkje «borte.toml»")
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nb", "--baseline", "b.json")
    assert code == 2 and said_part(line).startswith("Baseline-filen: Finner ikke «b.json»")
    (isolated / "tom").mkdir()
    code, line = line_of(capfd, "check", "tom", "--lang", "nn")
    assert code == 2 and said_part(line).startswith("Mappa «tom» har ingen PDF-")
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "en", "--config", "borte.toml")
    assert code == 2 and line == "plancheck: error: configuration file borte.toml does not exist"


def _zip_bomb(path: Path, mb: int) -> Path:
    """A .docx whose document.xml unpacks to ``mb`` MB of spaces (a few hundred kB packed)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b"<w:document><w:body>")
            chunk = b" " * (1 << 20)
            for _ in range(mb):
                f.write(chunk)
            f.write(b"</w:body></w:document>")
    return path


@pytest.mark.parametrize("option", [None, "--mandate", "--parent"])
def test_a_zip_bomb_is_refused_before_it_is_unpacked_and_named(option, capfd, isolated):
    from plancheck.limits import MAX_UNPACKED_XML_MB

    bomb = _zip_bomb(isolated / "bombe.docx", MAX_UNPACKED_XML_MB + 1)
    argv = ["check", str(bomb)] if option is None else ["check", str(PLAN), option, str(bomb)]
    code, line = line_of(capfd, *argv, "--lang", "nb")
    assert code == 2
    said = said_part(line)
    assert "«bombe.docx» er skadet" in said, line
    assert PLAN.name not in said and "minne" not in said


def test_a_crash_names_the_library_error_not_its_raw_text(monkeypatch):
    from plancheck import limits

    monkeypatch.delenv("PLANCHECK_DEBUG", raising=False)
    exc = RuntimeError("Failed to load page. b'\\x07' [3, -7]")
    assert limits.crash_said(exc) == "RuntimeError"
    monkeypatch.setenv("PLANCHECK_DEBUG", "1")
    assert limits.crash_said(exc).startswith("RuntimeError: Failed to load page.")


def test_a_mandate_pdf_damaged_inside_is_said_of_the_mandate(capfd):
    fuzz = REPO / "corpora" / "defects" / "bad-input" / "fuzz" / "invalid-dictionary.pdf"
    code, line = line_of(capfd, "check", str(PLAN), "--lang", "nn", "--mandate", str(fuzz))
    assert code == 2
    assert said_part(line).startswith("Mandatet: «invalid-dictionary.pdf» er skadd"), line
    assert "construct" not in line  # the library's own text is not shown


@pytest.mark.parametrize(("lang", "says"), [("nn", "Kommandoen er skriven feil"), ("nb", "Kommandoen er skrevet feil")])
def test_a_usage_error_in_the_language_asked(lang, says, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", str(PLAN), f"--lang={lang}", "--format", "xml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "«plancheck check --help»" in lines[0]
    assert lines[0].startswith("plancheck check: feil: "), lines[0]  # not English before it
    assert "invalid choice: 'xml'" in lines[0]  # the English line after it
    with pytest.raises(SystemExit):
        main(["check", str(PLAN), "--format", "xml"])  # no language asked: English as before
    assert capsys.readouterr().err.startswith("plancheck check: error: argument --format: invalid choice")


def test_the_password_opens_an_encrypted_mandate_too(capfd):
    """The English line tells the reader to give the password with --password: it must then
    open the mandate, as it opens the plan and the parent plan."""
    code = main(["check", str(PLAN), "--mandate", str(ENCRYPTED), "--password", "hemmelig",
                 "--format", "json", "--fail-on", "never"])
    _out, err = capfd.readouterr()
    assert "password" not in err, err
    assert code in (0, 2)  # read: its points, or none found (not a password error)


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_the_line_starts_in_the_language_asked_too(lang, capfd, isolated):
    """The whole line is in the language asked: ``plancheck: feil:``, not ``plancheck: error:``
    before a Norwegian sentence; English keeps ``error``."""
    bad = isolated / "tekst.pdf"
    bad.write_text("ikkje ein PDF")
    code, line = line_of(capfd, "check", str(bad), "--lang", lang)
    assert code == 2 and line.startswith("plancheck: feil: «tekst.pdf»"), line
    code, line = line_of(capfd, "check", str(bad), "--lang", "en")
    assert code == 2 and line.startswith("plancheck: error: "), line


def test_no_language_asked_says_the_error_in_the_findings_language(capfd, isolated):
    """With no --lang and no configured language the findings are in bokmål, and so is the line
    saying why the plan could not be read (a planner read English errors beside bokmål findings,
    session 34's walk); the reader's English line stays after it in brackets."""
    bad = isolated / "tekst.pdf"
    bad.write_text("ikkje ein PDF")
    code, line = line_of(capfd, "check", str(bad))
    assert code == 2 and line.startswith("plancheck: feil: «tekst.pdf» er ikke en PDF-"), line
    assert "not a PDF file" in line  # the English line after it
    code, line = line_of(capfd, "check", str(isolated / "borte.pdf"))
    assert code == 2 and said_part(line).startswith("Finner ikke «borte.pdf»"), line
    code, line = line_of(capfd, "check", "borte.pdf", "--config", "borte.toml")
    assert code == 2 and said_part(line).startswith("Konfigurasjonsfilen: Finner ikke"), line
    (isolated / ".plancheck.toml").write_text('[tool.plancheck]\nlang = "en"\n')
    code, line = line_of(capfd, "check", str(bad))
    assert code == 2 and line.startswith("plancheck: error: "), line  # the configured language


@pytest.mark.parametrize("command", ["extract", "graph"])
def test_extract_and_graph_say_it_in_the_language_asked(command, capfd, isolated):
    """A planner who reads a nynorsk plan with ``--lang nn`` (or whose repository configures
    nynorsk) is told why it could not be read in nynorsk, as ``check`` tells it; with no language
    asked or configured, or a language messages are not written in (sv, da), the reader's English
    line stays as it was (scripts read it)."""
    bad = isolated / "tekst.pdf"
    bad.write_text("ikkje ein PDF")
    code, line = line_of(capfd, command, str(bad), "--lang", "nn")
    assert code == 2 and said_part(line).startswith("«tekst.pdf» er ikkje ei PDF-"), line
    assert "not a PDF file" in line  # the English line after it
    code, line = line_of(capfd, command, str(isolated / "borte.pdf"), "--lang", "nn")
    assert code == 2 and said_part(line).startswith("Finn ikkje «borte.pdf»"), line
    for other in ([], ["--lang", "sv"], ["--lang", "en"]):
        code, line = line_of(capfd, command, str(bad), *other)
        assert code == 2 and line.startswith(f"plancheck: error: {bad}: not a PDF file"), line
    (isolated / ".plancheck.toml").write_text('[tool.plancheck]\nlang = "nb"\n')
    code, line = line_of(capfd, command, str(bad))
    assert code == 2 and said_part(line).startswith("«tekst.pdf» er ikke en PDF-"), line
    (isolated / ".plancheck.toml").write_text("[tool.plancheck\n")  # broken: the English line
    code, line = line_of(capfd, command, str(bad))
    assert code == 2 and line.startswith(f"plancheck: error: {bad}: not a PDF file"), line
