"""Mechanisms of session 48 (issue 11), each on invented wording.

A matter handed to a document to be remade ("Hvordan samarbeidet skal foregå, beskrives i den
nye avtalen") after a sentence that only announces that document's remaking ("Avtalen med
borettslagene reforhandles i 2046") is answered by neither sentence: the first says the
document will be made, the second leaves the matter to it (``MatchSettings.document_echo``,
``match.document_echo``). The Nordic neuter forms of "the new document" hand a matter on as the
common gender does (requirements.yaml ``deferral``: "i det nya avtalet", "i et nyt program")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.match import (
    DEFAULT_SETTINGS,
    DEFERRAL_RE,
    MatchSettings,
    assess_points,
    deferred_sentences,
)
from tests.conftest import plan_of_chapters


def _status(cov) -> str:
    return getattr(cov.status, "value", cov.status)


# (language, the sentence announcing the document, the sentence handing the matter to it)
ECHOES = [
    (
        "nb",
        "Avtalen med borettslagene om tildeling reforhandles i 2046.",
        "Hvordan samarbeidet skal foregå, beskrives i den nye avtalen.",
    ),
    (
        "da",
        "Aftalen med andelsforeningerne om udlejning genforhandles i 2046.",
        "Samarbejdet om udlejning beskrives i den nye aftale.",
    ),
    (
        "sv",
        "Avtalet med bostadsbolaget om förmedling omförhandlas under 2046.",
        "Hur samarbetet ska gå till beskrivs i det nya avtalet.",
    ),
    (
        "en",
        "The agreement with the housing trusts will be renegotiated in 2046.",
        "How the partners work together will be set out in the new agreement.",
    ),
]


@pytest.mark.parametrize(("lang", "before", "handed"), ECHOES)
def test_the_announced_document_is_put_off_with_the_matter(lang, before, handed):
    assert deferred_sentences([before, handed], DEFAULT_SETTINGS) == [True, True]
    off = replace(MatchSettings(), document_echo=False)
    assert deferred_sentences([before, handed], off) == [False, True]


@pytest.mark.parametrize(
    ("before", "handed"),
    [
        # the sentence before tells what a document holds: it stands
        (
            "Beredskapsplanen viser rutene for varsling.",
            "Ansvaret beskrives i den nye beredskapsplanen.",
        ),
        # its subject is no document at all
        ("Hallen bygges i 2046.", "Driften beskrives i den nye driftsplanen."),
        # another document than the one handed to
        ("Strategien revideres i 2046.", "Samarbeidet beskrives i den nye avtalen."),
    ],
)
def test_a_sentence_before_that_does_not_announce_that_document_stands(before, handed):
    assert deferred_sentences([before, handed], DEFAULT_SETTINGS) == [False, True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hur samarbetet ska gå till beskrivs i det nya avtalet.",
        "Detta regleras i ett nytt program.",
        "Ansvaret beskrives i et nyt program.",
        "Dette tas inn i det nye programmet.",
        "Korleis dette skal gjerast, vert skildra i det nye programmet.",
    ],
)
def test_a_neuter_new_document_hands_the_matter_on(sentence):
    assert DEFERRAL_RE.search(sentence)


def test_a_point_answered_only_by_the_announcement_is_not_covered():
    mandate = (
        "Kommissorium\n\n1. Beskrive hvordan samarbeidet med borettslagene om tildeling av boliger "
        "skal foregå.\n\n2. Gi en oversikt over antall kommunale boliger."
    )
    chapters = [
        ("Boliger", "Kommunen eier 212 boliger, 40 av dem i sentrum."),
        (
            "Samarbeid",
            "Avtalen med borettslagene om tildeling av boliger reforhandles i 2046. Hvordan "
            "samarbeidet skal foregå, beskrives i den nye avtalen.",
        ),
    ]
    got = assess_points(plan_of_chapters("Boligplan", chapters), find_points([mandate]), "nb")
    assert _status(got[0]) == "uncovered"
    off = replace(MatchSettings(), document_echo=False)
    before = assess_points(
        plan_of_chapters("Boligplan", chapters), find_points([mandate]), "nb", settings=off
    )
    assert _status(before[0]) != "uncovered"
