"""Pay only for what the document needs: one language's word list, spaCy only when used.

Each "what is loaded" test runs in a fresh interpreter: the test process has long loaded
everything, so only a new process shows what one command costs.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.ingest import text as text_mod
from plancheck.ingest.language import pdf_language, pdf_sample
from plancheck.lang import detect
from tests.conftest import ROOT, authored_pdf


def _fresh(code: str) -> str:
    # no limits: the work runs in this interpreter, where the probe sees it, not in a child
    env = {**os.environ, "PLANCHECK_TIMEOUT": "0", "PLANCHECK_MAX_MEMORY": "0"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def _loaded_after(code: str) -> list[str]:
    """The simplemma word lists a fresh interpreter has loaded (from the cache or decoded)
    after running ``code``."""
    probe = (
        f"{code}\n"
        "from plancheck.lang import wordlists\n"
        "print(','.join(sorted(set(wordlists.LOADED))))\n"
    )
    out = _fresh(probe)
    return [x for x in out.rsplit("\n", 1)[-1].split(",") if x]


def test_importing_the_language_helpers_does_not_import_spacy():
    out = _fresh(
        "import sys, plancheck.lang.nlp, plancheck.lang.owners, plancheck.ingest.text\n"
        "print('spacy' in sys.modules)"
    )
    assert out == "False"


def test_a_bokmal_pdf_loads_the_bokmal_word_list_only():
    pdf = authored_pdf("handlingsplan-oppvekst")
    code = (
        "from pathlib import Path\n"
        "from plancheck.pipeline import extract_plan\n"
        f"plan = extract_plan(Path({str(pdf)!r}))\n"
        "assert plan.language == 'nb', plan.language\n"
    )
    assert _loaded_after(code) == ["nb"]


def test_an_english_pdf_does_not_load_the_scandinavian_word_lists():
    pdf = authored_pdf("action-plan-english")
    code = (
        "from pathlib import Path\n"
        "from plancheck.pipeline import extract_plan\n"
        f"plan = extract_plan(Path({str(pdf)!r}))\n"
        "assert plan.language == 'en', plan.language\n"
    )
    assert _loaded_after(code) == ["en"]


def test_language_of_a_pdf_from_its_first_pages():
    assert pdf_language(authored_pdf("kulturplan-nynorsk")) == "nn"
    assert pdf_language(authored_pdf("action-plan-english")) == "en"
    assert pdf_language(authored_pdf("handleplan-dansk")) == "da"


def test_sample_of_an_unreadable_file_is_empty(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert pdf_sample(bad) == ""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Short-term goals"), ("nb", "Shortterm goals")],
)
def test_english_hyphen_kept_only_in_english_text(lang, expected):
    old = text_mod.current_language()
    try:
        text_mod.use_language(lang)
        assert text_mod.join_lines(["Short-", "term goals"]) == expected
    finally:
        text_mod.use_language(old)


def test_unknown_language_means_bokmal():
    old = text_mod.current_language()
    try:
        text_mod.use_language("de")
        assert text_mod.current_language() == "nb"
        text_mod.use_language("nn")
        assert text_mod.current_language() == "nn"
    finally:
        text_mod.use_language(old)


def _reference(text: str) -> str:
    """detect_language as it was: simplemma's share always added."""
    import simplemma

    if not text or not detect._WORD.search(text.lower()):
        return detect.DEFAULT
    scores: Counter[str] = detect._scores(text)
    for lang, share in simplemma.langdetect(text, lang=detect.LANGS):
        if lang in detect.LANGS:
            scores[lang] += 2.0 * share
    best = max(detect.LANGS, key=lambda lang: (scores[lang], lang == detect.DEFAULT))
    return best if scores[best] > 0 else detect.DEFAULT


