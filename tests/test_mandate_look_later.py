"""A look at a matter promised for later, and a matter that may become relevant later, put it
off (requirements.yaml deferral_future, deferral_aux): "Kommunen vil i 2028 se nærmere på
avfallet", "Eit kommunalt tilskot kan bli aktuelt seinare" answer no point that asks for
the look or the assessment itself; a look already taken does."""

from __future__ import annotations

import pytest

from plancheck.mandate.match import DEFERRAL_RE


@pytest.mark.parametrize(
    "sentence",
    [
        "Forvaltningen vil i 2029 se nærmere på mængderne fra skolerne.",
        "Kommunen skal seinare sjå nærare på behovet for fleire bustader.",
        "Förvaltningen ska under 2030 titta närmare på skolornas avfall.",
        "The council will look into a grant scheme for private owners.",
        "Eit eige tilskot til eigarane kan vere aktuelt seinare.",
        "En egen tilskuddsordning kan være aktuell senere.",
        "Ett kommunalt bidrag kan bli aktuellt senare.",
        "A grant scheme may be considered at a later stage.",
    ],
)
def test_a_look_promised_or_a_matter_possible_later_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi har sett nærmere på behovet for fleire bustader i alle bygdene.",
        "Arbeidsgruppa gjekk gjennom registra og laga ei oversikt over kulturminna.",
        "We looked into the grant schemes of four neighbouring councils.",
        "Tilskotsordninga kan søkjast av alle private eigarar.",
    ],
)
def test_a_look_taken_or_a_scheme_in_place_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)
