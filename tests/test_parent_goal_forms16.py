"""Goal forms of the sixteenth parents batch, on invented examples: a 'Slik vil vi ha det' goal
heading, goals under theme headings below a goal heading, a plan as the subject of a sentence
whose modal stands in a clause under it, goal codes printed as badges beside list items, a
bracket naming the regional plan's goal, and the heating vocabulary."""

from __future__ import annotations

from types import SimpleNamespace

from plancheck.extract.goalstatements import about_the_plans, item_numbers
from plancheck.extract.roles import heading_role
from plancheck.ingest.text import join_lines
from plancheck.layout.blocks import _continues
from plancheck.layout.lines import Line
from plancheck.layout.words import Word
from plancheck.mandate.parents import (
    bracket_references,
    goal_named_sections,
    goal_words,
    item_keys_of,
    parent_references,
    with_stated_goals,
)
from plancheck.models import BBox, Block, BlockKind, Passage, Plan, Provenance, Section


def test_slik_vil_vi_ha_det_is_a_goal_heading_and_slik_gjor_vi_det_stays_strategies():
    assert heading_role("Slik vil vi ha det")[0] == "goal"
    assert heading_role("Slik gjør vi det")[0] == "strategy"


def _plan_under_goal_heading() -> Plan:
    sections = [
        Section(id="s1", title="Mål", level=1),
        Section(id="s2", title="Rent vann", level=2, parent_id="s1"),
        Section(id="s3", title="Tiltak", level=2, parent_id="s1"),
        Section(id="s4", title="Bakgrunn", level=1),
    ]
    passages = [
        Passage(id="p1", kind=BlockKind.list_item, text="Alle bekker i Eksempelby skal ha god tilstand i 2030.", section_id="s2"),
        Passage(id="p2", kind=BlockKind.list_item, text="Kommunen skal kartlegge alle stikkrenner innen 2028.", section_id="s3"),
        Passage(id="p3", kind=BlockKind.list_item, text="Vannverket skal fornyes innen 2031.", section_id="s4"),
    ]
    return Plan(source={"path": "x.pdf", "format": "pdf", "sha256": "0", "pages": 1}, sections=sections, passages=passages)


def test_goals_under_a_theme_heading_below_a_goal_heading_are_goals():
    plan = _plan_under_goal_heading()
    # the theme heading below "Mål" holds goals; a role heading below it ("Tiltak") does not,
    # nor does a chapter after it
    assert goal_named_sections(plan) == {"s1", "s2"}
    goals = [g.text for g in with_stated_goals(plan).goals]
    assert goals == ["Alle bekker i Eksempelby skal ha god tilstand i 2030."]


def test_a_plan_saying_what_it_shows_with_the_modal_in_a_clause_under_it_is_no_goal():
    assert about_the_plans("Dokumentet viser hvilke tiltak som skal prioriteres.")
    assert about_the_plans("Planen beskriver hva kommunen skal gjøre de neste fire årene.")
    # a goal whose subject is no plan stays one, and so does a rule set for new plans
    assert not about_the_plans("Kommunen viser vei, og alle skoler skal være fossilfrie.")
    assert not about_the_plans("Nye planer skal sikre trygg byggegrunn.")


def _word(text, x0, top, size, bold=False):
    return Word(text, x0, top, x0 + 6 * len(text), top + size * 1.3, size, "Sans", bold)


def _line(words):
    return Line(1, words, words[0].x0, words[-1].x1, min(w.top for w in words), max(w.bottom for w in words),
                words[0].size, False, " ".join(w.text for w in words))


def test_a_larger_code_badge_reaching_below_the_first_line_does_not_end_the_item():
    first = _line([_word("Havet", 95, 199, 11), _word("skal", 140, 199, 11)])
    # the badge is set larger: its descent reaches below the top of the next line
    first.words.insert(0, Word("1.1", 60, 200.5, 80, 214.0, 13, "Sans", True))
    first.x0, first.bottom = 60, 214.0
    nxt = _line([_word("vere", 95, 211.5, 11), _word("reint.", 125, 211.5, 11)])
    cur = {"kind": BlockKind.list_item, "lines": [first], "first_text": "Havet skal", "number": "1.1",
           "bullet": None, "indent": 95, "label_x": 60, "right": 500}
    assert _continues(cur, first, nxt)
    # a line overlapping the text itself is no continuation
    over = _line([_word("vere", 95, 204.0, 11)])
    assert not _continues(cur, first, over)


