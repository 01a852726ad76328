"""What a point asks for, read from its form (issue 11, session 19): an interrogative standing
alone beside a question is no concern, the nynorsk verbs of holding and setting are a point's
frame, and "Mangler" names what is missing without the point's label and never nothing.
Plans and mandates built by hand."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import (
    MatchSettings,
    assess_points,
    planner_words,
    without_lone_questions,
)
from plancheck.mandate.missing import point_label, without_label


def _one(plan, point: str, lang: str, **settings):
    points = find_points(["Mandat\n\n1. " + point])
    (c,) = assess_points(plan, points, lang, settings=replace(MatchSettings(), **settings))
    return c


def test_an_interrogative_alone_beside_a_question_is_no_concern() -> None:
    assert without_lone_questions(["hvor", "hvornår der må spilles om aftenen"]) == [
        "hvornår der må spilles om aftenen"
    ]
    assert without_lone_questions(["which of the kiosks should stay open", "why"]) == [
        "which of the kiosks should stay open"
    ]
    # a word that is an interrogative in one sense and a noun in another ("kor", a choir) in
    # the middle of a list of things stays a concern
    assert without_lone_questions(["korleis speidarar", "kor", "sjakklubbar kan få lokale"]) == [
        "korleis speidarar",
        "kor",
        "sjakklubbar kan få lokale",
    ]
    # nothing else to ask about: kept
    assert without_lone_questions(["hvor"]) == ["hvor"]


def test_where_and_when_share_their_clause() -> None:
    plan = support.make_plan(
        [
            (
                "Regler på boldbanerne",
                [
                    "Der må spilles om aftenen på alle boldbaner hele året. Fra 1. maj til "
                    "31. august skal lyset slukkes kl. 22 på banen ved skolen, hvor naboerne "
                    "bor tættest på.",
                ],
            ),
            ("Drift", ["Kommunen kridter banerne op to gange om måneden."]),
        ],
        title="Boldbaneplan 2029–2032",
    )
    point = "Foreslå regler for brugen af boldbanerne, herunder hvor og hvornår der må spilles om aftenen."
    assert _one(plan, point, "da").status == "covered"
    # the lone "hvor" as a concern of its own left the point partial
    before = _one(plan, point, "da", lone_questions=False)
    assert before.status == "partial" and before.missing == ["hvor"]


def test_mangler_drops_the_points_label() -> None:
    assert point_label("Skilting: Regler for skilting i gågaden") == "Skilting"
    assert point_label("Hamna: Kva betyr den nye brygga for fisket?") == "Hamna"
    # a sentence before a colon is no label
    assert point_label("Planen skal gjere greie for dette i eit eige kapittel som blir lagt fram: X") == ""
    assert without_label("form: Kvar skal", "Plassering og form") == "Kvar skal"
    assert without_label("sports clubs: May", "Workshop") == "sports clubs: May"
    assert planner_words(
        ["Skilting: Regler for skilting i gågaden"], "da", label="Skilting"
    ) == ["Regler for skilting i gågaden"]
    assert planner_words(["Skilting: Regler for skilting i gågaden"], "da") == [
        "Skilting: Regler for skilting i gågaden"
    ]


def test_a_partial_point_names_what_is_missing_even_in_function_words() -> None:
    plan = support.make_plan(
        [("Bus shelters", ["There are 37 bus shelters that have had no light for more than a month."])],
        title="Bus Shelter Plan 2029–2032",
    )
    c = _one(plan, "How many bus shelters have had no light for more than a month, and which are they?", "en")
    assert c.status == "partial"
    # the planner's words of "which are they" are none: said as the point wrote it
    assert planner_words(["which are they"], "en") == []
    assert c.missing == ["which are they"]


def test_the_nynorsk_verbs_of_holding_and_setting_are_a_points_frame() -> None:
    from plancheck.mandate import text as T

    # "Planforslaget skal innehalde føresegner …", "Fastsetje mål for dekning …": the verb is
    # no word to find, nor the concern's most specific word
    for word, lang in (("innehalde", "nn"), ("Fastsetje", "nn"), ("fastsette", "nb")):
        (t,) = T.terms(word, lang)
        assert t.stop, word
