"""Pay only for what the document needs: one language's word list, spaCy only when used.

Each "what is loaded" test runs in a fresh interpreter: the test process has long loaded
everything, so only a new process shows what one command costs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

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
    """The simplemma dictionaries a fresh interpreter has loaded after running ``code``."""
    probe = (
        "import simplemma.strategies.dictionaries.dictionary_factory as f\n"
        "seen = []\n"
        "orig = f._load_dictionary_from_disk\n"
        "def spy(lang):\n"
        "    seen.append(lang)\n"
        "    return orig(lang)\n"
        "f._load_dictionary_from_disk = spy\n"
        f"{code}\n"
        "print(','.join(sorted(set(seen))))\n"
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
