"""Targets set in running text (plancheck/extract/prose.py): the goals of a plan that has no
goal list, heading or table (issue 10, progress reports and resolutions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as hs

from plancheck.extract.plan import build_plan
from plancheck.extract.prose import (
    is_target_sentence,
    main_clause,
    split_targets,
    target_statements,
)
from plancheck.models import Block, BlockKind, Document, Provenance, Section


def test_a_raised_target_with_its_year_and_quantity_is_a_goal():
    assert is_target_sentence("The 2030 goal has therefore been raised from 4,000 to 12,000 heat pumps, with a 20,000 goal by 2040.", "en")


def test_a_target_reported_as_met_or_past_is_not_a_goal():
    assert not is_target_sentence("The utility met its 2020 procurement goal of 33% last year.", "en")
    assert not is_target_sentence("In 2012, the county set a goal to cut emissions 15% by 2020.", "en")
    assert not is_target_sentence("In 2015, the target was 480,000 tonnes by 2020.", "en")


def test_a_target_that_is_the_object_of_attaining_was_set_elsewhere():
    assert not is_target_sentence("The mayor met 60 experts to discuss ways to cut emissions and meet the 80% by 2050 goal.", "en")
    assert is_target_sentence("The council recommends that the target for attaining 100 percent clean power be moved to 2035.", "en")


def test_a_hypothetical_target_is_not_a_goal():
    assert not is_target_sentence("Meeting a 100 percent target by 2035 would require large purchases of credits.", "en")


def test_a_target_word_far_from_any_quantity_only_talks_about_a_target():
    text = (
        "Moving the target to 2035 gives a realistic timeline in which to reach an equitable, "
        "affordable and cost-effective future powered by 100 percent clean energy."
    )
    assert not is_target_sentence(text, "en")


def test_a_sentence_without_a_year_or_a_quantity_is_not_a_target():
    assert not is_target_sentence("Our goal is a greener and fairer town for everyone who lives here.", "en")
    assert not is_target_sentence("The goal of 40 percent is ambitious but within reach for the town.", "en")


def test_a_leading_circumstance_is_not_part_of_the_goal():
    s = "After hearing residents and experts at six meetings, the council recommends that the target of 100 percent be moved to 2040."
    assert main_clause(s, "en") == "the council recommends that the target of 100 percent be moved to 2040."
    assert main_clause("In 2020, the target of 10% by 2030 was confirmed.", "en").startswith("In 2020")


def test_two_targets_joined_by_and_are_two_goals():
    s = "The council confirmed target cuts of 40% by 2030 for its own operations and a 70% cut by 2045 for the town"
    assert split_targets(s, "en") == [
        "target cuts of 40% by 2030 for its own operations",
        "a 70% cut by 2045 for the town",
    ]
    assert split_targets("A goal of 40% by 2030 for homes and businesses", "en") == ["A goal of 40% by 2030 for homes and businesses"]


@given(hs.text(max_size=200))
def test_target_statements_never_fail_and_quote_their_sentence(text):
    for goal, source in target_statements(text, "en"):
        assert goal and source
        assert goal.split()[0] in source


def _doc(blocks: list[Block]) -> Document:
    return Document(path="x.pdf", page_count=1, sections=[Section(id="s0", title="Progress", level=1)], blocks=blocks)


def _p(i: int, text: str, kind: BlockKind = BlockKind.paragraph) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, section_id="s0", provenance=Provenance(page=3))


def test_a_plan_without_goals_gets_the_targets_of_its_prose():
    doc = _doc([
        _p(0, "Progress", BlockKind.heading),
        _p(1, "In 2016, the county met its 2020 goal of 25 MW early. The 2030 goal has therefore been raised to 60 MW, with a 90 MW goal by 2045."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert [g.text for g in plan.goals] == ["The 2030 goal has therefore been raised to 60 MW, with a 90 MW goal by 2045."]
    assert plan.goals[0].page == 3 and plan.goals[0].provenance.source_text.startswith("The 2030 goal")


def test_a_plan_with_a_goal_list_keeps_its_prose_out():
    doc = _doc([
        _p(0, "The 2030 goal has therefore been raised to 60 MW, with a 90 MW goal by 2045."),
        _p(1, "Goals", BlockKind.heading),
        _p(2, "Every home is warm and dry.", BlockKind.list_item),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert plan.goals and all("60 MW" not in g.text for g in plan.goals)


def test_a_pull_quote_heading_does_not_cut_the_actions_after_it_from_their_goal():
    from plancheck.extract.link import scope_parents
    from plancheck.models import Plan, SourceInfo

    quote = "After hearing residents at six meetings, the council recommends that the target of 100 percent be moved to 2040."
    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        sections=[
            Section(id="s1", title="Recommendations", level=1),
            Section(id="s2", title="Energy", level=2, parent_id="s1"),
            Section(id="s3", title=quote, level=2, parent_id="s1"),
            Section(id="s4", title="Transport", level=3, parent_id="s3"),
            Section(id="s5", title="Bus lanes", level=4, parent_id="s4"),
            Section(id="s6", title=quote, level=1),
            Section(id="s7", title="Part two", level=2, parent_id="s6"),
        ],
    )
    parents = scope_parents(plan)
    assert parents["s4"] == "s2" and parents["s3"] == "s2" and parents["s5"] == "s4"
    assert parents["s2"] == "s1"
    assert parents["s7"] == "s6"  # a sentence at the top level opens a part of its own
    plan.sections.append(Section(id="s8", title="Goal 3: Every street in the town shall have a safe and lit path to school.", level=2, parent_id="s1"))
    plan.sections.append(Section(id="s9", title="Actions", level=3, parent_id="s8"))
    assert scope_parents(plan)["s9"] == "s8"  # a labelled goal set as a sentence is no pull quote


def test_a_prose_target_serves_the_actions_inside_its_chapter_not_beside_it():
    from plancheck.extract.prose import link_prose_goals
    from plancheck.models import Goal, Measure, Plan, SourceInfo

    plan = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        sections=[
            Section(id="s1", title="Energy", level=1),
            Section(id="s2", title="Short-Term", level=2, parent_id="s1"),
            Section(id="s3", title="Water", level=2, parent_id="s1"),
            Section(id="s4", title="Drains", level=3, parent_id="s3"),
        ],
        goals=[Goal(id="g1", text="A 60 MW goal by 2040.", page=1, section_id="s3")],
        measures=[
            Measure(id="m1", text="Retrofit pumps", page=1, section_id="s4"),
            Measure(id="m2", text="Insulate schools", page=1, section_id="s2"),
        ],
    )
    link_prose_goals(plan, plan.goals)
    assert plan.measures[0].goal_ids == ["g1"] and plan.measures[1].goal_ids == []


def _run(title: str) -> Document:
    blocks = [_p(0, "Transport", BlockKind.heading), _p(1, title)]
    items = [
        ("Expand safe cycle routes to every school", "Measuring success: Kilometres of new routes, trips by bike"),
        ("Significantly speed up the buses on the main roads", "Measuring success: Average route speed"),
    ]
    for k, (item, indicator) in enumerate(items):
        blocks += [_p(2 + 2 * k, item), _p(3 + 2 * k, indicator)]
    return _doc(blocks)


def test_items_with_their_own_indicator_under_a_priorities_title_are_strategies():
    plan = build_plan(_run("Transport Priorities"), lang="en", model=None)
    assert [s.text for s in plan.strategies] == [
        "Expand safe cycle routes to every school",
        "Significantly speed up the buses on the main roads",
    ]
    assert [i.text for i in plan.indicators] == ["Kilometres of new routes, trips by bike", "Average route speed"]
    assert not plan.measures


def test_items_with_their_own_indicator_under_an_actions_title_are_measures():
    plan = build_plan(_run("Transport Actions"), lang="en", model=None)
    assert len(plan.measures) == 2 and not plan.strategies


def test_items_with_an_indicator_but_no_title_naming_a_role_are_not_read():
    plan = build_plan(_run("Community-Wide Emissions Profile 2019"), lang="en", model=None)
    assert not plan.measures and not plan.strategies


def test_title_role_reads_the_head_noun_at_the_end():
    from plancheck.extract.plan import indicator_line, title_role

    assert title_role("Buildings & Energy Priorities") == "focus_area"
    assert title_role("Waste Actions") == "measure"
    assert title_role("Priorities for the next years are set below.") is None
    assert indicator_line(_p(0, "Measuring success: Number of trips")) == "Number of trips"
    assert indicator_line(_p(0, "Note: this is not an indicator")) is None


def test_a_titled_action_whose_description_opens_with_a_unit_that_will_act_has_that_owner():
    from plancheck.extract.plan import _owner_of_description
    from plancheck.models import Measure

    class _St:
        lang = "en"

    m = Measure(id="m1", text="Expand heat recovery at the treatment plants", page=1)
    _owner_of_description(_St(), m, "The City’s Department of Public Works will add heat pumps at both plants.")
    assert [o.text for o in m.owners] == ["Department of Public Works"]
    city = Measure(id="m2", text="Green Tariff", page=1)
    _owner_of_description(_St(), city, "The City will support efforts to establish a tariff.")
    assert city.owners == []


def test_a_document_with_nothing_read_from_its_structure_gets_the_next_steps_of_its_prose():
    doc = _doc([
        _p(0, "Progress", BlockKind.heading),
        _p(1, "In 2016, the county planted 300 trees. The tree programme will continue to be promoted at "
              "schools, fairs, and markets. The 2020 target of 14 roofs was met, and more roofs are being "
              "surveyed for a second phase. A larger fleet could be electrified if funds allow."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert [m.text for m in plan.measures] == [
        "The tree programme will continue to be promoted at schools, fairs, and markets.",
        "more roofs are being surveyed for a second phase.",
    ]


def test_a_document_with_a_measure_list_keeps_its_prose_out_of_the_measures():
    doc = _doc([
        _p(0, "Actions", BlockKind.heading),
        _p(1, "Plant 300 trees along the river", BlockKind.list_item),
        _p(2, "Background", BlockKind.heading),
        _p(3, "The tree programme will continue to be promoted at schools."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert all("programme" not in m.text for m in plan.measures)


def test_a_goal_named_and_said_is_a_goal_without_year_or_quantity():
    from plancheck.extract.prose import is_goal_statement

    assert is_goal_statement("Our goal is to make every street in the town safe to walk and to cycle.", "en")
    assert is_goal_statement("In line with state law, the county's goals in this field include cutting the use of coal.", "en")
    assert not is_goal_statement("In 2015, the county's goal was to plant 300 trees by the end of 2020.", "en")
    assert not is_goal_statement("The goals of the plan are listed in the second chapter of this report.", "en")
    assert not is_goal_statement("Our goal is to", "en")  # a fragment, not a sentence
    # no owner named: the purpose of the programme just described
    assert not is_goal_statement("The goal is to give every pupil a cycling lesson before the summer holiday.", "en")


def test_a_prose_goal_statement_joins_the_targets_of_a_plan_without_goals():
    doc = _doc([
        _p(0, "Water", BlockKind.heading),
        _p(1, "Our goals for the coming decade include reducing the use of drinking water in parks. "
              "The water programme will continue to be promoted at schools."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert [g.text for g in plan.goals] == ["Our goals for the coming decade include reducing the use of drinking water in parks."]
    assert [m.goal_ids for m in plan.measures] == [[plan.goals[0].id]]


def test_a_forward_look_over_a_whole_field_is_a_strategy_and_a_stated_stretch_a_deadline():
    doc = _doc([
        _p(0, "Progress", BlockKind.heading),
        _p(1, "Future growth will be directed to the centre, the station area, and the harbour. "
              "The old lamps are expected to be replaced within the next two years through the budget. "
              "The bus lanes will be finished by 2027."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert [s.text for s in plan.strategies] == ["Future growth will be directed to the centre, the station area, and the harbour."]
    assert [(m.text[:13], m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("The old lamps", "within the next two years"),
        ("The bus lanes", "by 2027"),
    ]


def test_work_under_way_in_the_present_progressive_is_a_measure_and_work_done_is_not():
    doc = _doc([
        _p(0, "Progress", BlockKind.heading),
        _p(1, "The county is providing grants to help schools replace their boilers. Knowing that "
              "ambulances need certain fuel supply, the county is collaborating with its neighbours on "
              "hybrid ambulances. Emissions are increasing. In 2019, the county invested in a wind farm; "
              "once built, 20 MW of clean power will be produced."),
    ])
    plan = build_plan(doc, lang="en", model=None)
    assert [m.text for m in plan.measures] == [
        "The county is providing grants to help schools replace their boilers.",
        "the county is collaborating with its neighbours on hybrid ambulances.",
    ]


def test_a_leading_participle_clause_is_not_part_of_the_sentence():
    assert main_clause("Recognizing the cost of outages, the utility is building a second line to the port.", "en") == (
        "the utility is building a second line to the port."
    )
    # a language without progressive endings in the lexicon cuts nothing
    assert main_clause("Visende til rapporten, kommunen bygger en ny linje til havnen.", "nb").startswith("Visende")


def test_a_modal_in_a_leading_circumstance_does_not_make_a_sentence_state_an_aim():
    assert main_clause("With recent changes made by the buyers in what they will accept, it has led to rapidly changing markets in the region.", "en") == (
        "it has led to rapidly changing markets in the region."
    )
    # under an objectives heading, a short paragraph of sentences: only those stating an aim
    # in their main clause are goals
    blocks = [
        Block(id="b1", kind=BlockKind.heading, text="Objectives", level=2, bold=True),
        Block(id="b2", kind=BlockKind.paragraph, text=(
            "Waste is quickly becoming a more important topic across the country. "
            "With recent changes made by the buyers in what they will accept from city programs, it has led to "
            "rapidly changing recycling markets. The City will reduce the waste of its own offices by half.")),
    ]
    for b in blocks:
        b.provenance = Provenance(page=1)
        b.section_id = "s1"
    doc = Document(path="x.pdf", page_count=1, blocks=blocks,
                   sections=[Section(id="s1", title="Objectives", level=2, block_ids=["b1", "b2"])])
    plan = build_plan(doc, lang="en", model=None)
    assert [g.text for g in plan.goals] == ["The City will reduce the waste of its own offices by half."]
