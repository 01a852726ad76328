"""Items that close with an owner in brackets and a deadline after a dash are measures, whatever
the lead-in said ("What we will do" reads as strategies): the fields every item carries outweigh
the lead-in. Read by form: the dash field must be a deadline, the bracket short names only, and
most items of their section must close so."""

from __future__ import annotations

from plancheck.extract.closingfields import closing_fields, fielded_strategies
from plancheck.models import Plan, Provenance, SourceInfo, Strategy


def test_the_fields_an_item_closes_with():
    assert closing_fields("Extend CCTV coverage to the bus station (CSP) – Q4 2027", "en") == (
        "Extend CCTV coverage to the bus station",
        "CSP",
        "Q4 2027",
    )
    assert closing_fields("Opne ein ny møteplass på Torget – 2028", "nn") == (
        "Opne ein ny møteplass på Torget",
        None,
        "2028",
    )
    assert closing_fields("Light the harbour walls (Head of Culture)", "en") == (
        "Light the harbour walls",
        "Head of Culture",
        None,
    )


def test_a_dash_inside_a_sentence_or_a_bracket_of_remarks_is_no_field():
    assert closing_fields("Work with the police – and with the venues themselves", "en") is None
    assert closing_fields("Improve the lighting (see the map on page 4)", "en") is None


def _plan(texts: list[str], section: str = "s4") -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        strategies=[
            Strategy(
                id=f"strategy-{k + 1}",
                text=t,
                section_id=section,
                goal_ids=["goal-1"],
                worded_as_action=True,
                provenance=Provenance(page=1, source_text=t),
            )
            for k, t in enumerate(texts)
        ],
    )


def test_strategies_closing_with_fields_are_measures():
    plan = _plan(
        [
            "Train door staff to spot vulnerable people (LIC) – Q2 2027",
            "Extend CCTV coverage to the bus station (CSP) – Q4 2027",
            "Run a Safe Haven on Friday nights (CSP and Street Pastors) – Ongoing",
            "Publish a night safety charter – Q1 2028",
        ]
    )
    fielded_strategies(plan, "en")
    assert not plan.strategies
    assert [m.text for m in plan.measures][:2] == [
        "Train door staff to spot vulnerable people",
        "Extend CCTV coverage to the bus station",
    ]
    assert [o.text for o in plan.measures[0].owners] == ["LIC"]
    assert plan.measures[1].deadline is not None and plan.measures[1].deadline.text == "Q4 2027"
    assert all(m.goal_ids == ["goal-1"] for m in plan.measures)


def test_a_few_fields_among_directions_change_nothing():
    texts = [
        "Make the town centre welcoming in the evening",
        "Work with partners on safety",
        "Support venues that open late",
        "Extend CCTV coverage to the bus station (CSP) – Q4 2027",
    ]
    plan = _plan(texts)
    fielded_strategies(plan, "en")
    assert [s.text for s in plan.strategies] == texts and not plan.measures


def test_an_item_of_the_list_read_as_a_measure_with_only_its_owner_lacks_a_deadline():
    # the list closes its items with "(owner) – deadline"; an item of it already read as a
    # measure, closing with its owner bracket and no dash, has a place for a deadline it lacks
    from plancheck.models import Measure

    plan = _plan(
        [
            "Keep the library open until 9 pm (Head of Libraries) – Q3 2027",
            "Hold a late-night market (Economic Development) – Every summer",
            "Give small grants to cafés (Economic Development) – Q1 2028",
        ]
    )
    text = "Light the harbour walls with a permanent scheme (Head of Culture)"
    elsewhere = "Repair the lights on the quay (Street Scene)"
    plan.measures = [
        Measure(id="measure-1", text=text, section_id="s4", provenance=Provenance(page=1, source_text=text)),
        Measure(id="measure-2", text=elsewhere, section_id="s9", provenance=Provenance(page=2, source_text=elsewhere)),
    ]
    fielded_strategies(plan, "en")
    assert plan.measures[0].has_deadline_column  # its own list dates every item
    assert not plan.measures[1].has_deadline_column  # another section's list says nothing of dates
