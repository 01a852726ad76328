"""Session 42: the rød tråd's judge on a goal joining clauses whose one clause asks a state of
its subject. Invented wordings (no corpus document holds them)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate.parents import (
    DEFAULT_PARENT_SETTINGS,
    concerns,
    goal_words,
    item_keys_of,
    judge_concerns,
    predicate_unanswered,
)


def _judge(text: str, item: str, lang: str, **kw) -> float:
    words = goal_words(text, lang)
    cs = concerns(words, text)
    items = [("g1", "goal", item, 1)]
    keys = [item_keys_of(goal_words(item, lang))]
    settings = replace(DEFAULT_PARENT_SETTINGS, **kw)
    best, _ = judge_concerns(cs, words, 0.7, [(0.7, [], 0)], items, keys, {}, {}, {},
                             settings=settings, text=text, lang=lang)
    return best


@pytest.mark.parametrize(
    ("text", "item", "lang"),
    [
        # the subject's words met by other work (the harbour's ferry), nothing on "quiet"
        ("The harbour paths are quiet, and more visitors arrive by ferry.",
         "A new ferry timetable for visitors to the harbour paths", "en"),
        ("Badeplassane er reine, og fleire gjester kjem med ferja.",
         "Ny ferjerute for gjester til badeplassane", "nn"),
    ],
)
def test_a_joined_goal_whose_state_is_unanswered_is_not_followed_up(text: str, item: str, lang: str) -> None:
    assert _judge(text, item, lang) < DEFAULT_PARENT_SETTINGS.followed
    assert _judge(text, item, lang, predicate_gap=False) >= DEFAULT_PARENT_SETTINGS.followed


def test_the_state_answered_is_followed_up() -> None:
    text = "The harbour paths are quiet, and more visitors arrive by ferry."
    item = "Quiet harbour paths: a new ferry timetable for visitors"
    assert _judge(text, item, "en") >= DEFAULT_PARENT_SETTINGS.followed


def test_predicate_unanswered_needs_a_copula_between_subject_and_state() -> None:
    text = "The harbour paths are quiet"
    cs = concerns(goal_words(text, "en"), text)
    assert [c.text for c in cs][-1] == "quiet"
    assert predicate_unanswered(text, cs, [True] * (len(cs) - 1) + [False])
    assert not predicate_unanswered(text, cs, [True] * len(cs))
    # no copula: a verb's clause is judged by its concerns as before
    text = "Visitors walk the harbour paths"
    cs = concerns(goal_words(text, "en"), text)
    assert not predicate_unanswered(text, cs, [True] + [False] * (len(cs) - 1))
