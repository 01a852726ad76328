"""Issue 13: a fuzz target per reader besides the PDF one in tests/test_fuzz.py — .docx, .odt,
plan JSON, baseline and configuration. Whatever the bytes, each reader returns its result or
raises the project's one-line error; nothing else escapes, nothing hangs.

``PLANCHECK_FUZZ_EXAMPLES=500 pytest tests/test_fuzz_readers.py`` explores further."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile

import pytest
from hostile import docx_bytes, odt_bytes, plan_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz import edit, mutate

from plancheck import limits
from plancheck.checks.baseline import read_baseline
from plancheck.checks.cache import load_plan
from plancheck.checks.config import load_config
from plancheck.errors import PlancheckError
from plancheck.models import Document, Plan
from plancheck.pipeline import load_document

EXAMPLES = int(os.environ.get("PLANCHECK_FUZZ_EXAMPLES", "20"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
LINES = ["Handlingsplan 2025-2028", "1 Mål", "1.1 Flere skal gå", "Tiltak: Merke stier",
         "Ansvarlig: Kultur", "Frist: høst 2025"]
XML_TOKENS = ["<", ">", "</w:p>", "<w:p>", "&", "&amp;", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "]]>",
              "<![CDATA[", "\x00", "\ufffe", "xmlns:w='x'", "<text:p>", "</text:h>", "\"", "'"]


@pytest.fixture
def fuzz_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-readers")


def _read_or_refuse(path) -> None:
    start = time.monotonic()
    with limits.applied(timeout=20, memory_mb=1024):
        try:
            doc = load_document(path)
        except PlancheckError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
        else:
            assert isinstance(doc, Document)
    assert time.monotonic() - start < 30


def _rezip(data: bytes, part: str, mutate_text) -> bytes:
    """The package with ``part`` replaced by ``mutate_text(its text)``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == part:
                body = mutate_text(body.decode("utf-8")).encode("utf-8", "surrogatepass")
            out.writestr(info, body)
    return buf.getvalue()


xml_edit = st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.one_of(st.sampled_from(XML_TOKENS), st.text(max_size=8))),
    min_size=1, max_size=6,
)


def _apply(text: str, edits) -> str:
    for where, token in edits:
        pos = int(where * len(text))
        text = text[:pos] + token + text[pos:]
    return text


@FUZZ
@given(edits=xml_edit, raw=st.lists(edit, max_size=3))
def test_fuzz_docx(edits, raw, fuzz_dir):
    data = _rezip(docx_bytes(LINES), "word/document.xml", lambda t: _apply(t, edits))
    path = fuzz_dir / "f.docx"
    path.write_bytes(mutate(data, raw) if raw else data)
    _read_or_refuse(path)


@FUZZ
@given(edits=xml_edit, raw=st.lists(edit, max_size=3))
def test_fuzz_odt(edits, raw, fuzz_dir, capfd):
    data = _rezip(odt_bytes(LINES, heading="Plan"), "content.xml", lambda t: _apply(t, edits))
    path = fuzz_dir / "f.odt"
    path.write_bytes(mutate(data, raw) if raw else data)
    _read_or_refuse(path)
    out, _err = capfd.readouterr()
    assert out == ""  # odfpy prints nothing of ours


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(edits=st.lists(edit, min_size=1, max_size=6), replace=st.one_of(st.none(), json_values))
def test_fuzz_plan_json(edits, replace, fuzz_dir):
    data = plan_json("Mål") if replace is None else json.dumps(replace).encode()
    path = fuzz_dir / "f.json"
    path.write_bytes(mutate(data, edits))
    try:
        plan = load_plan(path, use_cache=False)
    except PlancheckError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(plan, Plan)


@FUZZ
@given(value=json_values, raw=st.binary(max_size=40), depth=st.integers(0, 50_000))
def test_fuzz_baseline(value, raw, depth, fuzz_dir):
    path = fuzz_dir / "b.json"
    for data in (json.dumps({"findings": value}).encode(), raw, b"[" * depth + b"]" * depth):
        path.write_bytes(data)
        try:
            assert isinstance(read_baseline(path), dict)  # fingerprint -> files
        except PlancheckError as exc:
            assert "\n" not in str(exc)


TOML_PIECES = ["[tool.plancheck]\n", "[tool.plancheck.severity]\n", "[severity]\n", "[tool.x]\n",
               'lang = "en"\n', 'fail_on = "never"\n', "fail-on = 3\n", 'packs = ["default"]\n',
               'packs = ["../x.yaml"]\n', "disable = [1]\n", 'plan_period = "2024-2032"\n',
               "plan_period = {start = 2030, end = 2020}\n", 'goal-has-measure = "off"\n',
               "baseline = 1\n", "x = [[[[\n", "\x00", '"\\u0000" = 1\n', "colour = 'red'\n"]


@FUZZ
@given(pieces=st.lists(st.sampled_from(TOML_PIECES), max_size=8), junk=st.text(max_size=20),
       name=st.sampled_from([".plancheck.toml", "pyproject.toml"]))
def test_fuzz_config(pieces, junk, name, fuzz_dir):
    path = fuzz_dir / name
    path.write_text("".join(pieces) + junk, encoding="utf-8", errors="surrogatepass")
    try:
        load_config(path)
    except PlancheckError as exc:
        assert "\n" not in str(exc).strip() or "TOML" in str(exc)
