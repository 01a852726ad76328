"""The document a deliverable or process point speaks of, as its subject ("The draft action plan
shall be shared with …", "Det endelige planforslaget skal …"), is not a part of the plan asked
for: "action plan" there names the plan itself, and a plan that has measures has not answered a
point asking that its draft be shared with a panel by a date (issue 11, mstat33b's v6: the
structural concern "measures" scored 1.0 without a passage, an uncovered point called
covered)."""

from __future__ import annotations

import pytest
import test_mandate_support as support

from plancheck.mandate import find_points
from plancheck.mandate.match import assess_points, strip_document_subject
from plancheck.models import Measure, Owner


def _plan(process_sentence: str):
    return support.make_plan(
        [
            ("Risks", ["Staff visiting tenants alone face verbal abuse and accidents without help nearby."]),
            ("Process", [process_sentence]),
        ],
        "Lone working action plan 2027–2030",
        measures=[
            Measure(id="m1", text="Every visit is logged in the check-in app", page=1,
                    owners=[Owner(text="Team leader")]),
            Measure(id="m2", text="Personal alarms for all visiting staff", page=1,
                    owners=[Owner(text="Facilities manager")]),
        ],
    )


def _status(point: str, sentence: str, lang: str = "en") -> str:
    (c,) = assess_points(_plan(sentence), find_points(["Mandate\n\n1. " + point]), lang)
    return str(getattr(c.status, "value", c.status))


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("The draft action plan shall be shared with the panel.", "shall be shared with the panel."),
        ("Det endelige planforslaget skal sendes på høring.", "Det endelige planforslaget skal sendes på høring."),
        ("Den nye planen skal legges fram for kommunestyret.", "skal legges fram for kommunestyret."),
        ("Strategien skal ha tiltak.", "skal ha tiltak."),
        # a preposition before the noun: the plan is no subject, the measures in it are
        ("Tiltak i planen skal ha ansvar og frist.", "Tiltak i planen skal ha ansvar og frist."),
        ("Each measure in the plan shall have an owner.", "Each measure in the plan shall have an owner."),
    ],
)
def test_the_document_as_subject(text: str, stripped: str) -> None:
    assert strip_document_subject(text) == stripped


def test_a_draft_shared_later_and_only_promised_is_not_covered() -> None:
    point = "The draft action plan shall be shared with the residents' panel by 30 June 2027."
    assert _status(point, "The residents' panel will see the action plan in September 2027.") != "covered"


def test_a_plan_asked_to_have_measures_still_is_answered_by_its_measures() -> None:
    point = "The action plan shall have measures with an owner for each."
    assert _status(point, "The plan was adopted in May 2027.") == "covered"


def test_a_draft_shared_in_time_is_covered() -> None:
    point = "The draft action plan shall be shared with the residents' panel by 30 June 2027."
    assert _status(point, "The draft action plan was shared with the residents' panel on 12 June 2027.") == "covered"
