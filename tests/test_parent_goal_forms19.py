"""Goal forms of the nineteenth parents batch, on invented examples: a goal heading with the span
it is set for ("Langsiktige mål"); an översiktsplan's planeringsinriktningar; a Welsh body's
"Well-being objective n" band over its sentence, below a box quoting the Act's national goals; a
goal code of capitals and a number in a label column; a measure table's column of another plan's
goal numbers, which states no goal; nature's Swedish words; "steps" and contact clauses; nynorsk "vil"."""

from __future__ import annotations

from plancheck.extract.roles import heading_role
from plancheck.models import Block, BlockKind, Goal
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


# --------------------------------------------------------------------------- the span of a goal


def test_a_goal_heading_with_its_span_is_a_goal_heading():
    assert heading_role("Langsiktige mål")[0] == "goal"
    assert heading_role("Langsiktig mål")[0] == "goal"
    assert heading_role("Långsiktiga mål")[0] == "goal"
    assert heading_role("Langsigtede mål")[0] == "goal"
    assert heading_role("Langsiktige utfordringer")[0] != "goal"  # only role words take the span


def test_the_paragraph_under_a_long_term_goal_heading_is_the_goal():
    blocks = [
        _h("Tema 1: Natur og friluftsliv", 2),
        _p("Mange turstier gror igjen, og få barn bruker skogen nær skolen."),
        _h("Langsiktige mål", 3),
        _p("Alle i Eksempelvik skal ha en tursti under en kilometer fra der de bor."),
        _h("Strategier", 3),
        Block(id="", kind=BlockKind.list_item, text="Rydde de gamle stiene sammen med lagene.", number="1.1"),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert [g.text for g in plan.goals] == ["Alle i Eksempelvik skal ha en tursti under en kilometer fra der de bor."]


# --------------------------------------------------------------------------- planeringsinriktningar


def test_an_oversiktsplans_planeringsinriktningar_are_goals():
    assert heading_role("Planeringsinriktningar")[0] == "goal"
    blocks = [
        _h("Kulturmiljö", 2),
        _p("Bruksorten har tre kulturmiljöer av riksintresse."),
        _h("Planeringsinriktningar", 3),
        _p("KM 1 Bruksortens gamla arbetarbostäder ska bevaras och användas."),
        _h("Rekommendationer", 3),
    ]
    plan = plan_of_blocks(blocks, "sv")
    assert len(plan.goals) == 1


def test_a_code_of_capitals_and_a_number_is_the_goals_number():
    from plancheck.mandate.parents import with_code_label

    g = with_code_label(Goal(id="g1", text="KM 1 Bruksortens gamla arbetarbostäder ska bevaras.", page=1))
    assert (g.number, g.text) == ("KM 1", "Bruksortens gamla arbetarbostäder ska bevaras.")
    # one letter and a number apart names no goal ("A 4" may be a map square)
    g = with_code_label(Goal(id="g2", text="A 4 Torget ska bli grönare.", page=1))
    assert g.number is None


# --------------------------------------------------------------------------- well-being objectives


def test_well_being_objectives_are_the_goals_and_the_acts_national_goals_are_quoted():
    blocks = [
        _h("Our local well-being plan", 1),
        _p("The national well-being goals The Act asks every public body to contribute to seven goals:"),
        Block(id="", kind=BlockKind.list_item, text="A prosperous nation"),
        Block(id="", kind=BlockKind.list_item, text="A greener nation"),
        _h("Our objectives", 2),
        _p("WELL-BEING OBJECTIVE 1"),
        _h("Make every bus stop in Exampleford step-free by 2032.", 3),
        _p("WELL-BEING OBJECTIVE 2"),
        _h("Help older residents stay connected to friends and family.", 3),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [g.text for g in plan.goals] == [
        "Make every bus stop in Exampleford step-free by 2032.",
        "Help older residents stay connected to friends and family.",
    ]


# --------------------------------------------------------------------------- another plan's goal numbers


def test_a_column_of_goal_numbers_no_goal_of_the_plan_has_states_no_goal():
    from plancheck.extract.link import number_only

    assert number_only("Mål 3") and number_only("Goal 2.1") and number_only("–") and number_only("4")
    assert not number_only("Mål: Rene bekker") and not number_only("K4")
    blocks = [
        _h("Handlinger", 1),
        Block(id="", kind=BlockKind.table, text="", table=table_of(
            ["Nr.", "Handling", "Mål", "Ansvarlig", "Tidsplan"],
            [["1", "Nye vandhuller ved skolen", "Mål 3", "Vej og Park", "2030"],
             ["2", "Hegn langs åen", "–", "Vej og Park", "2031"]],
        )),
    ]
    plan = plan_of_blocks(blocks, "da")
    assert [m.text for m in plan.measures] == ["Nye vandhuller ved skolen", "Hegn langs åen"]
    assert plan.goals == []


# --------------------------------------------------------------------------- nature in Swedish


def test_a_green_space_and_species_richness_answer_a_goal_for_nature():
    from plancheck.mandate.parents import ParentSettings, goal_score, goal_words, item_keys_of

    goal = goal_words("Den biologiska mångfalden ska öka i hela kommunen.", "sv")
    keys = item_keys_of(goal_words("Slåtterängarna ska behålla sin artrikedom.", "sv", broader=True))
    assert goal_score(goal, keys, {}, ParentSettings())[0] > 0


# --------------------------------------------------------------------------- steps toward an objective


def test_a_role_word_with_a_contact_clause_heads_the_heading():
    assert heading_role("Actions we will take")[0] == "measure"
    assert heading_role("Outcomes we want to see")[0] == "goal"
    assert heading_role("Steps")[0] == "measure"
    assert heading_role("Actions we will take to cut the queues at the tip")[0] is None  # a sentence


def test_the_steps_under_an_objective_are_its_measures():
    blocks = [
        _h("Objective 2: Every library branch opens on Saturdays.", 2),
        _h("Steps", 3),
        Block(id="", kind=BlockKind.list_item, text="Train volunteers to staff the Saturday desk by 2030."),
        Block(id="", kind=BlockKind.list_item, text="Move the mobile library's route to Saturdays."),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [m.text for m in plan.measures] == [
        "Train volunteers to staff the Saturday desk by 2030.",
        "Move the mobile library's route to Saturdays.",
    ]


# --------------------------------------------------------------------------- the wanting verb


def test_the_nynorsk_modal_of_vi_vil_is_no_word_of_the_goal():
    from plancheck.mandate.parents import goal_words

    surfaces = [w.surface.lower() for w in goal_words("Vi vil at fleire skal sykle til skulen.", "nn")]
    assert "vil" not in surfaces and "sykle" in surfaces
