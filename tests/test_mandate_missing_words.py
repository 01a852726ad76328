"""Issue 11 (session 15): "Mangler" names what is missing in the planner's words — the
phrases of the point the lacking words stand in, short — not the lacking words one by one
and not the point again. Hand-built texts, points and plans."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFAULT_SETTINGS, assess_points, planner_words
from plancheck.mandate.missing import (
    concern_missing,
    head_phrase,
    lacking_phrases,
    short_form,
)
from plancheck.mandate.parents import said_in_goal


def test_neighbouring_lacking_words_are_one_phrase() -> None:
    text = "Vurdere foreldrebetalinga og redusert betaling for familiar med låg inntekt."
    assert lacking_phrases(text, ["redusert", "betaling"], "nn") == [
        "redusert betaling for familiar"
    ]
    # joined over "og" and a preposition, not over a comma
    assert lacking_phrases("Vurdere vann og avløp, og renovasjon.", ["vann", "avløp"], "nb") == [
        "vann og avløp"
    ]
    assert lacking_phrases("Kartlegge vann, avløp og renovasjon.", ["vann", "avløp"], "nb") == [
        "vann",
        "avløp",
    ]


def test_a_qualifier_is_said_with_the_word_it_qualifies() -> None:
    """An adjective, a quantifier, a verb after a modal means little alone."""
    assert lacking_phrases(
        "Alle innbyggere skal ha trygg drikkevannsforsyning.", ["trygg"], "nb", degree=False
    ) == ["trygg drikkevannsforsyning"]
    assert lacking_phrases(
        "Hele kommunen skal ha god mobildekning.", ["Hele"], "nb", degree=False
    ) == ["Hele kommunen"]
    assert lacking_phrases(
        "Vi vil kutte klimagassutslippene fra egen drift.", ["kutte"], "nb", degree=False
    ) == ["kutte klimagassutslippene"]


def test_a_lacking_noun_keeps_the_phrase_that_says_which() -> None:
    assert lacking_phrases(
        "Gjennomgå vedtektene i aksjeselskapene.", ["vedtektene"], "nb"
    ) == ["vedtektene i aksjeselskapene"]
    assert lacking_phrases("review the cost of repairs", ["cost"], "en") == ["cost of repairs"]


def test_no_phrase_across_a_modal_or_a_verb() -> None:
    """"fjorden skal ha god …" is two clauses' words, not a phrase."""
    assert lacking_phrases(
        "Elvane og fjorden skal ha god økologisk tilstand.", ["fjorden"], "nn", degree=False
    ) == ["fjorden"]


def test_an_abbreviation_stop_is_no_boundary() -> None:
    assert lacking_phrases(
        "Vurdere ny flerbrukshall og kunstgressbane nr. 2.", ["kunstgressbane", "nr"], "nb"
    ) == ["kunstgressbane nr. 2"]


def test_short_form_and_head_phrase() -> None:
    assert (
        short_form("muligheten for flere boliger i og nær sentrum, blant annet ved fortetting og "
                   "transformasjon av eldre næringsbygg")
        == "muligheten for flere boliger i og nær sentrum"
    )
    assert short_form("Tilbudet til tilreisende båtfolk skal beskrives") == (
        "Tilbudet til tilreisende båtfolk"
    )
    assert (
        head_phrase(
            "Vurdere samarbeid med nabokommunane om forvaltninga av hjort som trekkjer over "
            "kommunegrensene.",
            "nn",
        )
        == "samarbeid med nabokommunane"
    )
    assert head_phrase("Beskriva hur antalet invånare över 80 år väntas utvecklas.", "sv") == (
        "antalet invånare över 80 år"
    )


def test_concern_missing_keeps_a_date_and_falls_back_to_the_head() -> None:
    assert concern_missing(
        "Planen skal sendes på høring til eldrerådet", ["eldrerådet", "innen 1. mars 2027"], "nb"
    ) == ["eldrerådet", "innen 1. mars 2027"]
    # nearly every word lacking: the concern's first thing, not all of it again
    assert concern_missing(
        "Vurdere samarbeid med nabokommunane om felles utlysing.",
        ["samarbeid", "nabokommunane", "utlysing"],
        "nn",
    ) == ["samarbeid med nabokommunane"]


def test_planner_words_of_a_phrase_drop_the_asking_verb() -> None:
    assert planner_words(["Vurdere reservestraum for mobilmaster"], "nn") == [
        "reservestraum for mobilmaster"
    ]


