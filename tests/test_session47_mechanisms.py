"""Mechanisms of session 47 (issue 11), each on invented wording.

A process point asking for the plan's adoption by a date with no body named ("Planen skal være
vedtatt innen …") is dated by the plan's own statement of its adoption ("Vedtatt av bystyret …"
on the title page): adopted after the deadline, the step was missed, whatever else of the plan's
making the plan dates before it (``MatchSettings.adoption_date``, requirements.yaml
``adoption_step``, ``match.adoption_dates``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plancheck.mandate import find_points
from plancheck.mandate.match import MatchSettings, adoption_dates, assess_points
from tests.conftest import plan_of_chapters


def _status(cov) -> str:
    return getattr(cov.status, "value", cov.status)


# (language, mandate, plan chapters, expected status of the adoption point)
ADOPTION = [
    (
        "nb",
        "Mandat\n\n1. Kartlegge lekeplassene i sentrum.\n\nPlanen skal være vedtatt innen "
        "utgangen av 2040.",
        [
            ("Om planen", "Vedtatt av bystyret 14. mars 2041, sak 12/41."),
            ("Lekeplasser", "Lekeplassene i sentrum er kartlagt: 17 plasser, fire med mangler."),
            ("Prosess", "Arbeidsgruppa hadde sitt første møte i september 2040."),
        ],
        "uncovered",
    ),
    (
        "sv",
        "Uppdrag\n\n1. Kartlägga lekplatserna i centrum.\n\nPlanen ska vara antagen senast den "
        "31 december 2040.",
        [
            ("Om planen", "Planen antogs av kommunfullmäktige den 20 februari 2041."),
            ("Lekplatser", "Lekplatserna i centrum är kartlagda, 17 platser."),
            ("Arbetet", "Arbetsgruppen träffades första gången i oktober 2040."),
        ],
        "uncovered",
    ),
    (
        "nb",
        "Mandat\n\n1. Kartlegge lekeplassene i sentrum.\n\nPlanen skal være vedtatt innen "
        "utgangen av 2040.",
        [
            ("Om planen", "Vedtatt av bystyret 10. desember 2040, sak 88/40."),
            ("Lekeplasser", "Lekeplassene i sentrum er kartlagt: 17 plasser, fire med mangler."),
        ],
        "covered",
    ),
]


@pytest.mark.parametrize(("lang", "mandate", "chapters", "status"), ADOPTION)
def test_the_plans_own_adoption_dates_the_adoption_asked(lang, mandate, chapters, status):
    got = assess_points(plan_of_chapters("Plan", chapters), find_points([mandate]), lang)[-1]
    assert _status(got) == status


def test_the_adoption_date_is_a_setting():
    lang, mandate, chapters, _ = ADOPTION[0]
    off = replace(MatchSettings(), adoption_date=False)
    got = assess_points(plan_of_chapters("Plan", chapters), find_points([mandate]), lang, settings=off)[-1]
    # the first meeting, dated before the deadline, answered it before
    assert _status(got) == "covered"


def test_adoption_dates_reads_only_sentences_of_adoption():
    from plancheck.mandate.match import Unit

    units = [
        Unit("u1", "passage", "Arbeidet startet i mai 2040. Planen ble vedtatt av bystyret 2. mars 2041.", 1, None),
        Unit("u2", "passage", "Tall fra 2039 viser 17 lekeplasser.", 1, None),
    ]
    assert [d.isoformat() for d, _u in adoption_dates(units)] == ["2041-03-02"]


# --------------------------------------------------------------------------- points read


def _texts(points) -> list[str]:
    return [p.text for p in points]


def test_a_sentence_after_a_colon_lead_in_is_read():
    # "Husk fristene: Utkastet skal …": the lead-in is no part of the sentence asked
    points = find_points([
        "Oppdrag\n\n1. Kartlegge turstiene i kommunen.\n2. Foreslå nye rasteplasser.\n\n"
        "Ikke glem fristen: Utkastet skal legges fram for formannskapet 3. oktober 2041."
    ])
    assert "Utkastet skal legges fram for formannskapet 3. oktober 2041." in _texts(points)


def test_the_adoption_asked_by_its_participle_is_a_point():
    # no date, a periphrastic passive ("være vedtaget"): the participle of adoption asks it
    points = find_points([
        "Bestilling\n\n1. Gi en oversikt over bruene i kommunen.\n2. Vurdere hvilke bruer som "
        "må forsterkes.\n\nPlanen skal være vedtaget af byrådet inden sommerferien."
    ])
    assert "Planen skal være vedtaget af byrådet inden sommerferien." in _texts(points)


def test_a_decision_selecting_among_a_proposal_keeps_only_the_points_taken():
    points = find_points([
        "Innbyggerforslag: bedre skoleveger\n\nForslagsstillerne ber om at planen skal:\n"
        "a) kartlegge belysningen langs skolevegene\nb) vurdere nye fotgjengerfelt ved hallen\n"
        "c) stenge Storgata for biler om kvelden\nd) beskrive vintervedlikeholdet av fortauene\n\n"
        "Kommunestyret gjorde dette vedtaket:\n"
        "1. Planen skal omfatte punktene a, b og d i forslaget. Punkt c tas ikke med.\n"
        "2. Planen skal legges fram for kommunestyret innen 1. mai 2042.\n"
    ])
    numbers = [p.number for p in points]
    assert "c" not in numbers and "1" not in numbers
    assert {"a", "b", "d", "2"} <= set(numbers)


def test_an_amendment_of_a_point_by_its_number_selects_nothing():
    from plancheck.mandate.points import selected_points
    from plancheck.models import MandatePoint

    pts = [
        MandatePoint(id="M1", number="1", text="kartlegge turstiene"),
        MandatePoint(id="M2", number="2", text="foreslå nye rasteplasser"),
        MandatePoint(id="M3", number="3", text="Punkt 1 endres til: kartlegge turstiene og løypene."),
    ]
    assert selected_points(pts) == pts


def test_a_count_of_days_short_of_the_minimum_is_a_part():
    from plancheck.mandate.match import count_short

    asked = "Planen skal sikre at hver nyansatt får minst fem dagers opplæring."
    assert count_short(asked, "Nyansatte får tre dagers opplæring med fadder.", "nb")
    assert not count_short(asked, "Nyansatte får fem dagers opplæring med fadder.", "nb")


def test_a_minimum_count_asked_is_not_answered_by_a_passage_without_a_count():
    from plancheck.mandate.match import count_unstated

    asked = "Planen skal sikre at hver nyansatt får minst fem dagers opplæring."
    assert count_unstated(asked, "Opplæringen av nyansatte har vært for kort.", "nb")
    assert not count_unstated(asked, "Nyansatte får fem dagers opplæring.", "nb")
    assert not count_unstated("Planen skal beskrive opplæringen av nyansatte.", "Opplæringen er kort.", "nb")


def test_a_minimum_count_contradicted_is_not_covered():
    # the plan gives fewer days than asked, and speaks of the training elsewhere without a count
    mandate = (
        "Oppdrag\n\n1. Kartlegge behovet for vikarer i sommer.\n2. Beskrive hvordan ferien "
        "fordeles.\n\nPlanen skal også angi at hver vikar får minst fire dagers opplæring med lønn."
    )
    chapters = [
        ("Vikarbehov", "Vi trenger 40 vikarer i sommer, flest på sykehjemmene."),
        ("Ferie", "Ferien fordeles etter ønskene som kom inn i januar."),
        ("Erfaringer", "I fjor var opplæringen av vikarene for kort, og mange savnet lønn for den."),
        ("Opplæring", "Nye vikarer får to dagers opplæring med lønn sammen med en fadder."),
    ]
    got = assess_points(plan_of_chapters("Plan", chapters), find_points([mandate]), "nb")[-1]
    assert _status(got) != "covered"


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Før vi skriver planen, holder vi folkemøte i begge bydelene.", True),
        ("Kommunen vil invitere til eit ope møte i kvar krets i mars.", True),
        ("Vi holdt et folkemøte i fjor.", False),
        ("Idrettslaget holder styremøte hver måned.", False),
    ],
)
def test_the_writers_own_meeting_is_a_process_requirement(sentence, asks):
    from plancheck.mandate.points import is_requirement

    assert is_requirement(sentence) == asks


def test_a_range_of_labels_spans_the_points_between():
    from plancheck.mandate.points import _labels

    known = ["1", "2", "3", "4", "5", "6"]
    assert _labels("2 to 5", known) == ["2", "3", "4", "5"]
    assert _labels("2 og 5", known) == ["2", "5"]
    assert _labels("1–3", known) == ["1", "2", "3"]
