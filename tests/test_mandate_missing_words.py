"""Issue 11 (session 15): "Mangler" names what is missing in the planner's words — the
phrases of the point the lacking words stand in, short — not the lacking words one by one
and not the point again. Hand-built texts, points and plans (invented wording)."""

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
    text = "Vurdere ny billettordning og redusert billettpris for pensjonistar med låg inntekt."
    assert lacking_phrases(text, ["redusert", "billettpris"], "nn") == [
        "redusert billettpris for pensjonistar"
    ]
    # joined over "og" and a preposition, not over a comma
    assert lacking_phrases("Vurdere sykkel og gange, og kollektivtrafikk.", ["sykkel", "gange"], "nb") == [
        "sykkel og gange"
    ]
    assert lacking_phrases("Kartlegge sykkel, gange og kollektivtrafikk.", ["sykkel", "gange"], "nb") == [
        "sykkel",
        "gange",
    ]


def test_a_qualifier_is_said_with_the_word_it_qualifies() -> None:
    """An adjective, a quantifier, a verb after a modal means little alone."""
    assert lacking_phrases(
        "Alle barn skal ha trygg badeplass.", ["trygg"], "nb", degree=False
    ) == ["trygg badeplass"]
    assert lacking_phrases(
        "Hele dalen skal ha gode lekeplasser.", ["Hele"], "nb", degree=False
    ) == ["Hele dalen"]
    assert lacking_phrases(
        "Vi vil halvere ventetida på legevakta.", ["halvere"], "nb", degree=False
    ) == ["halvere ventetida"]


def test_a_lacking_noun_keeps_the_phrase_that_says_which() -> None:
    assert lacking_phrases("Gjennomgå rutinene i barnehagene.", ["rutinene"], "nb") == [
        "rutinene i barnehagene"
    ]
    assert lacking_phrases("review the cost of repairs", ["cost"], "en") == ["cost of repairs"]


def test_no_phrase_across_a_modal_or_a_verb() -> None:
    """"elvene skal ha god …" is two clauses' words, not a phrase."""
    assert lacking_phrases(
        "Innsjøane og elvene skal ha god vasskvalitet.", ["elvene"], "nn", degree=False
    ) == ["elvene"]


def test_an_abbreviation_stop_is_no_boundary() -> None:
    assert lacking_phrases(
        "Vurdere ny svømmehall og idrettshall nr. 3.", ["idrettshall", "nr"], "nb"
    ) == ["idrettshall nr. 3"]


def test_short_form_and_head_phrase() -> None:
    assert (
        short_form("behovet for flere parkeringsplasser ved stasjonen, blant annet ved "
                   "pendlerparkering og sykkelhotell")
        == "behovet for flere parkeringsplasser ved stasjonen"
    )
    assert short_form("Tilbudet til nye innbyggere skal beskrives") == "Tilbudet til nye innbyggere"
    assert (
        head_phrase(
            "Vurdere samarbeid med nabokommunane om drift av symjehallen i vinterhalvåret.",
            "nn",
        )
        == "samarbeid med nabokommunane"
    )
    assert head_phrase("Beskriva hur antalet barn under 6 år väntas utvecklas.", "sv") == (
        "antalet barn under 6 år"
    )


def test_concern_missing_keeps_a_date_and_falls_back_to_the_head() -> None:
    assert concern_missing(
        "Planen skal sendes på høring til eldrerådet", ["eldrerådet", "innen 1. mars 2031"], "nb"
    ) == ["eldrerådet", "innen 1. mars 2031"]
    # nearly every word lacking: the concern's first thing, not all of it again
    assert concern_missing(
        "Vurdere samarbeid med nabokommunene om felles innkjøp.",
        ["samarbeid", "nabokommunene", "innkjøp"],
        "nb",
    ) == ["samarbeid med nabokommunene"]


def test_planner_words_of_a_phrase_drop_the_asking_verb() -> None:
    assert planner_words(["Vurdere nødstrøm for sykehjemmene"], "nb") == [
        "nødstrøm for sykehjemmene"
    ]


def test_the_passive_verb_of_a_question_is_no_part_of_the_concern() -> None:
    """"Hvordan skal renovasjon og snørydding løses i boligfeltene?" is missing the snow
    clearing in the housing estates, not "løses"; a verb that is what is asked stays: at the
    end ("aktivitetene samordnes"), after "ikke", as a particle verb, in a clause of its own."""
    assert short_form("snørydding løses i boligfeltene?", lang="nb") == "snørydding i boligfeltene"
    assert short_form("aktivitetene samordnes", lang="nb") == "aktivitetene samordnes"
    assert short_form("avfall fra byggeplassen ikke spres ved uvær", lang="nb") == (
        "avfall fra byggeplassen ikke spres ved uvær"
    )
    assert short_form("tiltakene følges opp av kommunen", lang="nb") == (
        "tiltakene følges opp av kommunen"
    )
    assert short_form("hvordan projektet kan finansieres", lang="da") == (
        "hvordan projektet kan finansieres"
    )
    # a phrase of lacking words leaves the verb out when it stands inside it
    assert lacking_phrases(
        "snørydding løses i boligfeltene", ["snørydding", "løses", "boligfeltene"], "nb"
    ) == ["snørydding i boligfeltene"]
    # the verb alone lacking: it is the concern
    assert lacking_phrases("hvordan projektet kan finansieres", ["finansieres"], "da") == [
        "finansieres"
    ]


