"""Forms of session 46 (blind batch 51), made general, on hand-built inputs with invented wording:
a programme set out as a logical framework (level rows read as goals, an activities band with
its own head row, an owner column of labelled fields 'Lead: … Means: …'), a plan drafted as a
regulation ('§ 3 Tiltak …' headings, a numbered ledd running on into its lettered items), and a
writer's note signed with initials after a dash."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.drafts import leftovers_in
from plancheck.extract.roles import heading_role
from plancheck.models import Block, BlockKind, GoalKind


def _b(kind: BlockKind, text: str, level: int | None = None, table=None, number: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table, number=number)


# ----------------------------------------------------------------- a logframe matrix


def _logframe():
    table = table_of(
        ["Narrative summary", "Indicators", "Means of verification", "Assumptions"],
        [
            ["Goal (impact) Households in the valley have clean drinking water", "Cases of illness halve", "Clinic data", ""],
            ["Purpose Village water committees run their own supply", "30 committees active", "Committee minutes", "Funding holds"],
            ["Output 1 Wells are drilled and fitted with pumps", "40 wells", "Site reports", "Dry season allows work"],
            ["Output 2 Committee members are trained in repairs", "120 people trained", "Course lists", ""],
            ["Activities", "Lead and means", "Timing", "Pre-conditions"],
            ["1.1 Survey the aquifers at twelve sites", "Lead: Water Office Means: survey van", "Spring 2031", "Permits granted"],
            ["1.2 Fit hand pumps to the wells", "Lead: District Engineer Means: pump stock", "2032", ""],
            ["2.1 Hold repair courses in each village", "Means: trainer fees", "Autumn 2031", ""],
        ],
    )
    for cell in table.rows[4]:
        cell.bold = True
    return table


def test_logframe_levels_are_goals_and_activities_measures():
    blocks = [
        _b(BlockKind.heading, "Clean Water Programme 2030–2033", 1),
        _b(BlockKind.heading, "Logical framework", 1),
        _b(BlockKind.table, "", table=_logframe()),
    ]
    plan = plan_of_blocks(blocks, "en")
    kinds = {g.text: g.kind for g in plan.goals}
    assert kinds == {
        "Households in the valley have clean drinking water": GoalKind.main_goal,
        "Village water committees run their own supply": GoalKind.goal,
        "Wells are drilled and fitted with pumps": GoalKind.sub_goal,
        "Committee members are trained in repairs": GoalKind.sub_goal,
    }
    by_text = {g.text: g for g in plan.goals}
    assert by_text["Wells are drilled and fitted with pumps"].parent_id == by_text["Village water committees run their own supply"].id
    measures = {m.text.split(" ", 1)[-1]: m for m in plan.measures}
    assert len(plan.measures) == 3
    survey = next(m for t, m in measures.items() if "aquifers" in t)
    assert [o.text for o in survey.owners] == ["Water Office"]
    courses = next(m for t, m in measures.items() if "repair courses" in t)
    assert courses.owners == []


def test_owner_column_of_labelled_fields_keeps_the_owner_field():
    from plancheck.extract.tables import labelled_owner_cells

    table = table_of(
        ["Action", "Lead and resources", "Due"],
        [
            ["Open a drop-in office", "Lead: Housing Team Budget: two posts", "2031"],
            ["Print the tenant guide", "Lead: Communications Budget: £3,000", "2030"],
            ["Review the waiting list", "Budget: staff time", "2032"],
        ],
    )
    out = labelled_owner_cells(table, ["measure", "owner", "deadline"])
    assert [r[1].text for r in out.rows] == ["Housing Team", "Communications", ""]
    # one cell so labelled is no column of fields: left as it is
    single = table_of(["Action", "Lead", "Due"], [["Open an office", "Lead: Housing Team Note: see above", "2031"],
                                                 ["Print a guide", "Communications", "2030"]])
    assert labelled_owner_cells(single, ["measure", "owner", "deadline"]).rows[0][1].text == "Lead: Housing Team Note: see above"


# ----------------------------------------------------------------- a plan drafted as a regulation


def test_section_sign_number_is_a_heading_number():
    assert heading_role("§ 7 Tiltak")[0] == "measure"
    assert heading_role("§ 12 Mål")[0] == "goal"


def test_numbered_ledd_running_into_lettered_items_is_a_lead_in():
    blocks = [
        _b(BlockKind.heading, "Forskrift om ren kyst 2030–2033", 1),
        _b(BlockKind.heading, "§ 2 Mål", 2),
        _b(BlockKind.list_item, "Formålet for perioden er at", 0, number="1)"),
        _b(BlockKind.list_item, "strendene skal være ryddet for plast hver vår,", 1, number="a)"),
        _b(BlockKind.list_item, "havnene skal ha mottak for avfall fra båter.", 1, number="b)"),
    ]
    plan = plan_of_blocks(blocks, "nb")
    texts = [g.text for g in plan.goals]
    assert not any(t.startswith("Formålet") for t in texts)
    assert any(t.startswith("strendene skal være ryddet") for t in texts)
    assert any(t.startswith("havnene skal ha mottak") for t in texts)


# ----------------------------------------------------------------- a signed note


def test_bracketed_note_signed_with_initials_saying_what_is_to_come():
    text = "Besøkstallet var 41 000 i fjor (tallene for hele året kommer fra regnskapet – KB)."
    assert [f[2] for f in leftovers_in(text)] == ["(tallene for hele året kommer fra regnskapet – KB)"]
    # a bracket with no initials, or initials with nothing to come, is no note
    assert leftovers_in("Besøkstallet (tallene kommer fra regnskapet) var høyt.") == []
    assert leftovers_in("Rapporten fra utvalget (leder – KB) var klar.") == []
