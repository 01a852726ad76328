"""Issue 13 faults 8 and 9: plancheck never writes an input; a deeply nested baseline, a
broken pipe and PYTHONIOENCODING=ascii end cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import plan_json

from plancheck.cli import main


@pytest.fixture(autouse=True)
def repo(tmp_path, monkeypatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def _plan(repo: Path, name: str = "plan.json") -> Path:
    path = repo / name
    path.write_bytes(plan_json("Mål uten tiltak"))
    return path


def _refused(capfd, argv: list[str], *protected: Path) -> None:
    before = {p: p.read_bytes() for p in protected}
    assert main(argv) == 2
    out, err = capfd.readouterr()
    assert "refusing" in err and len(err.strip().splitlines()) == 1, err
    assert out == ""
    for p, data in before.items():
        assert p.read_bytes() == data, f"{p} was written"


def test_output_over_mandate_config_or_hard_link_is_refused(repo, capfd):
    plan = _plan(repo)
    mandate = repo / "mandat.txt"
    mandate.write_text("1. Beskrive dagens tilbud\n", encoding="utf-8")
    config = repo / "ci.toml"
    config.write_text('fail_on = "error"\n', encoding="utf-8")
    link = repo / "link.json"
    os.link(plan, link)
    sym = repo / "sym.json"
    sym.symlink_to(plan)
    _refused(capfd, ["check", str(plan), "--mandate", str(mandate), "-o", str(mandate)], mandate)
    _refused(capfd, ["check", str(plan), "--config", str(config), "-o", str(config)], config)
    _refused(capfd, ["check", str(plan), "-o", str(link)], plan)
    _refused(capfd, ["check", str(plan), "-o", str(sym)], plan)
    dot = repo / ".plancheck.toml"
    dot.write_text('fail_on = "error"\n', encoding="utf-8")
    _refused(capfd, ["check", str(plan), "-o", str(dot)], dot)  # the config found, too


def test_write_baseline_over_an_input_is_refused(repo, capfd):
    plan = _plan(repo)
    _refused(capfd, ["check", str(plan), "--write-baseline", str(plan)], plan)
    link = repo / "hard.json"
    os.link(plan, link)
    _refused(capfd, ["check", str(plan), "--write-baseline", str(link)], plan)


def test_report_over_the_baseline_read_is_refused(repo, capfd):
    plan = _plan(repo)
    assert main(["check", str(plan), "--write-baseline"]) == 0
    capfd.readouterr()
    baseline = repo / ".plancheck-baseline.json"
    _refused(capfd, ["check", str(plan), "-o", str(baseline)], baseline)


def test_extract_output_over_hard_link_of_the_plan_is_refused(repo, capfd):
    plan = _plan(repo, "p.pdf")
    link = repo / "same.pdf"
    os.link(plan, link)
    _refused(capfd, ["extract", str(plan), "-o", str(link)], plan)


@pytest.mark.parametrize("depth", [100_000, 1_000_000])
def test_deeply_nested_baseline_is_one_line(repo, capfd, depth):
    plan = _plan(repo)
    baseline = repo / "deep.json"
    baseline.write_text("[" * depth + "]" * depth, encoding="utf-8")
    assert main(["check", str(plan), "--baseline", str(baseline)]) == 2
    _out, err = capfd.readouterr()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


def test_deeply_nested_plan_json_and_config_are_one_line(repo, capfd):
    deep = repo / "deep.json"
    deep.write_text('{"a":' * 200_000 + "1" + "}" * 200_000, encoding="utf-8")
    assert main(["check", str(deep)]) == 2
    (repo / ".plancheck.toml").write_text("x = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    assert main(["check", str(_plan(repo))]) == 2
    _out, err = capfd.readouterr()
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2, err


def _run(repo: Path, *argv: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *argv],
        cwd=repo,
        env={**os.environ, **(env or {})},
        capture_output=True,
        timeout=120,
        **kw,
    )


def test_broken_pipe_keeps_the_exit_code(repo):
    plan = _plan(repo)
    # a reader that closes at once: the report does not fit the pipe buffer
    big = json.loads(plan_json("Mål " + "x" * 200_000))
    plan.write_text(json.dumps(big), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "plancheck", "check", str(plan), "--format", "json"],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1, err  # the plan has errors
    assert b"Traceback" not in err


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_ascii_io_encoding(repo, fmt):
    plan = _plan(repo)
    proc = _run(repo, "check", str(plan), "--format", fmt, env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 1, proc.stderr
    assert b"Traceback" not in proc.stderr
    if fmt == "json":
        json.loads(proc.stdout.decode("utf-8"))
    missing = _run(repo, "check", "mål-ø.pdf", env={"PYTHONIOENCODING": "ascii"})
    assert missing.returncode == 2 and b"Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


# --------------------------------------------------------------------------- readers


def test_docx_external_entity_is_not_resolved(tmp_path):
    import io
    import zipfile

    from hostile import docx_bytes

    from plancheck.ingest.docx import read_docx

    secret = tmp_path / "secret.txt"
    secret.write_text("77", encoding="utf-8")
    data = io.BytesIO(docx_bytes(["Handlingsplan", "Mål 1: Flere skal gå"]))
    app = (
        f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Pages>&xxe;</Pages></Properties>"
    )
    with zipfile.ZipFile(data, "a") as z:
        z.writestr("docProps/app.xml", app)
    path = tmp_path / "xxe.docx"
    path.write_bytes(data.getvalue())
    from lxml import etree

    # lxml 4.x's default parser resolved external entities: emulate it, so the test shows
    # that plancheck's own parser, not the library default, keeps the file out
    etree.set_default_parser(etree.XMLParser(resolve_entities=True, load_dtd=True))
    try:
        assert read_docx(path).page_count != 77
    finally:
        etree.set_default_parser()


def test_odt_entity_bomb_is_refused_in_words_not_a_library_repr(tmp_path):
    """An .odt whose content.xml declares entities (a billion-laughs bomb) is refused at once;
    the reader's line says why in words, not the parser's exception repr."""
    import zipfile

    from plancheck.errors import InputError
    from plancheck.ingest.odt import read_odt

    src = sorted((Path(__file__).resolve().parents[1] / "corpora" / "authored").glob("*/*.odt"))[0]
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(8)
    )
    bomb = tmp_path / "bombe.odt"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w") as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                at = text.index("?>") + 2
                text = text[:at] + f"<!DOCTYPE office:document-content [{ents}]>" + text[at:]
                p = text.index(">", text.index("<text:p")) + 1
                data = (text[:p] + "&i;" + text[p:]).encode("utf-8")
            z.writestr(info, data)
    with pytest.raises(InputError) as exc:
        read_odt(bomb)
    line = str(exc.value)
    assert "entit" in line and "Forbidden(" not in line and "name=" not in line, line


def test_pdf_without_unicode_map_is_one_line(tmp_path, capfd):
    from conftest import handmade_pdf

    ops = b"BT /F1 12 Tf 72 760 Td 16 TL " + b"<00410042004300440045> Tj T* " * 6 + b"ET"
    font = (
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Foo /Encoding /Identity-H /DescendantFonts "
        b"[<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Foo /CIDSystemInfo << /Registry (Adobe)"
        b" /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor "
        b"/FontName /Foo /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 "
        b"/Descent -200 /CapHeight 700 /StemV 80 >> /DW 500 >>] >>"
    )
    pdf = handmade_pdf(ops, compress=False).replace(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", font
    )
    path = tmp_path / "cid.pdf"
    path.write_bytes(pdf)
    assert main(["extract", str(path), "-q"]) == 2
    out, err = capfd.readouterr()
    assert out == "" and "(cid:N)" in err and len(err.strip().splitlines()) == 1