PLAN = [
    (
        "Helse",
        ["Kommunen har fire sykehjem. Sykehjemmene har egne kjøkken, og kommunen kartlegger "
         "bemanningen hvert år."],
    ),
    (
        "Vann",
        ["Vannverket får ny ledning i 2027. Vannverket skal tilpasses tørke med et nytt "
         "høydebasseng."],
    ),
    (
        "Skole",
        ["Skolene har leksehjelp tre dager i uka, og leksehjelpen er gratis for alle elever."],
    ),
]
POINTS = [
    "Vurdere nødstrøm for sykehjemmene ved strømbrudd.",
    "Vannverket skal tilpasses tørke og flom.",
    "Vurdere leksehjelp og aktivitetstilbud ved skolene i ferien.",
    "Alle innbyggere skal ha trygg badeplass.",
]


def _covered(plan, **changes):
    text = "Mandat\n\n" + "\n".join(f"{n}. {p}" for n, p in enumerate(POINTS, 1))
    settings = replace(DEFAULT_SETTINGS, **changes)
    return assess_points(plan, find_points([text]), "nb", settings=settings, explain=True)


def test_a_partial_point_names_the_missing_thing_with_its_qualifier() -> None:
    """The passage names the nursing homes, not the backup power: "Mangler" says the backup
    power for the nursing homes — the lacking words as the phrase they stand in — with the
    same statuses as with the mechanism off, where the words were listed one by one."""
    plan = support.make_plan(PLAN, title="Handlingsplan 2026–2029")
    on, off = _covered(plan)[0], _covered(plan, missing_phrases=False)[0]
    assert on.status == off.status == "partial"
    assert off.missing == ["nødstrøm", "strømbrudd"]
    assert on.missing == ["nødstrøm for sykehjemmene", "strømbrudd"]
    # --explain says the same per concern
    assert on.explain[0].missing_words == ["nødstrøm for sykehjemmene", "strømbrudd"]
    # a point of several concerns names the concern left open ("flom"), both ways
    assert _covered(plan)[1].missing == ["flom"]
    assert [c.status for c in _covered(plan)] == [
        c.status for c in _covered(plan, missing_phrases=False)
    ]


def test_parent_goal_words_said_as_phrases() -> None:
    assert said_in_goal(["trygg"], "Alle barn skal ha trygg badeplass.", "nb") == ["trygg badeplass"]
    assert said_in_goal(["Hele"], "Hele dalen skal ha gode lekeplasser og badeplasser.", "nb") == [
        "Hele dalen"
    ]
    # names of several words stay as they are, in the goal's order, none inside another
    goal = "Byen skal være rustet mot tørke, storm og hetebølger."
    assert said_in_goal(["storm", "hetebølger"], goal, "nb") == ["storm og hetebølger"]
    goal = "Unge skal få hjelp til å finne jobb og ha ei meiningsfull fritid."
    assert said_in_goal(["meiningsfull fritid", "hjelp"], goal, "nn") == [
        "hjelp",
        "meiningsfull fritid",
    ]


def test_a_coordinated_adjective_is_said_with_its_noun() -> None:
    """"reint og godt badevatn" lacking "reint": "reint badevatn" (one ending: both agree
    with the noun); a noun before "og" is no such adjective ("kultur og gode uterom")."""
    goal = "Alle skal ha reint og godt badevatn."
    assert lacking_phrases(goal, ["reint"], "nn", degree=False) == ["reint badevatn"]
    goal = "Innbyggjarane skal få rike og gode kulturtilbod."
    assert lacking_phrases(goal, ["rike"], "nn", degree=False) == ["rike kulturtilbod"]
    goal = "Torget skal ha handel, kultur og gode uterom."
    assert lacking_phrases(goal, ["kultur"], "nb", degree=False) == ["kultur"]


def test_a_genitive_goes_on_to_its_noun() -> None:
    """"… fra kommunens egen bilpark": a phrase does not end on a genitive whose noun stands
    after "egen"/"own"."""
    assert lacking_phrases("Planen skal vise utslippene fra kommunens egen bilpark.", ["utslippene"], "nb") == [
        "utslippene fra kommunens egen bilpark"
    ]
    assert lacking_phrases("Gjennomgå rutinene i barnehagene.", ["rutinene"], "nb") == [
        "rutinene i barnehagene"
    ]
