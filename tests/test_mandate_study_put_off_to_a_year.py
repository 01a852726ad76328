"""A study the plan puts off to a named year is no answer (requirements.yaml ``deferral``
"{studied} … {year}", ``deferral_study``): "Skyddsområdet utreds under 2031" says the
assessment is still to be done, while a measure scheduled for a year ("genomförs under 2031")
and a study already done ("utreddes 2020") are not put off."""

from __future__ import annotations

import pytest
import test_mandate_support as support

from plancheck.mandate import assess_points as assess_found
from plancheck.mandate import find_points


@pytest.mark.parametrize(
    "sentence",
    [
        "Skyddsområde för Norrtäkten utreds under 2031.",
        "Skredfaren ved Nordli vil bli kartlagt i løpet av 2029.",
        "Rasfaren ved Nordli vert vurdert i 2029.",
        "Støjen fra vejen undersøges i 2030.",
        "Flood risk at the depot will be assessed in 2029.",
    ],
)
def test_a_study_put_off_to_a_year_is_a_deferral(sentence: str) -> None:
    from plancheck.mandate.match import DEFERRAL_RE

    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reservkraft installeras vid verket under 2031.",  # a measure scheduled
        "Området utreddes 2020 och skyddsområde fastställdes 2021.",  # a study done
        "Bird studies in 2021 found two colonies.",  # a noun, no passive
        "Tiltaket gjennomføres i 2029.",
    ],
)
def test_a_deed_or_a_past_study_in_a_year_is_no_deferral(sentence: str) -> None:
    from plancheck.mandate.match import DEFERRAL_RE

    assert not DEFERRAL_RE.search(sentence)


def test_a_point_answered_only_by_a_study_put_off_is_not_covered() -> None:
    text = (
        "Uppdrag\n\n1. Redovisa vilket skydd reservvattentäkterna behöver, till exempel "
        "vattenskyddsområde.\n\n2. Kartlägga kommunens vattenverk.\n"
    )
    (p,) = [p for p in find_points([text]) if p.number == "1"]
    title = "Reservvattenplan för Norrby kommun 2030–2034"
    put_off = support.make_plan(
        [
            (
                "Reservvatten",
                [
                    "Två reservvattentäkter har provpumpats. Vattenskyddsområde för "
                    "reservvattentäkterna utreds under 2031."
                ],
            )
        ],
        title,
    )
    done = support.make_plan(
        [
            (
                "Reservvatten",
                [
                    "Två reservvattentäkter har provpumpats. Reservvattentäkterna "
                    "behöver vattenskyddsområde med föreskrifter om skydd mot "
                    "bekämpningsmedel."
                ],
            )
        ],
        title,
    )
    (c,) = assess_found(put_off, [p], lang="sv")
    assert c.status != "covered"
    (c,) = assess_found(done, [p], lang="sv")
    assert c.status == "covered"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sjøbadet er ikke i denne planen.",
        "Sjøbadet er ikkje i denne planen.",
        "Frågan om reservkraft finns inte i denna plan.",
        "Reservkraften hanteras utanför denna plan.",
        "Reservkraften ligger uden for planen.",
        "The depot is not in this plan.",
    ],
)
def test_a_theme_said_outright_to_be_left_out_of_this_plan_is_a_deferral(sentence: str) -> None:
    """"ikke i denne planen", "inte i denna plan", "not in this plan": the plan says it does not
    answer the theme, so its words there are no evidence."""
    from plancheck.mandate.match import DEFERRAL_RE

    assert DEFERRAL_RE.search(sentence)