_VOCAB = [*sorted({w for ws in detect.UNIQUE.values() for w in ws} | set(detect.SHARED)), "kommune", "plan", "school", "skole", "bolig", "klimat", "xyz", "ä", "ø"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=12))
def test_skipping_the_tie_breaker_never_changes_the_language(words):
    """The marker words alone decide unless another language is within the tie-breaker's
    reach; then simplemma is asked as before. Either way the answer is the old one."""
    text = " ".join(words)
    assert detect.detect_language(text) == _reference(text)


# --------------------------------------------------------------------------- word lists


def test_word_list_table_gives_what_the_dict_gives():
    from plancheck.lang.wordlists import SortedTable

    d = {b"skole": b"skole", b"skolen": b"skole", b"leder": b"led", b"\xc3\xa5r": b"\xc3\xa5r", b"a": b""}
    table = SortedTable.from_bytes(SortedTable.from_dict(d).to_bytes())
    assert table is not None and len(table) == len(d)
    for key in [*d, b"", b"skol", b"skolene", b"zzz", b"\xc3"]:
        assert table.get(key) == d.get(key)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.binary(max_size=8), st.binary(max_size=8), max_size=30), st.lists(st.binary(max_size=8), max_size=10))
def test_word_list_table_lookup_is_dict_lookup(d, probes):
    from plancheck.lang.wordlists import SortedTable

    table = SortedTable.from_bytes(SortedTable.from_dict(d).to_bytes())
    assert table is not None
    for key in [*d, *probes]:
        assert table.get(key) == d.get(key)


def test_a_damaged_word_list_cache_is_refused():
    from plancheck.lang.wordlists import SortedTable

    data = SortedTable.from_dict({b"skole": b"skole", b"skolen": b"skole"}).to_bytes()
    assert SortedTable.from_bytes(data[:-1]) is None  # truncated
    assert SortedTable.from_bytes(data[:-1] + bytes([data[-1] ^ 1])) is None  # a flipped bit
    assert SortedTable.from_bytes(b"not a table") is None


def test_word_list_from_the_cache_is_simplemmas(tmp_path, monkeypatch):
    """The cached English list answers every key as simplemma's own decoded dict does, and a
    second load reads the cache file instead of decoding."""
    from simplemma.strategies.dictionaries import dictionary_factory as factory

    from plancheck.lang import wordlists

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    decoded = factory._load_dictionary_from_disk("en")
    first = wordlists.load_table("en")
    assert wordlists.cache_path("en").is_file()
    monkeypatch.setattr(factory, "_load_dictionary_from_disk", lambda lang: pytest.fail("decoded again"))
    again = wordlists.load_table("en")
    keys = list(decoded)[::50]
    for table in (first, again):
        assert len(table) == len(decoded)
        assert all(table.get(k) == decoded[k] for k in keys)
        assert all(table.get(k + b"#") is None for k in keys[:500])


def test_simplemma_reads_through_the_cached_word_lists():
    import simplemma

    import plancheck.lang  # noqa: F401  (installs the cached lists)
    from plancheck.lang.wordlists import WordList

    assert isinstance(factory_dictionary("en"), WordList)
    assert simplemma.lemmatize("schools", "en") == "school"
    assert simplemma.is_known("school", "en")


def factory_dictionary(lang: str):
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


# --------------------------------------------------------------------------- YAML


def _shipped_yaml() -> list:
    return sorted({*(ROOT / "plancheck").rglob("*.yaml"), *(ROOT / "rules").rglob("*.yaml")})


@pytest.mark.parametrize("path", _shipped_yaml(), ids=lambda p: str(p.relative_to(ROOT)))
def test_c_yaml_parser_reads_every_shipped_file_as_the_python_one(path):
    import yaml

    from plancheck import yamlfile

    text = path.read_text(encoding="utf-8")
    assert yamlfile.parse(text) == yaml.safe_load(text)


