"""A point asking how the plan is followed up draws its candidates from every passage: the plan's
own routine is said in the words of its making (a committee, a meeting, a hearing), which leaves
it out of the candidates of a content point (issue 11, retrieval). Plans built by hand."""

from __future__ import annotations

from dataclasses import replace

import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import DEFAULT_SETTINGS, _process_only, assess_points, build_units

ROUTINE = (
    "Oppvekstutvalget drøfter status for planen hvert år på et dialogmøte med idrettslagene. "
    "Ungdomsrådet og eldrerådet har hatt planen på høring."
)
CHAPTERS = [
    ("Oppfølging", [ROUTINE]),
    ("Anlegg", ["Kommunen vil bygge en ny flerbrukshall ved skolen innen 2028."]),
]
POINT = "Beskrive hvordan planen skal følges opp og evalueres."


def _cover(settings=DEFAULT_SETTINGS):
    plan = support.make_plan(CHAPTERS, "Plan for idrett og friluftsliv")
    points = find_points(["Mandat\n\n1. " + POINT])
    assert not points[0].process  # a content point: it asks what the plan says
    return plan, assess_points(plan, points, "nb", settings=settings)


def test_the_routine_is_a_process_passage() -> None:
    """The premise: the routine reads as the plan's making, out of the content candidates."""
    plan = support.make_plan(CHAPTERS, "Plan for idrett og friluftsliv")
    unit = next(u for u in build_units(plan, "nb") if u.text == ROUTINE)
    assert _process_only(unit, DEFAULT_SETTINGS)


def test_follow_up_point_finds_the_routine() -> None:
    _plan, (c,) = _cover()
    assert c.status != "uncovered"
    assert any(e.quote and "drøfter status" in e.quote for e in c.evidence)


def test_without_the_whole_pool_it_is_not_found() -> None:
    # the point is of the process kind by its form too: process_kind_pool (session 33) is the
    # other way to the process passages, so both are turned off
    off = replace(DEFAULT_SETTINGS, follow_up_pool=False, process_kind_pool=False)
    _plan, (c,) = _cover(off)
    assert not any(e.quote and "drøfter status" in e.quote for e in c.evidence)


def test_a_content_point_keeps_the_content_pool() -> None:
    """A point that asks for no follow-up is not answered by the hearing."""
    plan = support.make_plan(CHAPTERS, "Plan for idrett og friluftsliv")
    (c,) = support.cover(plan, "Beskrive hvordan ungdomsrådet kan få egne midler.")
    assert not any(e.quote and "høring" in e.quote for e in c.evidence)
