"""Session 37 (pstat37): "close to where people live" in every language's usual form.

"nær der de bor" was read as a place qualifier of the goal's object (its words generic, no
concern of their own: tests/test_mandate_parents.py). The same qualifier typed with a
preposition after the word for near ("tæt på, hvor de bor", "close to where people live", "nær
til der dei bur") or with the Swedish words ("nära där de bor") was read word by word: "bor", "tæt", "live"
became concerns the child had to repeat, and a goal answered was left partial."""

from __future__ import annotations

import pytest

from plancheck.mandate.parents import concerns, goal_words


@pytest.mark.parametrize(
    ("text", "lang", "obj"),
    [
        ("Alle borgere har let adgang til natur tæt på, hvor de bor.", "da", "natur"),
        ("Residents have parks and green spaces close to where they live.", "en", "parks"),
        ("Invånarna ska ha natur och friluftsliv nära där de bor.", "sv", "natur"),
        ("Ældre får pleje og omsorg tæt på, hvor de bor.", "da", "pleje"),
        ("Innbyggjarane skal ha turområde nær til der dei bur.", "nn", "turområde"),
    ],
)
def test_near_home_forms_are_a_qualifier_not_a_concern(text, lang, obj):
    ws = goal_words(text, lang)
    qual = {"tæt", "nära", "close", "nær", "bor", "bur", "live", "where", "hvor", "der", "där"}
    assert all(w.generic for w in ws if w.surface.lower() in qual)
    assert not next(w for w in ws if w.surface == obj).generic
    # no concern asks for the living (or being) itself
    for c in concerns(ws, text):
        assert not {w.surface.lower() for w in c.objects} & {"bor", "bur", "live", "tæt", "nära", "close"}


def test_near_alone_is_no_qualifier():
    # "nær" / "close" without a word for where and a verb of living or being marks nothing
    from plancheck.mandate import text as T
    from plancheck.mandate.parents import near_home

    for text, lang in [
        ("Kommunen skal ha et nært samarbeid med næringslivet der det er mulig.", "nb"),
        ("Work close to the voluntary sector.", "en"),
        ("Vi vil samarbejde tæt på tværs af forvaltninger.", "da"),
    ]:
        assert near_home(T.terms(text, lang, degree=False)) == set()