@pytest.mark.parametrize("path", _shipped_yaml(), ids=lambda p: str(p.relative_to(ROOT)))
def test_cached_yaml_is_what_the_parser_gives(path, tmp_path, monkeypatch):
    """Parsed and cached, then read from the cache: the same data as PyYAML's both times."""
    import yaml

    from plancheck import yamlfile

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    text = path.read_text(encoding="utf-8")
    first = yamlfile.safe_load(text)
    assert yamlfile._cache_file(text).is_file()
    monkeypatch.setattr(yamlfile, "parse", lambda text: pytest.fail("parsed again"))
    assert first == yamlfile.safe_load(text) == yaml.safe_load(text)


def test_yaml_cache_is_keyed_by_the_text_and_skips_what_marshal_cannot_hold(tmp_path, monkeypatch):
    import datetime as dt

    from plancheck import yamlfile

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    assert yamlfile.safe_load("a: [1, 2]\n") == {"a": [1, 2]}
    assert yamlfile.safe_load("a: [1, 3]\n") == {"a": [1, 3]}  # another text, another entry
    assert yamlfile.safe_load("due: 2026-12-31\n") == {"due": dt.date(2026, 12, 31)}
    assert not yamlfile._cache_file("due: 2026-12-31\n").exists()
    yamlfile._cache_file("a: [1, 2]\n").write_bytes(b"\x00damaged")
    assert yamlfile.safe_load("a: [1, 2]\n") == {"a": [1, 2]}  # parsed again


