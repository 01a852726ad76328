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
    assert without_lone_questions(["hvor", "hvornår hunde må gå løse"]) == [
        "hvornår hunde må gå løse"
    ]
    assert without_lone_questions(["which of the kiosks should stay open", "why"]) == [
        "which of the kiosks should stay open"
    ]
    # a word that is an interrogative in one sense and a noun in another ("kor", a choir) in
    # the middle of a list of things stays a concern
    assert without_lone_questions(["korleis korps", "kor", "teaterlag kan få hjelp"]) == [
        "korleis korps",
        "kor",
        "teaterlag kan få hjelp",
    ]
    # nothing else to ask about: kept
    assert without_lone_questions(["hvor"]) == ["hvor"]


def test_where_and_when_share_their_clause() -> None:
    plan = support.make_plan(
        [
            (
                "Regler i hundeskovene",
                [
                    "Hunde må gå løse i alle hundeskove hele året. Fra 1. april til 30. juni "
                    "skal hunde føres i snor i den nordlige del af skoven, hvor rådyrene "
                    "sætter kid.",
                ],
            ),
            ("Drift", ["Kommunen slår græsset to gange om året."]),
        ],
        title="Hundeskovsplan 2027–2030",
    )
    point = "Foreslå regler for brugen af hundeskovene, herunder hvor og hvornår hunde må gå løse."
    assert _one(plan, point, "da").status == "covered"
    # the lone "hvor" as a concern of its own left the point partial
    before = _one(plan, point, "da", lone_questions=False)
    assert before.status == "partial" and before.missing == ["hvor"]


def test_mangler_drops_the_points_label() -> None:
    assert point_label("Varelevering: Regler for varelevering i gågaden") == "Varelevering"
    assert point_label("Lokal næring: Kva betyr hyttebygginga for handel?") == "Lokal næring"
    # a sentence before a colon is no label
    assert point_label("Planen skal svare på dette i eit eige kapittel som blir lagt fram: X") == ""
    assert without_label("høgd: Kor store", "Storleik og høgd") == "Kor store"
    assert without_label("faith groups: May", "Workshop") == "faith groups: May"
    assert planner_words(
        ["Varelevering: Regler for varelevering i gågaden"], "da", label="Varelevering"
    ) == ["Regler for varelevering i gågaden"]
    assert planner_words(["Varelevering: Regler for varelevering i gågaden"], "da") == [
        "Varelevering: Regler for varelevering i gågaden"
    ]


def test_a_partial_point_names_what_is_missing_even_in_function_words() -> None:
    plan = support.make_plan(
        [("Empty homes", ["There are 212 homes that have been empty for more than six months."])],
        title="Empty Homes Plan 2027–2030",
    )
    c = _one(plan, "How many homes have been empty for more than six months, and where are they?", "en")
    assert c.status == "partial"
    # the planner's words of "where are they" are none: said as the point wrote it
    assert planner_words(["where are they"], "en") == []
    assert c.missing == ["where are they"]


def test_the_nynorsk_verbs_of_holding_and_setting_are_a_points_frame() -> None:
    from plancheck.mandate import text as T

    # "Planforslaget skal innehalde føresegner …", "Fastsetje mål for dekning …": the verb is
    # no word to find, nor the concern's most specific word
    for word, lang in (("innehalde", "nn"), ("Fastsetje", "nn"), ("fastsette", "nb")):
        (t,) = T.terms(word, lang)
        assert t.stop, word
