"""Session 51 (s51fixc): owners joined by 'with' / 'tillsammans med'; a passive dated sentence of
running text as a measure without an owner; a titled record
printed without a 'When' field lacks a deadline; a goal heading its own section under a numbered
focus area is judged beside the other areas' goals. Invented wording throughout."""

from __future__ import annotations

import pytest
from conftest import plan_of_blocks, table_of
from test_checks_support import goal, hide_installed_plugins, make_plan, measure

from plancheck.checks import check_plan
from plancheck.extract.charge import committed_sentence
from plancheck.lang.owners import split_owners
from plancheck.models import Block, BlockKind, FocusArea, Section

# ----------------------------------------------------------------- lang/owners: a partner joined to the lead


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Leisure Services with Brackwater Rowing Club", "en", ["Leisure Services", "Brackwater Rowing Club"]),
    ("Gatukontoret tillsammans med fastighetsägarna", "sv", ["Gatukontoret", "fastighetsägarna"]),
    ("Rektor sammen med foreldrerådet", "nb", ["Rektor", "foreldrerådet"]),
    ("Teknisk forvaltning saman med grunneigarane", "nn", ["Teknisk forvaltning", "grunneigarane"]),
])
def test_a_partner_joined_by_together_with_is_an_owner_of_its_own(text, lang, want):
    assert [o.text for o in split_owners(text, lang=lang)] == want


def test_a_council_service_named_by_its_field_and_a_body_are_two_owners():
    # 'Environmental Health' holds no unit word; the lexicon names it a unit, so the existing
    # reading of two capitalised names of two words or more splits it from the body after it
    assert [o.text for o in split_owners("Environmental Health and Eastern Valley Water", lang="en")] == [
        "Environmental Health", "Eastern Valley Water"
    ]
    assert [o.text for o in split_owners("Planning and Building Control", lang="en")] == [
        "Planning and Building Control"
    ]


def test_with_inside_an_english_name_keeps_the_name():
    # no owner on the left side: 'with' is part of the team's name
    assert [o.text for o in split_owners("Families with Young Children Team", lang="en")] == [
        "Families with Young Children Team"
    ]


# ----------------------------------------------------------------- extract/charge: a passive dated sentence


def test_a_dated_passive_sentence_with_an_indefinite_subject_is_a_measure_without_owner():
    c = committed_sentence("Hösten 2033 ska ett informationsblad om matavfall distribueras till alla hushåll.", "sv")
    assert c is not None and c.owner == "" and c.when == "Hösten 2033"
    c = committed_sentence("I 2032 skal det opprettes et ungdomsråd i hver bydel.", "nb")
    assert c is not None and c.owner == "" and c.when == "I 2032"


@pytest.mark.parametrize("sentence", [
    "Under 2033 ska avfallsmängden halveras jämfört med 2020.",  # a target for a thing (definite subject)
    "Informationsblad om matavfall distribueras till alla hushåll under 2033.",  # no modal: a report
    "Under 2031 distribuerades ett informationsblad till alla hushåll.",  # past
])
def test_other_passive_sentences_are_no_measures(sentence):
    assert committed_sentence(sentence, "sv") is None


def _b(kind: BlockKind, text: str, level: int | None = None, table=None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table)


def test_the_passive_sentence_is_quoted_alone_and_lacks_its_owner():
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Handlingsplan för renare stränder 2032–2035", 1),
        _b(BlockKind.heading, "Mål: Stränderna ska vara fria från plast", 2),
        _b(BlockKind.paragraph,
           "Parkförvaltningen ansvarar för att tömma papperskorgarna vid stränderna varje dag senast 2033. "
           "Våren 2033 ska en skylt om nedskräpning sättas upp vid varje badplats."),
    ], "sv")
    texts = [m.text for m in plan.measures]
    assert "Våren 2033 ska en skylt om nedskräpning sättas upp vid varje badplats" in texts
    m = plan.measures[texts.index("Våren 2033 ska en skylt om nedskräpning sättas upp vid varje badplats")]
    assert m.owners == [] and m.has_owner_column and m.deadline is not None
    # each sentence is its measure's source text, so a finding quotes that sentence
    assert m.provenance.source_text.startswith("Våren 2033")


# ----------------------------------------------------------------- extract/tables: a record without its 'When'


def test_a_titled_record_without_a_when_field_lacks_a_deadline():
    first = table_of(["", "Lead", "When", ""], [
        ["Mill Lane bridge", "Bridges Team", "Autumn 2031", "Repair the parapet and repaint the railings."],
        ["Town square", "Parks Service", "2032", "Plant six lime trees along the north side."],
    ])
    second = table_of(["", "Lead", ""], [["Market hall", "Markets Office", "Install two drinking fountains in the hall."],
                                          ["Bus station", "Transport Team", "Plant climbing roses along the shelters."]])
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Old Town Action Plan 2031–2034", 1),
        _b(BlockKind.heading, "Goal 1: The old town is green and easy to cross", 2),
        _b(BlockKind.table, "Lead | When", table=first),
        _b(BlockKind.table, "Lead", table=second),
    ], "en")
    last = plan.measures[-2:]
    assert [m.text[:13] for m in last] == ["Install two d", "Plant climbin"]
    assert all(m.deadline is None and m.has_deadline_column for m in last)


# ----------------------------------------------------------------- checks/base: goals under numbered areas


@pytest.fixture()
def _default_pack_only(monkeypatch):
    hide_installed_plugins(monkeypatch)


def test_a_goal_heading_its_section_under_a_numbered_area_is_judged_beside_the_other_areas(_default_pack_only):
    """'2 Goals and actions' › '2.1 Parks' › 'Goal: …' as the goal's own heading, the same under
    '2.2 Streets': the goal of 2.2 with no measure is judged beside the followed-up goal of 2.1."""
    sections = [Section(id="ch", title="Goals and actions", number="2", level=1)]
    areas = []
    goals = []
    for i, (area, text) in enumerate((("Parks", "Every home is near a green space"),
                                      ("Streets", "Streets are safe to cross for children")), start=1):
        sections.append(Section(id=f"a{i}", title=area, number=f"2.{i}", level=2, parent_id="ch"))
        sections.append(Section(id=f"g{i}s", title=f"Goal: {text}.", level=4, parent_id=f"a{i}"))
        areas.append(FocusArea(id=f"focus-{i}", text=area, number=f"2.{i}", page=3, section_id=f"a{i}"))
        goals.append(goal(f"g{i}", text, section_id=f"g{i}s", focus_area_id=f"focus-{i}"))
    plan = make_plan(goals, [], [measure("m1", "Plant a pocket park in Eastfield", ("g1",), owners=("Parks Team",),
                                         due="2030", section_id="g1s")],
                     sections=sections, focus_areas=areas)
    found = [f.quote for f in check_plan(plan).findings if f.rule == "goal-has-measure"]
    assert found == ["Streets are safe to cross for children"]
