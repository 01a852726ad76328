"""A concern made only of a question word or of a noun naming a kind of fact ("kor ofte", "by
when", "hvem der er ansvarlig", "kostnaden") asks the fact of that kind about the point's
object: it is answered by the passage answering the rest of the point when that passage holds
such a fact — a frequency, a date, a body or a role, an amount of money — and by nothing else
(session 38, ``MatchSettings.fact_kind``; docs/mandate.md 'Session 38, mstat38').

Variants in five languages, a plan that states the fact and one that does not, the expected
status written before the matcher was run."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.lang.deadlines import recurring_stated
from plancheck.mandate import find_points
from plancheck.mandate import text as T
from plancheck.mandate.match import Concern, MatchSettings, assess_points, fact_kind
from plancheck.models import Plan
from tests.conftest import plan_of_chapters


def _plan(title: str, chapters: list[tuple[str, str]]) -> Plan:
    return plan_of_chapters(title, chapters)


def _status(cov) -> str:
    return getattr(cov.status, "value", cov.status)


OTHER = ("Bakgrunn", "Kommunen har 4 200 innbyggjarar og ligg ved fjorden.")

# (language, mandate, the plan's answer with the fact, the same without it)
CASES = [
    (
        "nn",
        "Mandat\n\n1. Gjere greie for kva lag som nyttar idrettshallen, og kor ofte.",
        "Idrettshallen blir nytta av handballaget og turnlaget, begge tre kveldar i veka.",
        "Idrettshallen blir nytta av handballaget og turnlaget.",
    ),
    (
        "en",
        "Terms of reference\n\n1. Review the list of residents who receive an assisted bin "
        "collection, and how often.",
        "The list of residents who receive an assisted bin collection is reviewed every six "
        "months by the waste team.",
        "The list of residents who receive an assisted bin collection is reviewed by the waste "
        "team.",
    ),
    (
        "en",
        "Terms of reference\n\n1. Set out a programme for replacing the street lights with LED "
        "lamps, and by when.",
        "The programme replaces the street lights with LED lamps, street by street, by March 2029.",
        "The programme replaces the street lights with LED lamps, street by street.",
    ),
    (
        "sv",
        "Uppdrag\n\n1. Redovisa upprustningen av Folkets hus och kostnaden.",
        "Upprustningen av Folkets hus omfattar tak, fasad och kök och beräknas kosta 4,5 "
        "miljoner kronor.",
        "Upprustningen av Folkets hus omfattar tak, fasad och kök.",
    ),
    (
        "da",
        "Kommissorium\n\n1. Beskrive indsatsen mod ensomhed blandt ældre, og hvem der er ansvarlig.",
        "Indsatsen mod ensomhed blandt ældre ledes af sundhedskoordinatoren i samarbejde med "
        "Ældrerådet.",
        "Indsatsen mod ensomhed blandt ældre omfatter besøgsvenner og caféer.",
    ),
]


@pytest.mark.parametrize(("lang", "mandate", "stated", "unstated"), CASES)
def test_the_fact_of_the_kind_answers_the_question(lang, mandate, stated, unstated):
    points = find_points([mandate])
    got = assess_points(_plan("Plan", [OTHER, ("Svar", stated)]), points, lang)[0]
    assert _status(got) == "covered"


@pytest.mark.parametrize(("lang", "mandate", "stated", "unstated"), CASES)
def test_without_the_fact_the_question_stays_open(lang, mandate, stated, unstated):
    points = find_points([mandate])
    got = assess_points(_plan("Plan", [OTHER, ("Svar", unstated)]), points, lang)[0]
    assert _status(got) != "covered"


def test_a_vague_frequency_is_no_answer():
    points = find_points([CASES[0][1]])
    plan = _plan("Plan", [OTHER, ("Svar", CASES[0][3] + " Hallen blir nytta jamleg.")])
    assert _status(assess_points(plan, points, "nn")[0]) != "covered"


def test_the_mechanism_is_a_setting():
    lang, mandate, stated, _ = CASES[0]
    off = replace(MatchSettings(), fact_kind=False)
    got = assess_points(_plan("Plan", [OTHER, ("Svar", stated)]), find_points([mandate]), lang, settings=off)[0]
    assert _status(got) != "covered"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("kor ofte", "nn", "often"),
        ("hur ofta", "sv", "often"),
        ("by when", "en", "when"),
        ("tidplan", "sv", "when"),
        ("hvem der er ansvarlig", "da", "who"),
        ("kostnaden", "nb", "amount"),
        ("costs", "en", "amount"),
        # a word of its own, a place, the municipality: no kind of fact
        ("kostnad for skolebygg", "nb", ""),
        ("where", "en", ""),
        ("kommunen", "nb", ""),
    ],
)
def test_the_kind_a_concern_asks(text, lang, kind):
    assert fact_kind(Concern(text, T.terms(text, lang, degree=True)), lang) == kind


@pytest.mark.parametrize(
    ("text", "often"),
    [
        ("Huset blir brukt kvar veke", True),
        ("begge tre kveldar i veka", True),
        ("twice a week", True),
        ("checked every six months", True),
        ("Registeret gjennomgås hvert halvår", True),
        ("reviewed annually", True),
        ("Tolk vert bestilt 40 gonger i året", True),
        ("Hver skole har et rom", False),
        ("each school has a room", False),
        ("used regularly", False),
        ("Husa blir brukte jamleg", False),
    ],
)
def test_a_frequency_stated(text, often):
    assert recurring_stated(text) is often


# the municipality itself as a concern ("hvordan kommunen og grunneierne kan få del i …"): the
# one the plan is by, answered when the point's other concerns are; a question word is not
MUNICIPALITY = [
    (
        "nb",
        "Mandat\n\n1. Vurdere hvordan kommunen og grunneierne kan få del i inntektene fra "
        "vindkraftverket.",
        "Grunneierne får del i inntektene fra vindkraftverket gjennom festeavgift, og "
        "verket betaler eiendomsskatt.",
    ),
    (
        "en",
        "Terms of reference\n\n1. Set out how the council and local schools will share the "
        "new sports pitches.",
        "Local schools will share the new sports pitches with clubs: schools book them on "
        "weekdays until 4 pm.",
    ),
]


@pytest.mark.parametrize(("lang", "mandate", "answer"), MUNICIPALITY)
def test_the_municipality_is_no_concern(lang, mandate, answer):
    points = find_points([mandate])
    got = assess_points(_plan("Plan", [OTHER, ("Svar", answer)]), points, lang)[0]
    assert _status(got) == "covered"
    off = replace(MatchSettings(), municipality_concern=False)
    assert _status(assess_points(_plan("Plan", [OTHER, ("Svar", answer)]), points, lang, settings=off)[0]) != "covered"
