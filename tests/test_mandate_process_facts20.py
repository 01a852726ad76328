"""Session 20 (judge20): the need-passive of a mandate's prose, process facts in tables.

Invented sentences and tables only."""

from plancheck.mandate.points import _asked_to_be_done, is_requirement


def test_need_passive_is_asked_even_when_a_plan_follows():
    # a need modal after a short subject and an asked passive is a main clause that asks: the
    # plan named after the verb is where it is assessed, not the decision to make a plan
    s = "Kostnadene må vurderes i en plan."
    assert _asked_to_be_done(s)
    assert is_requirement(s)


# ----------------------------------------------------------------------------- process facts

import test_mandate_support as support  # noqa: E402

from plancheck.mandate.match import (  # noqa: E402
    consultation_stated,
    duration_asked,
    longest_span,
    timetable_rows,
)
from plancheck.models import Passage  # noqa: E402


def test_timetable_rows_are_steps_of_the_process():
    table = "Saksgang | Dato\nFormannskapet | 14.10.2030\nBystyret | 04.11.2030"
    assert timetable_rows(table, "nb") == ["Formannskapet | 14.10.2030", "Bystyret | 04.11.2030"]
    # a header of dates only: few columns and every row dated
    assert timetable_rows("Møte | Dato\nHovedutvalget | 3. mars 2030", "nb")
    # a measures table with a deadline column is no timetable, whoever is responsible
    measures = "Tiltak | Ansvar | Frist\nNye benker i parken | Formannskapet | 2030"
    assert timetable_rows(measures, "nb") == []


def _plan_with_table(table: str) -> object:
    plan = support.make_plan(
        [("Innledning", ["Planen gjelder parkene i Vestlia og skal gi flere benker og trær."])]
    )
    return plan.model_copy(
        update={"tables": [Passage(id="t1", kind="table", text=table, page=1, section_id="s1")]}
    )


def test_a_timetable_row_answers_a_step_asked_by_a_date():
    point = "Planen skal legges fram for bystyret innen utgangen av 2030."
    timetable = _plan_with_table("Saksgang | Dato\nFormannskapet | 14.10.2030\nBystyret | 04.11.2030")
    assert support.cover(timetable, point)[0].status == "covered"
    # the same rows in a table of another kind say nothing of the plan's making
    other = _plan_with_table("Tema | Hvem\nBenker | Formannskapet\nTrær | Bystyret")
    assert support.cover(other, point)[0].status != "covered"


def test_a_bracketed_length_is_a_least_duration_and_both_ends_count():
    assert duration_asked("Offentlig høring (seks uker): mars–april 2030")[0] == 42
    # 1 March to 11 April: 42 days, both ends included
    assert longest_span("Planen lå ute til høring fra 1. mars til 11. april 2030") == 42


def test_a_consultation_held_answers_part_of_one_asked_of_named_bodies():
    units = support.make_plan(
        [("Om planen", ["Planutkastet har vært på høring, og det kom elleve innspill."])]
    )
    from plancheck.mandate.match import build_units

    us = build_units(units, "nb")
    asked = "Utkastet skal sendes på høring til beboerforeningene."
    assert consultation_stated(asked, us, "nb") is not None
    # a hearing that only dates another step ("før det sendes på høring") does not answer it
    before = "Utkastet skal drøftes med eldrerådet før det sendes på høring."
    assert consultation_stated(before, us, "nb") is None
    # a hearing of another matter does not either: the sentence must name the plan
    other = build_units(
        support.make_plan([("Vann", ["Reguleringen av Storvatnet har vært på høring."])]), "nb"
    )
    assert consultation_stated(asked, other, "nb") is None
    # end to end: partial, the bodies missing
    cov = support.cover(units, asked)[0]
    assert cov.status == "partial"
    # what is missing is who was to be heard, not the hearing
    assert cov.missing == ["beboerforeningene"]


def test_a_timetable_row_answers_no_undated_step():
    # every plan goes to its council: a row naming it says when, and only a step asked by a
    # date is answered by it
    timetable = _plan_with_table("Saksgang | Dato\nFormannskapet | 14.10.2030\nBystyret | 04.11.2030")
    assert support.cover(timetable, "Planen skal legges fram for bystyret.")[0].status != "covered"