def test_a_list_items_code_of_two_levels_numbers_the_goal_read_from_it():
    box = BBox(x0=60, top=200, x1=500, bottom=214)
    prov = Provenance(page=1, bbox=box)
    text = "Havet skal vere reint."
    plan = Plan(
        source={"path": "x.pdf", "format": "pdf", "sha256": "0", "pages": 1},
        passages=[Passage(id="p4", kind=BlockKind.list_item, text=text, page=1, provenance=prov),
                  Passage(id="p5", kind=BlockKind.list_item, text="Fjorden skal vere open.", page=1,
                          provenance=Provenance(page=1, bbox=BBox(x0=60, top=230, x1=500, bottom=244)))],
    )
    doc = SimpleNamespace(blocks=[
        Block(id="b4", kind=BlockKind.list_item, text=text, number="2.1", provenance=prov),
        Block(id="b5", kind=BlockKind.list_item, text="Fjorden skal vere open.", number="2.",
              provenance=Provenance(page=1, bbox=BBox(x0=60, top=230, x1=500, bottom=244))),
    ])
    # a list's own count ("2.") names no goal of the plan
    assert item_numbers(plan, doc, ["p4", "p5"]) == {"p4": "2.1"}


def test_a_bracket_naming_the_regional_plans_goal_names_its_code():
    text = "Eksempelvika skal ha ei ny kai innan 2029. (jf. regionplanen mål 1.2)"
    assert [codes for *_se, codes in bracket_references(text)] == [["1.2"]]
    assert [codes for *_se, codes in parent_references(text)] == [["1.2"]]
    assert bracket_references("Eksempelvika skal ha ei ny kai. (jf. mål 3)")


def test_a_hyphen_after_a_formula_stays_when_the_word_goes_on_on_the_next_line():
    assert join_lines(["Avgiften på CO2-", "utslipp skal økes."]) == "Avgiften på CO2-utslipp skal økes."
    assert join_lines(["CO2-", "og klimaregnskap"]) == "CO2- og klimaregnskap"
    assert join_lines(["kommu-", "nen"]) == "kommunen"


def _keys(text, lang):
    # a child item's words with the broader groups they are a kind of ("^=…": a part)
    return {k.lstrip("^") for k in item_keys_of(goal_words(text, lang, broader=True))}


def test_heat_pumps_and_district_heating_are_one_group_and_climate_neutral_is_about_emissions():
    goal = {k for w in goal_words("Alle kommunale bygg skal ha fjernvarme i 2032.", "nb") for k in w.whole}
    heat = _keys("Oljefyren i hallen skal erstattes med varmepumpe.", "nb")
    assert goal & heat
    neutral = {k for w in goal_words("Byen skal være klimaneutral i 2045.", "da") for k in w.whole}
    assert neutral & _keys("Kommunens klimagassutslipp skal halveres.", "nb")
    # a heating measure is no cut in emissions by itself: two of them make no low-emission town
    assert not neutral & heat
    # heating shares nothing with a goal on learning
    learn = {k for w in goal_words("Alle børn skal lære mest muligt.", "da") for k in w.whole}
    assert not learn & heat


def test_a_compound_of_an_abbreviation_is_no_name():
    from plancheck.mandate.parents import abbreviation_compound

    assert abbreviation_compound("CO2-utslipp")
    assert abbreviation_compound("IKT-tjenester")
    # a name, and a name joined to a name, stay names
    assert not abbreviation_compound("Eksempelby")
    assert not abbreviation_compound("Nord-Norge")


def test_the_town_hall_is_one_of_the_councils_buildings():
    goal = {k for w in goal_words("Alle kommunale bygg skal ha lavere energibruk.", "nb") for k in w.whole}
    assert goal & _keys("Oljefyren i rådhuset skal erstattes.", "nb")


def test_the_whole_area_a_regional_goal_closes_on_is_no_word_the_child_must_repeat():
    from plancheck.mandate.parents import without_whole_area

    text = "Båtane skal ha gode kaier i heile fylket."
    assert [w.surface for w in without_whole_area(goal_words(text, "nn"), text)][-1] == "kaier"
    # an area that is the goal's subject, or a part of the area, stays
    text = "Hela länet ska ha fler laddplatser."
    assert "länet" in [w.surface for w in without_whole_area(goal_words(text, "sv"), text)]
    text = "Båtane skal ha gode kaier i nord."
    assert [w.surface for w in without_whole_area(goal_words(text, "nn"), text)][-1] == "nord"


def test_adult_vocational_courses_answer_vocational_training_for_adults():
    goal = {k for w in goal_words("Fler vuxna ska gå en yrkesutbildning.", "sv") for k in w.whole}
    assert goal & _keys("Yrkesvux inom vården startar varje år.", "sv")
    # the supply is the frame of what is supplied
    assert goal_words("Utbudet av kurser ska öka.", "sv")[0].generic


def test_boathouses_and_jetties_are_interventions_in_the_shore_zone_and_the_public_is_everyone():
    goal = goal_words("Nye inngrep i strandsona skal vere få, og ålmenta skal ha tilgang.", "nn")
    assert {k for w in goal for k in w.whole} & _keys("Nye naust skal liggje samla.", "nn")
    # who the shore is kept open for is everyone, no object the child must name
    assert next(w for w in goal if w.surface == "ålmenta").who
