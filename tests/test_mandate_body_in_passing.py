"""A council named in passing is not consulted; a theme handed on to a plan to come is not
answered; the opening verb of a listed point is no process step. Plans built by hand."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate.match import DEFAULT_SETTINGS, DEFERRAL_RE, _process_sentence
from plancheck.mandate.points import is_process
from plancheck.models import Plan


def make_plan(chapters: list[tuple[str, list[str]]], title: str = "Plan for trygge lokalsamfunn") -> Plan:
    return support.make_plan(chapters, title)


cover = support.cover


CONTENT = (
    "Førebygging",
    [
        "Skulane, helsestasjonen og politiet samarbeider om tiltak mot rus og vald blant "
        "ungdom i kommunen.",
    ],
)
POINT = "Utkastet skal drøftast i eldrerådet før det blir sendt på høyring."


def test_council_in_passing_is_not_consulted() -> None:
    """The council is named in a sentence of its own that says nothing of this draft; the
    hearing comes in the next sentence."""
    plan = make_plan(
        [
            (
                "Om planarbeidet",
                [
                    "Eldrerådet i kommunen møtest fire gonger i året. Planen var på høyring frå "
                    "februar til april 2027.",
                ],
            ),
            CONTENT,
        ]
    )
    (c,) = cover(plan, POINT, lang="nn")
    assert c.status != "covered"


def test_council_with_the_draft_is_consulted() -> None:
    plan = make_plan(
        [
            (
                "Om planarbeidet",
                [
                    "Utkastet vart drøfta i eldrerådet i januar 2027. Planen var på høyring frå "
                    "februar til april 2027.",
                ],
            ),
            CONTENT,
        ]
    )
    (c,) = cover(plan, POINT, lang="nn")
    assert c.status == "covered"


def test_process_sentence_needs_more_than_a_council() -> None:
    s = DEFAULT_SETTINGS
    assert not _process_sentence(["eldreråd", "møte", "gong", "år"], s)
    # a step, a word for the plan (also a stop or plan word: all_lemmas), or a group set up
    # for the plan makes it one
    assert _process_sentence(["eldreråd", "innspill"], s)
    assert _process_sentence(["eldreråd", "gi"], s, ["planen", "plan", "eldreråd", "gi"])
    assert _process_sentence(["planutkast", "uttale", "idrettsråd"], s)
    assert _process_sentence(["krisesenter", "arbeidsgruppe"], s)
    assert _process_sentence(["kommunestyre", "tilstandsrapport"], s)
    # switched off: a council alone is enough, as before
    assert _process_sentence(["eldreråd", "møte"], replace(s, body_needs_step=False))


def test_plan_to_come_is_a_deferral() -> None:
    assert DEFERRAL_RE.search("Ladning af busser tages op i den kommende trafikplan.")
    assert DEFERRAL_RE.search("Tungtransport blir handsama i ein eigen plan.")
    assert DEFERRAL_RE.search("Det tas inn i kommende trafikkplan.")
    assert not DEFERRAL_RE.search("Planen erstatter trafikkplanen fra 2015.")


def test_deferred_theme_is_not_covered() -> None:
    plan = make_plan(
        [
            (
                "Lading",
                [
                    "Kommunen har 40 offentlige ladepunkter for personbiler. Lading av busser "
                    "og lastebiler tas opp i den kommende trafikkplanen.",
                ],
            ),
        ],
        title="Strategi for ladeinfrastruktur",
    )
    (c,) = cover(plan, "Beskrive behovet for lading av busser og lastebiler.")
    assert c.status != "covered"


def test_opening_verb_is_no_process_step() -> None:
    assert not is_process("Legge fram et kart som viser alle næringsområdene.")
    assert is_process("Legge fram planen for kommunestyret innen juni 2026.")
    assert is_process("Planen skal legges fram for formannskapet.")


def test_deadline_picks_the_dated_step() -> None:
    """The council is named alike under the title and in the sentence that dates its
    reading: the dated sentence answers "innen utgangen av mars 2027"."""
    plan = make_plan(
        [
            (
                "Skolebruksplan",
                [
                    "Kvitevik kommune · Høringsutkast til kommunestyret · Arkivsak 26/0412",
                    "Skolene i kommunen har 1200 elever i 2026.",
                ],
            ),
            (
                "Videre behandling",
                [
                    "Planen sendes på høring i januar 2027 og behandles i kommunestyret "
                    "18. mars 2027.",
                ],
            ),
        ],
        title="Skolebruksplan",
    )
    (c,) = cover(plan, "Planen skal legges fram for kommunestyret innen utgangen av mars 2027.")
    assert c.status == "covered"
    (late,) = cover(plan, "Planen skal legges fram for kommunestyret innen utgangen av februar 2027.")
    assert late.status != "covered"


def test_compound_with_a_body_as_head_is_a_body() -> None:
    from plancheck.mandate.match import _process_hits

    assert _process_hits(["samhällsbyggnadsnämnd"]) == 1
    assert _process_hits(["hovedtillitsvalgt"]) == 1
    assert _process_hits(["lekplats"]) == 0
    # a committee adopting the plan: the committee is standing, the adoption is a step
    assert _process_sentence(["anta", "samhällsbyggnadsnämnd"], DEFAULT_SETTINGS)
    assert not _process_sentence(["samhällsbyggnadsnämnd", "möte", "månad"], DEFAULT_SETTINGS)


def test_swedish_frame_words_are_not_the_object() -> None:
    """"Planen ska innehålla en karta över samtliga lekplatser": the map of the playgrounds is
    the object; "innehålla" (nb inneholde) and "samtliga" (nb alle) are not."""
    from plancheck.mandate import text as T

    text = "Planen ska innehålla en karta över samtliga lekplatser"
    lemmas = [t.lemma for t in T.content_terms(text, "sv")]
    assert "karta" in lemmas and "lekplats" in lemmas
    assert not {"innehålla", "samtlig", "samtliga"} & set(lemmas)


def test_council_decision_on_another_matter_is_no_step() -> None:
    """The committee is named with a decision whose object is an infinitive clause about the
    plan's content ("vedtok … å gje …"): nothing says this plan was laid before it. A decision
    on the plan ("Utkastet vart vedteke …") is a step."""
    from plancheck.mandate import find_points
    from plancheck.mandate import text as T
    from plancheck.mandate.match import _steps_about_other
    from plancheck.mandate.match import assess_points as assess

    point = "Planen skal leggjast fram for oppvekstutvalet innan 1. mai 2027."
    other = make_plan(
        [
            ("Skulefrukost", ["Oppvekstutvalet vedtok i 2024 å gje alle elevar gratis frukost."]),
            CONTENT,
        ],
        title="Plan for skulefrukost",
    )
    (c,) = cover(other, point, lang="nn")
    assert c.status == "uncovered"
    points = find_points(["Mandat\n\n1. " + point])
    off = replace(DEFAULT_SETTINGS, step_object=False, calibrated=False)
    (before,) = assess(other, points, lang="nn", settings=off)
    assert before.status != "uncovered"  # the decision counted as a step of this plan
    terms = T.terms("Kommunestyret vedtok at planen skal rullerast kvart år.", "nb")
    assert not _steps_about_other(terms)
    terms = T.terms("Nämnden beslutade att bygga en ny skola.", "sv")
    assert [terms[i].surface for i in _steps_about_other(terms)] == ["beslutade"]
    terms = T.terms("Findings were reported to the cabinet in May.", "en")
    assert not _steps_about_other(terms)
