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


# a document of its own for the matter, to be made later: the matter is left to it
# (requirements.yaml deferral: {own_document_made}; deferral_indefinite, deferral_separate)
@pytest.mark.parametrize(
    ("sentence", "put_off"),
    [
        ("Ein eigen beredskapsplan for bassenget blir laga våren 2047.", True),
        ("En egen plan for vedlikehold av bruene utarbeides i 2047.", True),
        ("En separat strategi for lekeplassene vil bli lagt fram neste år.", True),
        ("Ett eget program för skolgårdarna tas fram under 2047.", True),
        ("Et særskilt program for legepladserne udarbejdes i 2047.", True),
        ("A separate maintenance plan will be prepared in 2047.", True),
        # made already, or no document of its own: stands
        ("En egen plan for vedlikehold av bruene er vedtatt.", False),
        ("Et eget team for vedlikehold blir satt sammen.", False),
        ("The plan will be prepared by a separate team.", False),
    ],
)
def test_a_document_of_its_own_made_later_puts_the_matter_off(sentence, put_off):
    assert bool(DEFERRAL_RE.search(sentence)) is put_off


# an open question opening the sentence, settled later by the plan's authors or by a passive of
# settling (requirements.yaml deferral: {question_decided}; deferral_question, deferral_decide)
@pytest.mark.parametrize(
    ("sentence", "put_off"),
    [
        ("Hvem som skal drifte badeplassen etter 2048, avtaler vi med velforeningen neste år.", True),
        ("Kven som skal eige brua, avklarer me med grunneigarane.", True),
        ("Vem som ska sköta spåren, bestäms när avtalet löper ut.", True),
        ("Hvordan udgifterne fordeles, aftales med foreningerne i 2048.", True),
        ("Who runs the kiosk after 2048 will be agreed with the trust.", True),
        # the question answered where it stands, or told where the answer is: stands
        ("Hvem som har ansvaret, står i tabellen under.", False),
        ("Hvordan vi har arbeidet, er beskrevet i kapittel 2.", False),
        ("Vi avtaler med velforeningen hvert år hvem som rydder.", False),
        ("When the board meets, we decide on the grants.", False),
    ],
)
def test_an_open_question_settled_later_is_put_off(sentence, put_off):
    assert bool(DEFERRAL_RE.search(sentence)) is put_off


def test_a_point_answered_only_by_a_document_to_be_made_is_not_covered():
    mandate = "Mandat\n\n1. Planen skal innehalde ein beredskapsplan for symjehallen.\n\n2. Gi ei oversikt over bassenga."
    chapters = [
        ("Bassenga", "Kommunen har tre basseng, to av dei i skulane."),
        ("Symjehallen", "Ein eigen beredskapsplan for symjehallen blir laga hausten 2047."),
    ]
    got = assess_points(plan_of_chapters("Symjeplan", chapters), find_points([mandate]), "nn")
    assert _status(got[0]) != "covered"


# a ranked list asked for, answered by a table ranking its rows by number (match._ranked_table,
# MatchSettings.ranked_table, words.yaml rank_word, rank_header, list_word)
def test_rank_column_reads_a_column_of_ranks():
    from plancheck.mandate.match import rank_column

    ranked = "Område | Prioritet | Kostnad\nNordvik | 1 | 2 mill.\nSørli | 2 | 1 mill.\nVestby | 3 | 4 mill."
    assert rank_column(ranked, 3) == 1
    classes = "Rekkefølge | Bru\n1 | Elvebrua\n1 | Kvernbrua\n2 | Steinbrua"
    assert rank_column(classes, 3) == 0
    # numbers that do not start at 1, or fall, rank nothing; nor does a column of another heading
    assert rank_column("Prioritet | Bru\n2 | A\n3 | B\n4 | C", 3) is None
    assert rank_column("Prioritet | Bru\n1 | A\n3 | B\n2 | C", 3) is None
    assert rank_column("Nr | Bru\n1 | A\n2 | B\n3 | C", 3) is None
    assert rank_column("Prioritet | Bru\n1 | A\n2 | B", 3) is None


def _plan_with_table(header: list[str], rows: list[list[str]]):
    from plancheck.extract.plan import table_text
    from plancheck.models import Passage

    plan = plan_of_chapters(
        "Plan for bruer",
        [("Om planen", "Planen gjelder kommunens bruer."), ("Bruene", "Kommunen har ni bruer over elvene.")],
    )
    plan.tables.append(Passage(id="t1", kind="table", text=table_text(header, rows), page=1, section_id="s2"))
    return plan


MANDATE_RANKED = "Mandat\n\n1. Leggje fram ei prioritert liste over bruer som skal skiftast ut.\n\n2. Gi ei oversikt over elvene."


def test_a_table_that_ranks_is_the_ranked_list_asked_for():
    ranked = _plan_with_table(
        ["Prioritet", "Bru", "Skiftast ut"],
        [["1", "Elvebrua", "2047"], ["2", "Kvernbrua", "2048"], ["3", "Steinbrua", "2049"]],
    )
    got = assess_points(ranked, find_points([MANDATE_RANKED]), "nn")
    assert _status(got[0]) == "covered"
    off = replace(MatchSettings(), ranked_table=0)
    assert _status(assess_points(ranked, find_points([MANDATE_RANKED]), "nn", settings=off)[0]) != "covered"


def test_a_table_without_ranks_is_no_ranked_list():
    plain = _plan_with_table(
        ["Nr", "Bru", "Skiftast ut"],
        [["1", "Elvebrua", "2047"], ["2", "Kvernbrua", "2048"], ["3", "Steinbrua", "2049"]],
    )
    assert _status(assess_points(plain, find_points([MANDATE_RANKED]), "nn")[0]) != "covered"