PLAN = [
    (
        "Mobil og breiband",
        ["Kommunen har 14 mobilmaster. Telenor og Telia eig mastene, og kommunen kartlegg "
         "dekninga kvart år."],
    ),
    (
        "Sjø",
        ["Havnene i kommunen får nye flytebrygger i 2027. Havnene skal tilpassast "
         "havnivåstigning med høgare kaier."],
    ),
    (
        "Måltid",
        ["Måltidene på sykehjemmene serveres fire ganger om dagen, og porsjonsstørrelsene er "
         "tilpasset beboerne."],
    ),
]


POINTS = [
    "Vurdere reservestraum for mobilmaster ved straumbrot.",
    "Havnene skal tilpassast havnivåstigning og stormflo.",
    "Vurdere porsjonsstørrelser og valgfrihet ved måltidene på sykehjemmene.",
    "Alle innbyggjarar skal ha trygg drikkevassforsyning.",
]


def _covered(plan, **changes):
    text = "Mandat\n\n" + "\n".join(f"{n}. {p}" for n, p in enumerate(POINTS, 1))
    settings = replace(DEFAULT_SETTINGS, **changes)
    return assess_points(plan, find_points([text]), "nn", settings=settings, explain=True)


def test_a_partial_point_names_the_missing_thing_with_its_qualifier() -> None:
    """The passage names the masts, not the backup power: "Mangler" says the backup power
    for the masts — the words lacking as the phrase they stand in — and the same statuses with
    the mechanism off, where the words were listed one by one."""
    plan = support.make_plan(PLAN, title="Handlingsplan 2026–2029")
    on, off = _covered(plan)[0], _covered(plan, missing_phrases=False)[0]
    assert on.status == off.status == "partial"
    assert off.missing == ["reservestraum", "straumbrot"]
    assert on.missing == ["reservestraum for mobilmaster", "straumbrot"]
    # --explain says the same per concern
    assert on.explain[0].missing_words == ["reservestraum for mobilmaster", "straumbrot"]
    # a point of several concerns names the concern left open ("stormflo"), both ways
    assert _covered(plan)[1].missing == ["stormflo"]
    assert [c.status for c in _covered(plan)] == [
        c.status for c in _covered(plan, missing_phrases=False)
    ]


def test_parent_goal_words_said_as_phrases() -> None:
    goal = "Alle innbyggere skal ha trygg drikkevannsforsyning."
    assert said_in_goal(["trygg"], goal, "nb") == ["trygg drikkevannsforsyning"]
    goal = "Hele kommunen skal ha god mobildekning og raskt bredbånd."
    assert said_in_goal(["Hele"], goal, "nb") == ["Hele kommunen"]
    # names of several words stay as they are, in the goal's order, none inside another
    goal = "Samfunnet skal være robust mot flom, skred og havnivåstigning."
    assert said_in_goal(["skred", "havnivåstigning"], goal, "nb") == ["skred og havnivåstigning"]
    goal = "Eldre skal få hjelp til å bu heime og ha eit aktivt liv."
    assert said_in_goal(["aktivt liv", "hjelp"], goal, "nn") == ["hjelp", "aktivt liv"]


def test_the_passive_verb_of_a_question_is_no_part_of_the_concern() -> None:
    """"Hvordan skal renovasjon og brannberedskap løses i hytteområdene?" is missing the fire
    preparedness in the cabin areas, not "løses"; a verb that is what is asked stays: at the
    end ("tilbudene samordnes"), after "ikke", as a particle verb, in a clause of its own."""
    assert short_form("brannberedskap løses i hytteområdene?", lang="nb") == (
        "brannberedskap i hytteområdene"
    )
    assert short_form("tilbudene samordnes", lang="nb") == "tilbudene samordnes"
    assert short_form("jordmasser med fremmede arter ikke spres ved gravearbeid", lang="nb") == (
        "jordmasser med fremmede arter ikke spres ved gravearbeid"
    )
    assert short_form("tiltakene følges opp av kommunen", lang="nb") == (
        "tiltakene følges opp av kommunen"
    )
    assert short_form("hvordan indsatsen kan finansieres", lang="da") == (
        "hvordan indsatsen kan finansieres"
    )
    # a phrase of lacking words leaves the verb out when it stands inside it
    assert lacking_phrases(
        "brannberedskap løses i hytteområdene", ["brannberedskap", "løses", "hytteområdene"], "nb"
    ) == ["brannberedskap i hytteområdene"]
    # the verb alone lacking: it is the concern
    assert lacking_phrases("hvordan indsatsen kan finansieres", ["finansieres"], "da") == [
        "finansieres"
    ]
