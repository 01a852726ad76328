"""General mechanisms of the rule walk for plans it was not tuned on, each on a hand-built page:
a lead-in that announces principles, a nested item that defines a term of its parent item, an
item with its own indicator line wrapped over several paragraphs, and the owner named at the
end of "Responsible for … is <name>" in a description."""

from __future__ import annotations

from plancheck.extract.plan import _stated_owners, build_plan, lead_in_role
from plancheck.models import Block, BlockKind, Document, Provenance, Section
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 2, number: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, number=number)


def _p(text: str, size: float | None = None) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, font_size=size)


def _li(text: str, level: int = 1, bullet: str = "•") -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=level, bullet=bullet)


# --------------------------------------------------------------------------- principles


def test_a_lead_in_that_announces_principles_names_no_items():
    assert lead_in_role("The work follows these guiding principles:") == "principle"
    assert lead_in_role("Adhering to the general philosophies of:") == "principle"
    assert lead_in_role("Arbeidet bygger på disse prinsippene:") == "principle"
    # the last role word decides: principles for choosing the actions still announce principles,
    # actions chosen by principles announce actions
    assert lead_in_role("We chose the following actions:") == "measure"


def test_bullets_after_a_principles_lead_in_are_not_measures_under_an_actions_heading():
    items = ["Improving the quality of life in every neighbourhood", "Leading by example"]
    blocks = [_h("Actions"), _p("All our work is guided by the principles of:"), *map(_li, items)]
    assert not plan_of_blocks(blocks, "en").measures
    # the same bullets after a lead-in that names no role are the heading's measures
    blocks = [_h("Actions"), _p("In the coming years we will work on:"), *map(_li, items)]
    assert [m.text for m in plan_of_blocks(blocks, "en").measures] == items


# --------------------------------------------------------------------------- definitions


def test_a_nested_item_that_defines_a_term_of_its_parent_is_no_measure():
    blocks = [
        _h("Actions"),
        _li("Allow rain gardens and bioswales on public land."),
        _li("Rain gardens are shallow planted hollows that take up runoff from roofs.", level=2, bullet="o"),
        _li("Bioswales are planted channels that slow and clean stormwater.", level=2, bullet="o"),
        _li("Plant shade trees along school routes."),
    ]
    texts = [m.text for m in plan_of_blocks(blocks, "en").measures]
    assert texts == ["Allow rain gardens and bioswales on public land.", "Plant shade trees along school routes."]


def test_a_nested_item_whose_subject_its_parent_does_not_name_stays_a_measure():
    blocks = [
        _h("Actions"),
        _li("Allow rain gardens on public land."),
        _li("Swales are to be planted along the ring road.", level=2, bullet="o"),
        _li("Plant shade trees along school routes."),
    ]
    assert len(plan_of_blocks(blocks, "en").measures) == 3


# --------------------------------------------------------------------------- measured items


def _doc(blocks: list[Block]) -> Document:
    for i, b in enumerate(blocks):
        b.id, b.section_id, b.provenance = f"b{i}", "s0", Provenance(page=2)
    return Document(path="x.pdf", page_count=1, sections=[Section(id="s0", title="Energy", level=1)], blocks=blocks)


def test_an_item_with_its_own_indicator_may_run_over_several_paragraphs_in_its_type():
    blocks = [
        _h("Energy"),
        _p("Buildings Priorities", size=10),
        _p("Expand the home insulation programme to reach one home in five", size=7),
        _p("Measuring success: Homes insulated per year", size=7),
        _p("Develop ways to invest in solar power at scale.", size=7),
        _p("Including shared rooftop schemes", size=7),
        _p("Measuring success: Solar output", size=7),
        _p("Research ways to replace oil boilers with heat pumps", size=7),
        _p("Measuring success: Share of homes heated by heat pumps", size=7),
    ]
    plan = build_plan(_doc(blocks), lang="en", model=None)
    assert [s.text for s in plan.strategies] == [
        "Expand the home insulation programme to reach one home in five",
        "Develop ways to invest in solar power at scale. Including shared rooftop schemes",
        "Research ways to replace oil boilers with heat pumps",
    ]
    assert len(plan.indicators) == 3


def test_a_paragraph_in_another_type_before_an_indicator_is_not_part_of_the_item():
    blocks = [
        _h("Energy"),
        _p("Buildings Priorities", size=10),
        _p("Develop ways to invest in solar power at scale.", size=7),
        _p("Solar output rose by a third last year, see the chart.", size=9),
        _p("Measuring success: Solar output", size=7),
    ]
    plan = build_plan(_doc(blocks), lang="en", model=None)
    assert "Develop ways to invest in solar power at scale." not in [s.text for s in plan.strategies]


# --------------------------------------------------------------------------- owners in descriptions


def test_responsible_for_something_is_a_name_gives_that_owner():
    assert _stated_owners("Ansvarlig for byggeri er Driftsafdelingen.") == ["Driftsafdelingen"]
    assert _stated_owners("Responsible for the works is the Parks Team.") == ["Parks Team"]
    # mid-sentence, where the full stop before it was lost
    assert _stated_owners("Lederen tager sig af fundraising Ansvarlig for anlæg er Byggeteamet.") == ["Byggeteamet"]
    # a lower-case "ansvarlig" inside a sentence is no such statement, nor a name that goes on
    assert _stated_owners("Vi tager ansvar for at anlæg er Byggeteamets opgave i år.") == []


def test_every_owner_a_description_names_is_the_measures_owner():
    blocks = [
        _h("Aktivitet 2 Netværk og mødesteder", level=3, number="6.1.2"),
        _h("Medarbejderressourcer", level=4),
        _p("Projektleder er tovholder på indsatsen."),
        _p("Projektleder er også tovholder på klubben. Ansvarlig for byggeri er Driftsafdelingen."),
    ]
    plan = plan_of_blocks(blocks, "da")
    assert [o.text for o in plan.measures[0].owners] == ["Projektleder", "Driftsafdelingen"]
