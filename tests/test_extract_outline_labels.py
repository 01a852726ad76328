"""Outline labels the vocabulary does not know, labels ending in a colon, and enumerations run
into a paragraph: the rule walk on small hand-built documents (no role model)."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.roles import heading_role, is_reference_only, roles_by_numbering
from plancheck.extract.statements import inline_enumeration
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item


def _doc(*blocks: tuple[BlockKind, str]) -> Document:
    out = []
    for i, (kind, text) in enumerate(blocks):
        level = 2 if kind == H else None
        out.append(Block(id=f"b{i}", kind=kind, text=text, level=level, bold=kind == H,
                         bullet="•" if kind == L else None, provenance=Provenance(page=1 + i // 10)))
    return Document(path="x.pdf", page_count=3, blocks=out, sections=build_sections(out))


def test_an_unknown_label_word_takes_its_role_from_how_its_numbers_nest():
    texts = ["Table 1: Emissions", "Policy 1 - Land Use:", "Strategy 1A: Corridors", "Strategy 1B: Density",
             "Policy 2 - Transport:", "Strategy 2A: Transit", "Strategy 2B: Bicycles", "Figure 3: Map"]
    roles = roles_by_numbering(texts)
    assert roles["policy"] == "goal"  # one level above a strategy
    assert "figure" not in roles
    assert roles_by_numbering(["Goal 1: Safe streets", "Program 1.1 Crossings", "Program 1.2 Lighting",
                               "Goal 2: Clean air", "Program 2.1 Trees"])["program"] == "strategy"
    # numbers that do not nest say nothing
    assert roles_by_numbering(["Phase 1", "Strategy 4A: x", "Phase 2", "Strategy 7B: y"]) == {}


def test_a_label_text_that_only_points_at_other_labels_is_a_reference():
    assert is_reference_only("Strategies 1A, 1B, and 1C.")
    assert is_reference_only("Strategy 2B and 2C")
    assert not is_reference_only("Reduce vehicle miles travelled by 2030")


def test_a_label_with_a_dash_and_a_whole_sentence_is_the_item():
    assert heading_role("Goal– To provide residents with the resources and knowledge needed to save energy") == (
        "goal", "To provide residents with the resources and knowledge needed to save energy")
    assert heading_role("Goals – what we want") == ("goal", "")  # a role heading, its list follows


def test_policy_strategy_and_bullets_make_goal_strategy_and_measures():
    doc = _doc(
        (H, "Policy 1 - Transportation and Land Use:"),
        (P, "Encourage increased density and a mix of land uses along transit corridors."),
        (H, "Strategy 1A: Identify and Improve Mass Transit Corridors"),
        (L, "Identify potential mass transit corridors"),
        (L, "Plan City infrastructure to support density in corridors"),
        (H, "Strategy 1B: Increase Development Densities"),
        (L, "Develop policies for minimum densities"),
        (H, "Policy 2 - Transportation and Land Use:"),
        (P, "Reduce vehicle miles traveled by promoting alternative forms of transportation."),
        (H, "Strategy 2A: Increase Transit System Use"),
        (L, "Encourage higher use of the transit system"),
        (H, "Assumptions"),
        (H, "Policy 1: Strategies 1A and 1B."),
        (P, "The estimate assumes a ten percent shift of trips."),
    )
    plan = build_plan(doc, model=None)
    assert [g.text for g in plan.goals] == [
        "Encourage increased density and a mix of land uses along transit corridors.",
        "Reduce vehicle miles traveled by promoting alternative forms of transportation.",
    ]
    assert [s.text for s in plan.strategies] == [
        "Identify and Improve Mass Transit Corridors", "Increase Development Densities", "Increase Transit System Use"]
    assert [(m.text, m.strategy_ids, m.goal_ids) for m in plan.measures] == [
        ("Identify potential mass transit corridors", ["strategy-1"], ["goal-1"]),
        ("Plan City infrastructure to support density in corridors", ["strategy-1"], ["goal-1"]),
        ("Develop policies for minimum densities", ["strategy-2"], ["goal-1"]),
        ("Encourage higher use of the transit system", ["strategy-3"], ["goal-2"]),
    ]


def test_an_enumeration_in_a_paragraph_gives_the_actions_of_the_label_above():
    assert inline_enumeration("Strategies include: (1) promoting audits; (2) training raters and; (3) rating homes.") == [
        ("1", "promoting audits"), ("2", "training raters"), ("3", "rating homes.")]
    assert inline_enumeration("As shown in (2) above, costs fell.") == []
    doc = _doc(
        (H, "Goal– To provide residents with the resources and knowledge needed to save energy and money."),
        (P, "RECOMMENDATION #1: Increase public awareness of energy efficiency services"),
        (P, "Many programs exist, but they are not used as often as one would expect."),
        (P, "Specific strategies in support of this recommendation include: (1) promoting tax incentives; "
            "(2) promoting competitions between neighborhoods and; (3) publicizing water conservation."),
        (P, "RECOMMENDATION #2: Review Zoning Requirements"),
        (P, "Zoning can stand in the way of on-site generation."),
    )
    plan = build_plan(doc, model=None)
    assert [g.text for g in plan.goals] == [
        "To provide residents with the resources and knowledge needed to save energy and money."]
    # the recommendation with actions of its own is a strategy; the one without is a measure
    assert [s.text for s in plan.strategies] == ["Increase public awareness of energy efficiency services"]
    assert [(m.text, m.strategy_ids, m.goal_ids) for m in plan.measures] == [
        ("promoting tax incentives", ["strategy-1"], ["goal-1"]),
        ("promoting competitions between neighborhoods", ["strategy-1"], ["goal-1"]),
        ("publicizing water conservation.", ["strategy-1"], ["goal-1"]),
        ("Review Zoning Requirements", [], ["goal-1"]),
    ]


def _styled(*blocks: tuple[BlockKind, str, int, bool]) -> Document:
    out = [Block(id=f"b{i}", kind=kind, text=text, level=level if kind == H else None, bold=bold,
                 provenance=Provenance(page=1)) for i, (kind, text, level, bold) in enumerate(blocks)]
    return Document(path="x.pdf", page_count=1, blocks=out, sections=build_sections(out))


def test_headings_under_an_actions_chapter_are_actions_timed_by_a_time_frame_heading():
    doc = _styled(
        (H, "Policy Recommendations", 1, True),
        (P, "The City recommends the options below.", 0, False),
        (H, "Short-Term", 2, True),
        (P, "The following options will be explored by the end of next year.", 0, False),
        (H, "Energy Efficiency", 2, False),
        (H, "Building Retuning Policy", 3, True),
        (P, "The City will explore policy supporting building tune-ups.", 0, False),
        (H, "After extensive engagement with the community the City found these options to be the most useful ones.", 1, True),
        (H, "Solar Storage", 3, True),
        (P, "The City will work with contractors to replace diesel generators.", 0, False),
        (H, "Long-Term", 2, True),
        (H, "Green Tariff", 3, True),
        (P, "The City will support a special renewable electricity rate.", 0, False),
        (H, "Moving Forward", 1, True),
        (H, "Next Steps", 3, True),
        (P, "The City will review the options every year.", 0, False),
    )
    plan = build_plan(doc, model=None)
    # the time frames are no actions; the pull quote does not end the chapter; "Next Steps" is
    # under another chapter
    assert [(m.text, m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("Building Retuning Policy", "Short-Term"),
        ("Solar Storage", "Short-Term"),
        ("Green Tariff", "Long-Term"),
    ]


def test_a_group_whose_introduction_opens_with_a_time_frame_times_its_actions():
    doc = _styled(
        (H, "Policy Recommendations", 1, True),
        (P, "The City recommends the options below.", 0, False),
        (H, "Short-Term", 2, True),
        (H, "Solar Storage", 3, True),
        (P, "The City will work with contractors to replace diesel generators.", 0, False),
        (H, "Shared Efforts", 2, True),
        (P, "Short-term and long-term initiatives for consideration.", 0, False),
        (H, "Workforce Training", 3, True),
        (P, "Partner with colleges to train installers.", 0, False),
        (H, "Buyers Group", 3, True),
        (P, "Work with large users to buy equipment together.", 0, False),
    )
    plan = build_plan(doc, model=None)
    assert [(m.text, m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("Solar Storage", "Short-Term"),
        ("Workforce Training", "Short-term and long-term"),
        ("Buyers Group", "Short-term and long-term"),
    ]


def test_a_heading_that_says_what_to_do_over_sub_headings_is_one_action_with_parts():
    doc = _styled(
        (H, "Policy Recommendations", 1, True),
        (P, "The City recommends the options below.", 0, False),
        (H, "Immediate", 2, True),
        (P, "The following will be done within a month.", 0, False),
        (H, "Form a Youth Council", 2, False),
        (P, "The City will set up a council of young residents.", 0, False),
        (H, "Recruit Members", 3, True),
        (P, "Members will come from every school.", 0, False),
        (H, "Council Meetings", 3, True),
        (P, "The council will meet every month.", 0, False),
        (H, "Short-Term", 2, True),
        (H, "Parks", 2, False),
        (H, "Trail Lighting Policy", 3, True),
        (P, "The City will light the main trails.", 0, False),
        (H, "Bench Program", 3, True),
        (P, "The City will place benches along the river.", 0, False),
    )
    plan = build_plan(doc, model=None)
    # "Form a Youth Council" says what to do: its sub-headings describe it; "Parks" only groups
    assert [(m.text, m.deadline.text if m.deadline else None) for m in plan.measures] == [
        ("Form a Youth Council", "Immediate"),
        ("Trail Lighting Policy", "Short-Term"),
        ("Bench Program", "Short-Term"),
    ]


def test_headings_over_lists_or_under_a_labelled_action_are_not_actions_themselves():
    doc = _styled(
        (H, "Actions", 1, True),
        (H, "Transport", 2, True),
        (P, "Young people need better buses.", 0, False),
        (L, "Increase the number of night buses", 0, False),
        (H, "Action 3.2 Foster Climate Readiness", 1, True),
        (P, "Most of the risk is tied to regional changes.", 0, False),
        (H, "Scenario Planning", 2, True),
        (P, "We must prepare for a wider range of futures.", 0, False),
    )
    plan = build_plan(doc, model=None)
    assert "Transport" not in [m.text for m in plan.measures]
    assert "Scenario Planning" not in [m.text for m in plan.measures]
    assert "Foster Climate Readiness" in [m.text for m in plan.measures]


def test_a_topic_heading_among_topics_over_lists_is_no_action_titled_by_it():
    # a plan titled by its kind ("Handlingsprogram 2025–2028") whose topic headings mostly
    # stand over lists of their own: the few topics over a paragraph alone (the introduction,
    # a topic whose measures are stated as goals) are topics like the others, not actions
    for title, intro, topics in (
        ("Handlingsprogram 2025–2028", "Innleiing", ["Bustad og næring", "Oppvekst og kultur", "Organisasjon og økonomi"]),
        ("Action Plan 2026–2029", "Introduction", ["Housing", "Transport", "Finance"]),
    ):
        doc = _styled(
            (H, title, 1, True),
            (H, intro, 2, True),
            (P, "This plan shows how the council follows up its overarching plan.", 0, False),
            (H, topics[0], 2, True),
            (P, "Resultatmål: Fleire unge vaksne skal flytte heim.", 0, False),
            (L, "Tomteprisane vert haldne låge.", 0, False),
            (H, topics[1], 2, True),
            (L, "Barnehagane skal oppfylle pedagognorma frå 2025.", 0, False),
            (L, "Frivilligsentralen får fast finansiering frå 2025.", 0, False),
            (H, topics[2], 2, True),
            (P, "Resultatmål: Sjukefråveret skal under 6 prosent.", 0, False),
        )
        plan = build_plan(doc, model=None)
        texts = [m.text for m in plan.measures]
        assert intro not in texts and topics[2] not in texts, texts


def test_goals_read_from_one_paragraph_share_the_measures_listed_under_it():
    # "Resultatmål: A. B." over bullets: the bullets follow both goals up, not the last alone
    # (which left the first reported as a goal no measure follows up)
    doc = _styled(
        (H, "Bustad og næring", 1, True),
        (P, "Resultatmål: Fleire unge vaksne skal velje å flytte heim. Talet på mjølkebruk skal haldast oppe.", 0, False),
        (L, "Tomteprisane i bustadfeltet vert haldne låge.", 0, False),
        (L, "Investeringstilskot til fjøs gjennom næringsfondet.", 0, False),
        (H, "Oppvekst", 1, True),
        (P, "Resultatmål: Borna skal gle seg til å gå i barnehagen.", 0, False),
        (L, "Barnehagane skal oppfylle pedagognorma.", 0, False),
    )
    plan = build_plan(doc, model=None)
    first, second, third = plan.goals
    assert first.text.startswith("Fleire") and second.text.startswith("Talet")
    for m in plan.measures[:2]:
        assert set(m.goal_ids) == {first.id, second.id}, (m.text, m.goal_ids)
    assert plan.measures[2].goal_ids == [third.id]


def test_lists_under_topic_headings_of_a_measures_chapter_are_its_measures():
    # "Tiltak" over one sub-heading per area, each over a bulleted list: the bullets are the
    # chapter's measures, as they are when the list stands right under "Tiltak"; reading none
    # told the planner the plan had goals and no measures at all
    for measures_word, topics in (("Tiltak", ("Barnehage og skole", "Familie")), ("Actions", ("Schools", "Families"))):
        doc = _styled(
            (H, "Mål", 1, True),
            (P, "Barna skal oppleve vennskap, lek og læring.", 0, False),
            (H, measures_word, 1, True),
            (P, "Tiltakene er ordnet etter tjeneste.", 0, False),
            (H, topics[0], 2, True),
            (L, "Trivselsprogram i alle barnehager.", 0, False),
            (L, "Alle skoler kartlegger skoleveien innen 2027.", 0, False),
            (H, topics[1], 2, True),
            (L, "Alle foreldre får tilbud om veiledning.", 0, False),
        )
        plan = build_plan(doc, model=None)
        assert [m.text for m in plan.measures] == [
            "Trivselsprogram i alle barnehager.",
            "Alle skoler kartlegger skoleveien innen 2027.",
            "Alle foreldre får tilbud om veiledning.",
        ], measures_word
        assert topics[0] not in [g.text for g in plan.goals]