def test_a_check_start_with_cached_yaml_imports_no_yaml(tmp_path):
    code = (
        "import sys\n"
        "import plancheck.lang.vocab, plancheck.checks.rules as r\n"
        "import plancheck.extract.goalstatements, plancheck.extract.stated as s\n"
        "r.load_rules()\n"
        "s.unlabelled_goal_words()\n"
        "print('yaml' in sys.modules)\n"
    )
    env = {**os.environ, "PLANCHECK_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert (first.stdout.strip(), again.stdout.strip()) == ("True", "False")


def test_a_broken_yaml_file_is_reported_in_the_python_parsers_words():
    import yaml

    from plancheck import yamlfile

    text = "rules:\n  - id: x\n   severity: [error\n"
    with pytest.raises(yaml.YAMLError) as c_error:
        yamlfile.safe_load(text)
    with pytest.raises(yaml.YAMLError) as py_error:
        yaml.safe_load(text)
    assert str(c_error.value) == str(py_error.value)


def test_a_check_of_a_plan_without_table_grids_loads_neither_networkx_nor_pdfplumber():
    """The rule conditions walk a PlanGraph of dicts and pdfplumber is opened for table grids
    only: a one-page check paid ~0.1 s for importing them. ``ctx.graph`` (plugin rules) still
    gives the networkx graph."""
    pdf = authored_pdf("folkehelse-ansvar-frist")
    out = _fresh(
        "import sys\n"
        "from plancheck import check\n"
        "from plancheck.checks.base import Context\n"
        f"result = check({str(pdf)!r})\n"
        "print(bool(result.findings), 'networkx' in sys.modules, 'pdfplumber' in sys.modules)\n"
        "print(type(Context(result.plan).graph).__name__)\n"
    )
    assert out.splitlines() == ["True False False", "DiGraph"]


def test_a_cut_off_word_list_cache_is_decoded_again(tmp_path, monkeypatch):
    """The mapped cache is checked without its CRC: a file cut short (or an empty one, which
    cannot be mapped) is refused and decoded again, never read as a shorter list."""
    from plancheck.lang import wordlists

    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path))
    whole = wordlists.load_table("en")
    path = wordlists.cache_path("en")
    data = path.read_bytes()
    for damaged in (data[: len(data) // 2], b""):
        path.write_bytes(damaged)
        again = wordlists.load_table("en")
        assert len(again) == len(whole) and again.get(b"schools") == whole.get(b"schools")
        assert path.read_bytes() == data  # written whole again


# --------------------------------------------------------------------------- simplemma's rules


def test_lazy_rules_are_simplemmas_own_table():
    """Every language of simplemma's RULE_FUNCTIONS (read in a process where simplemma is
    imported as shipped) gets the same function from the stand-in, and no other language."""
    import subprocess
    import sys

    import simplemma

    import plancheck.lang  # noqa: F401  (installs the stand-in when simplemma was not loaded)
    from plancheck.lang import lazyrules

    shipped = subprocess.run(
        [sys.executable, "-c", "import simplemma.strategies.defaultrules as d; "
         "print(sorted((k, f.__module__, f.__name__) for k, f in d.RULE_FUNCTIONS.items()))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    source = (Path(simplemma.__file__).parent / "strategies" / "defaultrules" / "__init__.py").read_text()
    lazy = lazyrules.LazyRules(lazyrules.rule_modules(source))
    assert str(sorted((k, f.__module__, f.__name__) for k, f in lazy.items())) == shipped
    assert lazy.get("nb") is None and "xx" not in lazy


def test_lazy_rules_refuse_a_changed_rule_package():
    from plancheck.lang.lazyrules import rule_modules

    good = 'from .en import apply_en\nRULE_FUNCTIONS = {"en": apply_en}\n'
    assert rule_modules(good) == {"en": ("en", "apply_en")}
    assert rule_modules(good + "OTHER = 1\n") is None  # something else callers may import
    assert rule_modules(good.replace('"en": apply_en', '"en": apply_fi')) is None
    assert rule_modules("from .en import apply_en\n") is None  # no table


def test_a_check_imports_only_its_languages_rules():
    """A fresh process lemmatising Norwegian imports simplemma's nynorsk rules only, and gets
    the lemmas simplemma gives with all its rule modules loaded."""
    import subprocess
    import sys

    words = "skulane kommunane arbeidet planane running kommunerna"
    code = (
        "import sys, plancheck.lang, simplemma\n"
        f"print([simplemma.lemmatize(w, l) for w in {words.split()!r} for l in ('nn', 'en', 'sv')])\n"
        "print(sorted(m for m in sys.modules if m.startswith('simplemma.strategies.defaultrules.')))\n"
    )
    lazy = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    shipped = subprocess.run(
        [sys.executable, "-c", "import simplemma.strategies.defaultrules\n" + code],
        capture_output=True, text=True, check=True,
    ).stdout
    assert lazy.splitlines()[0] == shipped.splitlines()[0]
    loaded = ast.literal_eval(lazy.splitlines()[1])
    assert "simplemma.strategies.defaultrules.fi" not in loaded


def test_a_forked_child_starts_frozen_and_the_parent_thaws():
    """The child's collector skips what it inherited (gc.freeze before the fork); the parent
    keeps collecting its own objects afterwards (a long-lived parent must not leak cycles)."""
    import gc

    from plancheck import limits

    if not limits.can_fork():
        pytest.skip("no fork on this platform")
    with limits.applied(timeout=60):
        frozen_in_child = limits.run_limited(lambda _p: gc.get_freeze_count(), what="test")
    assert frozen_in_child > 0
    assert gc.get_freeze_count() == 0


def test_model_default_factories_are_plain_functions():
    """pydantic reads every default factory's signature when a model class is built; for a
    builtin (``list``) or a model class that is slow (~5 ms of every start over the models), so
    the models' factories are plain functions - and each call still gives a new object."""
    import types

    from plancheck import models

    factories = [
        (cls.__name__, name, field.default_factory)
        for cls in vars(models).values()
        if isinstance(cls, type) and issubclass(cls, models.BaseModel)
        for name, field in cls.model_fields.items()
        if field.default_factory is not None
    ]
    assert len(factories) >= 40
    assert [f for f in factories if not isinstance(f[2], types.FunctionType)] == []
    a, b = models.Measure(id="M1", text="a"), models.Measure(id="M2", text="b")
    assert a.owners == [] and a.owners is not b.owners
    assert a.provenance == models.Provenance() and a.provenance is not b.provenance
