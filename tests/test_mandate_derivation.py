"""Derivations as data (derivation.yaml): a verb and its noun, a particle verb and its
prefixed noun, a quality noun and its adjective share a key; a compound's linking -s after a
derivational suffix stays with the modifier."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.mandate import text as T


def _whole(text: str, lang: str) -> list[set[str]]:
    return [t.whole for t in T.terms(text, lang)]


def test_every_language_has_rules_and_every_rule_list_is_data():
    rules = T.load_derivation_rules()
    assert {"nb", "nn", "sv", "da", "en"} <= set(rules)
    for lang in ("nb", "nn", "sv", "da"):
        r = rules[lang]
        assert r.verb_endings and r.particles and r.linking_s_after and r.quality_nouns


@pytest.mark.parametrize(
    ("verb", "noun", "lang"),
    [
        ("redusere", "reduksjon", "nb"),
        ("informere", "informasjon", "nb"),
        ("kartleggje", "kartlegging", "nn"),
        ("utreda", "utredning", "sv"),
        ("minska", "minskning", "sv"),
        ("undersøge", "undersøgelse", "da"),
    ],
)
def test_a_verb_and_its_noun_share_a_key(verb, noun, lang):
    (v,), (n,) = _whole(verb, lang), _whole(noun, lang)
    assert {k for k in v if k.startswith("~")} & {k for k in n if k.startswith("~")}


def test_unrelated_words_share_no_derivation_key():
    (a,), (b,) = _whole("redusere", "nb"), _whole("registrering", "nb")
    assert not ({k for k in a if k.startswith("~")} & {k for k in b if k.startswith("~")})


@pytest.mark.parametrize(
    ("phrase", "noun", "lang"),
    [
        ("avfallet samles inn", "innsamling", "nb"),
        ("skulen skal byggje om", "ombygging", "nn"),
        ("hushalda sorterer ut", "utsortering", "nb"),
    ],
)
def test_a_particle_verb_shares_the_key_of_its_prefixed_noun(phrase, noun, lang):
    keys = set().union(*_whole(phrase, lang))
    (n,) = _whole(noun, lang)
    assert {k for k in n if k.startswith("~")} & keys
    # without its particle the verb does not reach the prefixed noun
    bare = set().union(*_whole(" ".join(phrase.split()[:-1]), lang))
    assert not ({k for k in n if k.startswith("~")} & bare)


def test_a_particle_that_is_not_one_gives_nothing():
    assert T.particle_keys("samle", "til", "nb") == frozenset()
    assert "~innsaml" in T.particle_keys("samle", "inn", "nb")


def test_a_quality_noun_carries_its_adjective():
    (n,) = _whole("trygghet", "nb")
    (a,) = _whole("tryggere", "nb")
    assert "trygg" in n and "trygg" in a
    (nn,) = _whole("tryggleik", "nn")
    assert "trygg" in nn


def test_english_nouns_carry_their_verb():
    (n,) = _whole("engagement", "en")
    assert "engage" in n


def test_the_linking_s_after_a_derivational_suffix_stays_with_the_modifier():
    T.compound_split.cache_clear()
    T._split2.cache_clear()
    assert T.compound_split("befolkningstallet", "nb")[0] == ("befolkning", "tall")
    assert T.compound_split("ledelsesteamet", "nb")[0] == ("ledelse", "team")
    assert T.compound_split("sikkerhetstiltak", "nb")[0] == ("sikkerhet", "tiltak")
    # no derivational suffix before the joint: the split is not touched
    assert T.compound_split("skolestart", "nb")[0] == ("skole", "start")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnoprstuvyæøå", min_size=1, max_size=14))
def test_derivation_keys_are_marked_or_plain_words(word):
    for lang in ("nb", "sv", "en"):
        for k in T.derivation_keys(word, lang):
            assert k and (k.startswith("~") or k.isalpha())
        for s in T.derivation_stems(word, lang):
            assert len(s) >= T.DERIVATION[lang].min_stem
