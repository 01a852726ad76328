"""What says which of the object asked about, or how much of it, is not the object: an adjective
before the concern's noun and the adverbs of degree and frequency (issue 11, session 14)."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate import match as M
from plancheck.mandate import text as T

FLOM = support.make_plan(
    [
        (
            "Der vannet renner når rørene er fulle",
            [
                "Flomveiene gjennom sentrum er kartlagt, og ingen nye bygg skal stenge dem. "
                "Kartet viser hvor vannet går ved styrtregn.",
            ],
        ),
    ],
    title="Overvannsplan 2027–2030",
)


def _status(plan, text: str, **settings) -> str:
    points = find_points(["Mandat\n\n1. " + text])
    s = replace(M.DEFAULT_SETTINGS, calibrated=False, **settings)
    (c,) = M.assess_points(plan, points, "nb", settings=s)
    return str(getattr(c.status, "value", c.status))


def test_adjectives_are_known_by_their_derivational_suffix():
    assert T.is_adjective("naturlig", "nb") and T.is_adjective("teknisk", "nb")
    assert T.is_adjective("interkommunal", "nn") and T.is_adjective("electronic", "en")
    # a stem too short for the suffix: "fisk" is no adjective in -isk
    assert not T.is_adjective("fisk", "nb")
    assert not T.is_adjective("flomvei", "nb") and not T.is_adjective("tilstand", "nb")


def test_an_adjective_before_a_noun_of_the_concern_is_attributive():
    text = "naturlige flomveier og teknisk tilstand"
    terms = [t for t in T.terms(text, "nb") if not t.stop]
    assert M.attributive_terms(text, terms, "nb") == frozenset({0, 2})
    # before a generic noun too: "interkommunale samarbeid" is the cooperation asked about
    text = "interkommunale samarbeid"
    terms = [t for t in T.terms(text, "nb") if not t.stop]
    assert terms[1].generic and M.attributive_terms(text, terms, "nb") == frozenset({0})
    # a word between (here a preposition), or no noun after: not attributive
    text = "kart over flomveier som er naturlige"
    terms = [t for t in T.terms(text, "nb") if not t.stop]
    assert M.attributive_terms(text, terms, "nb") == frozenset()


def test_the_object_answered_without_its_adjective_answers_the_point():
    point = "Kartlegge naturlige flomveier."
    # the adjective weighing in full, the missing "naturlige" keeps the point from covered
    assert _status(FLOM, point, attributive_weight=1.0) != "covered"
    assert _status(FLOM, point) == "covered"


def test_a_missing_object_is_not_made_up_for_by_its_adjective():
    # "naturlige" is in the plan, the object "skredfare" is not: nothing of the point
    plan = support.make_plan(
        [("Naturen", ["Naturlige bekker og dammer skal tas vare på i sentrum."])],
        title="Overvannsplan 2027–2030",
    )
    assert _status(plan, "Kartlegge naturlig skredfare.") != "covered"


def test_adverbs_of_degree_and_frequency_are_function_words():
    words = {t.surface: t.stop for t in T.terms("selskaper kommunen eier helt eller delvis", "nb")}
    assert words["helt"] and words["delvis"] and not words["selskaper"]
    # read by its printed form: the lemmatiser gives "liten" for "minst", "hel" for "hele"
    assert all(t.stop for t in T.terms("minst hele", "nb"))
    # nynorsk "kor" (how) and "mest" (→ mykje) are function words in nynorsk text only
    assert all(t.stop for t in T.terms("kor mange kjem mest", "nn") if t.surface != "kjem")
    assert not T.terms("kor", "nb")[0].stop
    assert all(t.stop for t in T.terms("often partly", "en"))


def test_the_rod_trad_reads_degree_words_as_words():
    # parents.goal_words: its thresholds were set counting them ("Hele kommunen skal ha …")
    assert T.terms("hele helt", "nb")[0].stop
    assert not any(t.stop for t in T.terms("hele helt", "nb", degree=False))
