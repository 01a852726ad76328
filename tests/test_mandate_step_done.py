"""A process point whose step the plan states taken — the step's verb in the past tense, every
partner it names, dated by the deadline — is covered: a process chapter tells the plan's making
("Planen ble drøftet med tillitsvalgte og verneombudet 20. april 2047"), in words the
point's other concerns ("på et eget møte") need not share (issue 11, mstat33's table: process points
answered in the past tense and never retrieved). Plans built by hand, in nb, nn, sv, da and en;
each with the cases that must stay uncovered (another partner, a promise, a negation, late)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import (
    DEFAULT_SETTINGS,
    assess_points,
    build_units,
    step_asked,
    step_stated_done,
)

CASES = [
    (
        "nb",
        "Arbeidsplanen skal drøftes med tillitsvalgte og verneombudet på et eget møte innen 1. mai 2047.",
        "Planen ble drøftet med tillitsvalgte og verneombudet 20. april 2047.",
    ),
    (
        "nn",
        "Planen skal drøftast med dei tillitsvalde og verneombodet i eit eige møte innan 1. mai 2047.",
        "Planen vart drøfta med dei tillitsvalde og verneombodet 20. april 2047.",
    ),
    (
        "sv",
        "Förvaltningen ska senast samma dag rapportera till länsstyrelsen vilka åtgärder som har vidtagits.",
        "Förvaltningen rapporterade åtgärderna till länsstyrelsen den 24 september 2044 genom att skicka denna plan.",
    ),
    (
        "da",
        "Planen skal drøftes med aftalepartierne, inden den behandles i fagudvalget.",
        "Planen blev drøftet med aftalepartierne på et møde den 3. maj 2042.",
    ),
    (
        "en",
        "The draft shall be discussed with the safety representatives at a dedicated meeting by 1 May 2047.",
        "The draft was discussed with the safety representatives on 14 April 2047.",
    ),
]


def _plan(sentence: str):
    return support.make_plan(
        [
            ("Formål", ["Planen skal gi forsvarlige tjenester og en forutsigbar sommer."]),
            ("Medvirkning", [sentence]),
        ],
        "Bemanningsplan",
    )


def _status(lang: str, point: str, sentence: str, settings=DEFAULT_SETTINGS) -> str:
    points = find_points(["Mandat\n\n1. " + point])
    (c,) = assess_points(_plan(sentence), points, lang, settings=settings)
    return str(getattr(c.status, "value", c.status))


@pytest.mark.parametrize(("lang", "point", "sentence"), CASES)
def test_the_step_stated_taken_covers(lang: str, point: str, sentence: str) -> None:
    assert _status(lang, point, sentence) == "covered"


def test_without_the_mechanism_it_is_not_covered() -> None:
    lang, point, sentence = CASES[0]
    off = replace(DEFAULT_SETTINGS, step_done=False, process_kind_pool=False, hand_over_done=False)
    assert _status(lang, point, sentence, off) != "covered"


@pytest.mark.parametrize(
    ("lang", "point", "sentence"),
    [
        # another partner than the one asked
        (
            "en",
            "The policy must be discussed with the trade union representatives before 1 May 2047.",
            "The policy was discussed with the safety representatives on 14 April 2047.",
        ),
        # only one of the two partners
        (
            "nb",
            "Planen skal drøftes med tillitsvalgte og verneombudet innen 1. mai 2047.",
            "Planen ble drøftet med tillitsvalgte 20. april 2047.",
        ),
        # negated
        (
            "sv",
            "Planen ska stämmas av med skyddsombudet senast den 1 maj 2047.",
            "Planen har inte stämts av med skyddsombudet den 14 april 2047.",
        ),
        # taken after the deadline
        (
            "da",
            "Planen skal drøftes med aftalepartierne senest den 1. marts 2042.",
            "Planen blev drøftet med aftalepartierne den 3. maj 2042.",
        ),
    ],
)
def test_not_the_step_asked_is_not_covered(lang: str, point: str, sentence: str) -> None:
    assert _status(lang, point, sentence) != "covered"


def test_a_promise_is_no_step_taken() -> None:
    """"Planen vil bli drøftet …": promised, not stated taken (step_promise)."""
    point = "Planen skal drøftes med tillitsvalgte innen 1. mai 2047."
    units = build_units(_plan("Planen vil bli drøftet med tillitsvalgte 20. april 2047."), "nb")
    assert step_stated_done(point, units, "nb") is None
    units = build_units(_plan("Planen ble drøftet med tillitsvalgte 20. april 2047."), "nb")
    assert step_stated_done(point, units, "nb") is not None


def test_a_part_of_the_plan_is_no_step() -> None:
    """"Planen skal ha et kapittel om samarbeid med frivillige": a noun's phrase, no step."""
    assert step_asked("Planen skal ha et kapittel om samarbeid med frivillige.", "nb") is None


def test_the_step_and_its_partners() -> None:
    verbs, partners = step_asked(CASES[0][1], "nb")
    assert verbs == ["drøfte"]
    assert [t.lemma for t in partners] == ["tillitsvalgt", "verneombud"]


def test_every_partner_after_its_own_preposition() -> None:
    """"till Regionbibliotek Mitt och till grundskolornas rektorer": the rektorer are partners too,
    and a plan that sent the draft to the library alone has not taken the step asked (gold
    partial)."""
    point = (
        "Förslaget ska remitteras till Regionbibliotek Mitt och till grundskolornas rektorer "
        "innan det lämnas till nämnden senast den 30 april 2047."
    )
    _verbs, partners = step_asked(point, "sv")
    assert "rektor" in [t.lemma for t in partners]
    sentence = "Förslaget har remitterats till Regionbibliotek Mitt, som lämnade synpunkter i mars 2047."
    assert _status("sv", point, sentence) != "covered"


def test_a_named_body_is_a_partner() -> None:
    """"to the Fire Authority": a capitalised name is a partner though "fire" is a stop word."""
    point = "The action plan shall be submitted to the Fire Authority by 30 June 2047."
    _verbs, partners = step_asked(point, "en")
    assert [t.surface for t in partners] == ["Fire", "Authority"]
    sentence = "The action plan was submitted to the Fire Authority on 12 June 2047."
    assert _status("en", point, sentence) == "covered"


@pytest.mark.parametrize(
    ("point", "lang"),
    [
        # the word before the preposition is another verb's object: no step of the modal
        ("Eldrerådet skal få utkastet til uttale før det sendes på høring.", "nb"),
        # the step's length is asked, which the step alone does not answer
        ("Planforslaget skal ligge ute til offentlig ettersyn i minst seks uker.", "nb"),
        # a place of the step, not a partner after the verb
        ("Planen skal behandles i hovedutvalget for helse før jul 2047.", "nb"),
    ],
)
def test_no_step_with_partners(point: str, lang: str) -> None:
    assert step_asked(point, lang) is None
