"""The owner matcher without spaCy gives what spaCy's tokenizer and ``Matcher`` give.

Most owner texts ("Rådgiver oppvekst og PPT") are words of letters separated by single spaces;
:mod:`plancheck.lang.owners` splits and matches those itself, so a check does not import spaCy
(0.7 s, 60 MB) for them. These tests compare both ways on the vocabulary's own words, on
generated texts and on the owner cells of the corpus gold files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.lang import owners
from plancheck.lang.nlp import SUPPORTED_LANGS, make_nlp
from plancheck.lang.vocab import OWNER_WORDS, words
from tests.conftest import ROOT

EXCEPTIONS = ROOT / "plancheck" / "lang" / "data" / "tokenizer_exceptions.yaml"


def spacy_alpha_exceptions(lang: str) -> list[str]:
    rules = make_nlp(lang).tokenizer.rules
    return sorted(k for k, v in rules.items() if k.isalpha() and [t.get(65) for t in v] != [k])


def test_tokenizer_exceptions_file_is_current():
    data = yaml.safe_load(EXCEPTIONS.read_text("utf-8"))
    assert {lang: sorted(data.get(lang) or []) for lang in SUPPORTED_LANGS} == {
        lang: spacy_alpha_exceptions(lang) for lang in SUPPORTED_LANGS
    }


def both_ways(text: str, lang: str) -> tuple[object, object]:
    tokens = owners._plain_tokens(text)
    assert tokens is not None, text
    plain = (tokens, sorted(set(owners._plain_matches(tokens, lang))))
    spacy_tokens, matches = owners._spacy_matches(text, lang)
    return plain, (spacy_tokens, sorted(set(matches)))


_VOCAB = sorted(
    {t for kind in ("role", "unit", "external") for w in words(OWNER_WORDS, kind) for t in w.lstrip("-").split() if t.isalpha()}
)
_SUFFIXES = ["", "en", "et", "er", "ene", "s", "a", "leder", "ne", "ar"]
_WORD = st.builds(lambda w, s, cap: (w + s).capitalize() if cap else w + s, st.sampled_from(_VOCAB), st.sampled_from(_SUFFIXES), st.booleans())
_OTHER = st.sampled_from(["og", "and", "och", "helse", "oppvekst", "kommune", "PPT", "NAV", "Department", "for", "alle", "cannot", "Serru"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORD, _OTHER), min_size=1, max_size=6), st.sampled_from(SUPPORTED_LANGS))
def test_plain_matcher_is_spacys_matcher(tokens, lang):
    text = " ".join(tokens)
    if owners._plain_tokens(text) is None:  # a tokenizer exception: spaCy's own path
        assert any(t in owners._spacy_exceptions() for t in tokens)
        return
    plain, spacy = both_ways(text, lang)
    assert plain == spacy


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcæøåäöé ABCÆØÅ-./()&,1\t"), max_size=20), st.sampled_from(SUPPORTED_LANGS))
def test_plain_tokens_are_spacys_tokens_or_left_to_spacy(text, lang):
    tokens = owners._plain_tokens(text)
    if tokens is not None:
        assert tokens == owners._spacy_matches(text, lang)[0]


def _gold_owner_texts() -> list[tuple[str, str]]:
    out = []
    for gold in sorted((ROOT / "corpora").rglob("*.gold.yaml")):
        data = yaml.safe_load(gold.read_text("utf-8")) or {}
        lang = str(data.get("language") or "nb")
        for m in data.get("measures") or []:
            for o in (m.get("owners") or []) if isinstance(m, dict) else []:
                text = o if isinstance(o, str) else (o or {}).get("text")
                if text:
                    out.append((text, lang))
    return sorted(set(out))


def test_owner_cells_of_the_corpus_read_the_same_both_ways():
    texts = _gold_owner_texts()
    assert len(texts) > 100
    for text, lang in texts:
        tokens = owners._plain_tokens(text)
        if tokens is None:
            continue
        plain, spacy = both_ways(text, owners.normalize_lang(lang))
        assert plain == spacy, text


def test_a_plain_owner_cell_does_not_import_spacy():
    code = (
        "import sys\n"
        "from plancheck.lang.owners import split_owners, is_owner_like\n"
        "o = split_owners('Rådgiver oppvekst og PPT', lang='nb')\n"
        "assert [x.text for x in o] == ['Rådgiver oppvekst', 'PPT'], o\n"
        "assert is_owner_like('Enhetsleder skole', 'nb')\n"
        "print(json.dumps('spacy' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) is False


@pytest.mark.parametrize("text", ["Helse- og omsorg", "Plan & bygg", "Team 2", "Rådgiver  PPT", "Leder (PPT)"])
def test_text_with_punctuation_digits_or_spacing_goes_to_spacy(text):
    assert owners._plain_tokens(text) is None


def test_gold_owner_texts_found():
    assert Path(EXCEPTIONS).is_file()
