"""The mandate matcher's word lists are data (words.yaml, one list per language): the sets and
patterns of text.py, match.py and points.py are built from them."""

from __future__ import annotations

import pytest

from plancheck.mandate import match as M
from plancheck.mandate import points as P
from plancheck.mandate import text as T
from plancheck.mandate import words as W

LANGS = {"nb", "nn", "sv", "da", "en"}


def test_every_list_maps_known_languages_to_words():
    data = W.load()
    for name in ("stop", "plan_words", "generic", "mandate_verbs", "action", "process"):
        assert name in data
    for name, by_lang in data.items():
        assert set(by_lang) <= LANGS, name
        assert all(by_lang.values()), name


def test_a_malformed_list_is_refused(tmp_path):
    bad = tmp_path / "w.yaml"
    bad.write_text("stop:\n  nb: og\n", encoding="utf-8")
    with pytest.raises(ValueError, match="list of words"):
        W.load(bad)


def test_the_matcher_uses_the_union_over_languages():
    assert {"og", "ikkje", "att", "ikke", "the"} <= T.FUNCTION
    assert {"vurdere", "greie", "beskriva", "kortlægge", "assess"} <= T.STOP
    assert "tiltak" in T.GENERIC and "tiltak" not in T.STOP
    assert {"høyring", "remiss", "kommunalbestyrelse", "consultation"} <= M.PROCESS_WORDS


def test_phrases_come_before_their_first_word():
    ws = W.words("action")
    assert ws.index("kommer til å") < ws.index("skal")


@pytest.mark.parametrize(
    ("pattern", "text", "hit"),
    [
        (M.ACTION_RE, "Kommunen tar sikte på å bygge to nye barnehager.", True),
        (M.ACTION_RE, "Det var tre barnehager i 2020.", False),
        (P.PROCESS_RE, "Planen skal leggjast fram for kommunestyret.", True),
        (P.PROCESS_RE, "Sikre brukermedvirkning i alle tjenester.", True),
        (P.PROCESS_RE, "Beskrive tilbudet til barn og unge.", False),
        (P._DEADLINE_RE, "Planen skal være vedtatt innen utgangen av 2025.", True),
        (P._DEADLINE_RE, "Arbeidet skal være ferdig og vedtatt i juni 2026.", True),
        (P._DEADLINE_RE, "Planen skal revideres jevnlig.", False),
        (M.TARGET_RE, "Lekkasjane skal ned frå 38 til 25 prosent innan 2035.", True),
    ],
)
def test_the_patterns_built_from_the_lists(pattern, text, hit):
    assert bool(pattern.search(text)) is hit


def test_a_background_heading_is_a_whole_line():
    assert P._BACKGROUND_RE.match("Saksopplysningar:")
    assert not P._BACKGROUND_RE.match("Bakgrunnen for planen er ny lov")
