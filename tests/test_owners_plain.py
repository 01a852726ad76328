"""The owner matcher without spaCy gives what spaCy's tokenizer and ``Matcher`` give.

:mod:`plancheck.lang.tokenizer` applies spaCy's tokenizer rules (exported as data) and
:mod:`plancheck.lang.owners` matches the same patterns on those tokens, so a check does not
import spaCy (0.7 s, 60 MB) for the owner cells. These tests compare both ways: on generated
owner-like texts with punctuation, on the owner cells of the corpus gold files, and the data
file against the installed spaCy.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.lang import owners, tokenizer
from plancheck.lang.nlp import SUPPORTED_LANGS
from plancheck.lang.vocab import OWNER_WORDS, words
from tests.conftest import ROOT


def test_tokenizer_data_is_the_installed_spacys():
    assert tokenizer.export() == tokenizer._data()


def both_ways(text: str, lang: str) -> tuple[object, object]:
    tokens = owners._plain_tokens(text, lang)
    assert tokens is not None, text
    plain = (tokens, sorted(set(owners._plain_matches(tokens, lang))))
    spacy_tokens, matches = owners._spacy_matches(text, lang)
    return plain, (spacy_tokens, sorted(set(matches)))


_VOCAB = sorted(
    {t for kind in ("role", "unit", "external") for w in words(OWNER_WORDS, kind) for t in w.lstrip("-").split() if t.isalpha()}
)
_SUFFIXES = ["", "en", "et", "er", "ene", "s", "a", "leder", "ne", "ar", "-", ".", ",", ")", "'s", "-leder"]
_PREFIXES = ["", "", "", "(", "NAV-", "HR-", "«", "\""]
_WORD = st.builds(
    lambda p, w, s, cap: p + ((w + s).capitalize() if cap else w + s),
    st.sampled_from(_PREFIXES), st.sampled_from(_VOCAB), st.sampled_from(_SUFFIXES), st.booleans(),
)
_OTHER = st.sampled_from(
    ["og", "and", "och", "&", "v/", "m/", "helse", "PPT", "NAV", "Department", "for", "alle", "cannot", "don't",
     "f.eks.", "bl.a.", "Mr.", "2", "2026", "kl.", "/", "-", "–", "e-post", "U.S.", "Mayor's", "(PPT)", "etc."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORD, _OTHER), min_size=1, max_size=6), st.sampled_from(SUPPORTED_LANGS))
def test_plain_matcher_is_spacys_matcher(parts, lang):
    text = " ".join(parts)
    if owners._plain_tokens(text, lang) is None:
        return  # left to spaCy
    plain, spacy = both_ways(text, lang)
    assert plain == spacy


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcæøåäöé ABCÆØÅ-./()&,:;'\"!?%$€1 \t\n«»–"), max_size=24), st.sampled_from(SUPPORTED_LANGS))
def test_plain_tokens_are_spacys_tokens_or_left_to_spacy(text, lang):
    tokens = owners._plain_tokens(text, lang)
    if tokens is not None:
        assert tokens == owners._spacy_matches(text, lang)[0]


def _gold_owner_texts() -> list[tuple[str, str]]:
    out = []
    for gold in sorted((ROOT / "corpora").rglob("*.gold.yaml")):
        data = yaml.safe_load(gold.read_text("utf-8")) or {}
        lang = owners.normalize_lang(str(data.get("language") or "nb"))
        for m in data.get("measures") or []:
            for o in (m.get("owners") or []) if isinstance(m, dict) else []:
                text = o if isinstance(o, str) else (o or {}).get("text")
                if text:
                    out.append((text, lang))
    return sorted(set(out))


def test_owner_cells_of_the_corpus_read_the_same_both_ways():
    texts = _gold_owner_texts()
    assert len(texts) > 100
    plain = 0
    for text, lang in texts:
        if owners._plain_tokens(text, lang) is None:
            continue
        plain += 1
        mine, spacys = both_ways(text, lang)
        assert mine == spacys, text
    assert plain >= 0.95 * len(texts)  # nearly all are read without spaCy


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("NAV-leder", "nb", ["NAV-leder"]),
        ("Helse- og omsorg", "nb", ["Helse-", "og", "omsorg"]),
        ("Leder (PPT)", "nb", ["Leder", "(", "PPT", ")"]),
        ("Koordinerende team v/ leder", "nb", ["Koordinerende", "team", "v/", "leder"]),
    ],
)
def test_plain_tokens_of_owner_cells(text, lang, expected):
    assert owners._plain_tokens(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [("Rådgiver  PPT", "nb"), ("Rådgiver\nPPT", "nb"), (" PPT", "nb"), ("cannot", "en")])
def test_other_spacing_and_rewritten_special_cases_go_to_spacy(text, lang):
    assert owners._plain_tokens(text, lang) is None


def test_owner_cells_do_not_import_spacy():
    code = (
        "import json, sys\n"
        "from plancheck.lang.owners import split_owners, is_owner_like\n"
        "o = split_owners('Rådgiver oppvekst og PPT', lang='nb')\n"
        "assert [x.text for x in o] == ['Rådgiver oppvekst', 'PPT'], o\n"
        "assert is_owner_like('NAV-leder', 'nb')\n"
        "assert split_owners('Koordinerende team v/ leder', lang='nb')\n"
        "print(json.dumps('spacy' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) is False
