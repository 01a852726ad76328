"""A dated step asked of a body WITHOUT a modal is a process step like the modal's: an
infinitive point under the mandate's lead-in ("legge utkastet fram for utvalget innen …"), or a
passive ("Forslaget sendes til nævnet senest …"). The plan's sentence stating that step taken
with that body, in time, covers it; the deadline phrase ("senast", the date) is never a partner;
an ISO date after its preposition is that day, not the year's end (session 39: blind process
points answered "Utkastet vart lagt fram for utvalet 24. februar" were called uncovered).

Examples invented for this test in nb, nn, sv, da; each with the cases that must stay
uncovered (late, another body, a promise, a content point with no body)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFAULT_SETTINGS, assess_points, find_dates, step_asked

CASES = [
    # an infinitive under the lead-in, its object before the particle
    (
        "nb",
        "legge høringsutkastet fram for oppvekstutvalget innen 1.april 2051",
        "Utkastet ble lagt fram for oppvekstutvalget 12. mars 2051.",
    ),
    (
        "nn",
        "leggje planutkastet fram for kulturutvalet innan 1.april 2051",
        "Planutkastet vart lagt fram for kulturutvalet 20. mars 2051.",
    ),
    # an infinitive, its object before the preposition; the ISO deadline
    (
        "sv",
        "redovisa strategin för tekniska nämnden senast 2051-04-01",
        "Strategin redovisades för tekniska nämnden den 18 mars 2051.",
    ),
    # a passive
    (
        "da",
        "Udkastet afleveres til Teknik- og Miljøudvalget senest 1.april 2051.",
        "Handleplanen blev afleveret til Teknik- og Miljøudvalget den 25. marts 2051.",
    ),
    (
        "nb",
        "Et utkast sendes til eldrerådet innen 1. april 2051.",
        "Utkastet ble sendt til eldrerådet 2. mars 2051.",
    ),
]


def _plan(sentence: str, heading: str = "Slik ble planen til"):
    return support.make_plan(
        [
            ("Formål", ["Planen skal gi barn og unge gode møteplasser i nærmiljøet."]),
            (heading, [sentence]),
        ],
        "Plan for møteplasser",
    )


def _status(lang: str, point: str, sentence: str, settings=DEFAULT_SETTINGS, heading: str | None = None) -> str:
    points = find_points(["Mandat\n\n1. " + point])
    plan = _plan(sentence) if heading is None else _plan(sentence, heading)
    (c,) = assess_points(plan, points, lang, settings=settings)
    return str(getattr(c.status, "value", c.status))


@pytest.mark.parametrize(("lang", "point", "sentence"), CASES)
def test_the_dated_step_stated_taken_covers(lang: str, point: str, sentence: str) -> None:
    assert _status(lang, point, sentence) == "covered"


@pytest.mark.parametrize(("lang", "point", "sentence"), CASES)
def test_without_the_anchor_no_step_is_read(lang: str, point: str, sentence: str) -> None:
    """The step is read only by this mechanism: off, no modal means no step."""
    off = replace(DEFAULT_SETTINGS, step_dated_anchor=False)
    assert step_asked(point, lang) is not None
    assert step_asked(point, lang, off) is None


@pytest.mark.parametrize(
    ("lang", "point", "sentence"),
    [
        # taken after the deadline
        (
            "nn",
            "leggje planutkastet fram for kulturutvalet innan 1.april 2051",
            "Planutkastet vart lagt fram for kulturutvalet 20. mai 2051.",
        ),
        # another body
        (
            "da",
            "Udkastet afleveres til Teknik- og Miljøudvalget senest 1.april 2051.",
            "Udkastet blev afleveret til Børne- og Ungeudvalget den 25. marts 2051.",
        ),
        # to be done, and after the deadline
        (
            "nb",
            "legge høringsutkastet fram for oppvekstutvalget innen 1.april 2051",
            "Utkastet skal etter planen legges fram for oppvekstutvalget i løpet av 2052.",
        ),
        # the ISO deadline is that day: the 20th of April is late
        (
            "sv",
            "redovisa strategin för tekniska nämnden senast 2051-04-01",
            "Strategin redovisades för tekniska nämnden den 20 april 2051.",
        ),
    ],
)
def test_not_the_step_asked_is_not_covered(lang: str, point: str, sentence: str) -> None:
    assert _status(lang, point, sentence) != "covered"


def test_a_content_point_with_no_body_is_no_step() -> None:
    """"utarbeide tiltak for unge innen 2051": the words after the preposition name no body of
    the process, so this is a content point, not a step with a partner."""
    assert step_asked("utarbeide tiltak for ungdom innen 2051", "nb") is None
    assert step_asked("legge fram tiltak for ungdom innen 2051", "nb") is None


def test_no_deadline_no_anchor() -> None:
    """Without a date the infinitive is not read as a step (the modal's form is needed)."""
    assert step_asked("legge planutkastet fram for oppvekstutvalget", "nb") is None


def test_the_deadline_is_no_partner() -> None:
    """"till kulturnämnden senast den 2 maj": "senast" and the date are when, not whom."""
    verbs, partners = step_asked("Förslaget ska lämnas till kulturnämnden senast den 30 april 2051.", "sv")
    assert verbs == ["lämna"]
    assert [t.lemma for t in partners] == ["kulturnämnd"]


def test_the_object_named_alike_places_the_sentence() -> None:
    """Outside a chapter on the plan's making, the sentence naming the point's object with the
    body and a date in time is about this plan's making."""
    lang, point, sentence = CASES[2]
    assert _status(lang, point, sentence, heading="Grönområden") == "covered"


def test_an_iso_date_after_its_preposition_is_that_day() -> None:
    assert find_dates("senast 2051-04-01") == [dt.date(2051, 4, 1)]
    assert find_dates("innen 2051") == [dt.date(2051, 12, 31)]
