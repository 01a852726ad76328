"""The child plan's goals found and linked to the parent goals they serve (issue 11 part 4,
session 33), on invented examples: a line handing a goal to a strategy is no child goal; a band's
title row the layout split at a column edge is a group row, not a measure; a parent-goal column
citing a band by its number ("Priority 2") offers the band's goals, the row's words choosing one;
the staff's own goal citing a goal for residents serves nothing; a bulleted list of one under its
own heading, ending in labelled who and when, is a measure where the plan's other lists are (shipped
off); a goal of codes alone or a line without fields among fielded measures is no child goal."""

from __future__ import annotations

from plancheck.extract.goalstatements import handed_on
from plancheck.extract.roles import band_number
from plancheck.extract.tables import split_band_row
from plancheck.mandate.parents import (
    band_goals,
    goal_words,
    row_name_references,
    theme_choice,
    theme_choices,
)
from plancheck.models import (
    Block,
    BlockKind,
    Cell,
    Document,
    Goal,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)
from tests.conftest import table_of


def _plan(sections: list[Section], goals: list[Goal]) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        sections=sections,
        goals=goals,
    )


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


# ------------------------------------------------------------ a goal handed to a strategy


def test_a_goal_handed_to_a_strategy_is_handed_on_in_five_languages():
    assert handed_on("Mål 3.1 om kompetanse følges opp i en egen kompetansestrategi.")
    assert handed_on("Mål 4 om bustader vert følgd opp i bustadstrategien.")
    assert handed_on("Målet om kompetens följs upp i kompetensförsörjningsstrategin.")
    assert handed_on("Målet om rekruttering indgår i rekrutteringsstrategien.")
    assert handed_on("The skills outcome is covered by the Workforce Strategy.")
    # a strategy this plan sets is not handed anywhere
    assert not handed_on("Vi vil lage en strategi for rekruttering i 2027.")


# ------------------------------------------------------- a band's title row split at an edge


def test_a_band_is_known_by_its_label_and_number():
    assert band_number("Priority 2") == "2"
    assert band_number("Priority 2 – A thriving local economy") == "2"
    assert band_number("Satsingsområde 1 Oppvekst og læring") == "1"
    assert band_number("Fokusområde 3:") == "3"
    assert band_number("Insatsområde 4") == "4"
    assert band_number("Mål 2") is None  # a goal, not a band
    assert band_number("2.1") is None


def _row(texts: list[str]) -> list[Cell]:
    return [Cell(row=0, col=c, text=t, page=1) for c, t in enumerate(texts)]


def test_a_band_row_split_at_the_first_column_edge_is_a_group_row():
    assert split_band_row(_row(["Satsingsområde", "2 Helse og omsorg", "", "", ""]))
    assert split_band_row(_row(["Priority", "3 – Healthy lives", "", ""]))
    # a measure row numbered in the first column, a row with its owner filled, a goal label
    assert not split_band_row(_row(["4", "Trygghetsalarm til alle", "2.1", "Hjemmetjenesten"]))
    assert not split_band_row(_row(["Satsingsområde", "2 Helse og omsorg", "", "Rådmannen"]))
    assert not split_band_row(_row(["Mål", "2 Flere i arbeid", "", ""]))


# ------------------------------------------------ a band cited by number, content choosing


def test_a_column_citing_a_band_by_number_hands_its_goals_to_the_content():
    sections = [
        Section(id="s1", title="Priority 1 – A greener borough", level=2),
        Section(id="s2", title="Priority 2 – A thriving local economy", level=2),
        Section(id="s3", title="What we want to achieve", level=3, parent_id="s2"),
    ]
    goals = [
        Goal(id="a", text="Residents recycle more and throw away less.", section_id="s1"),
        Goal(id="b", text="Council buildings are net zero by 2035.", section_id="s1"),
        Goal(id="c", text="Local people have the skills that local employers need.", section_id="s3"),
        Goal(id="d", text="The town centre is busy, safe and attractive.", section_id="s3"),
    ]
    bands = band_goals(goals, _plan(sections, goals))
    assert bands == {"1": [0, 1], "2": [2, 3]}
    table = table_of(
        ["Ref", "Action", "Council Plan priority", "Lead officer"],
        [
            ["A1", "Open a construction skills academy with the college", "Priority 2", "Head of Economy"],
            ["A2", "Replace the boilers in the town hall", "Priority 1", "Estates"],
        ],
    )
    doc = _doc([Block(id="", kind=BlockKind.table, text="", table=table)])
    items = [
        ("m1", "measure", "Open a construction skills academy with the college", 1),
        ("m2", "measure", "Replace the boilers in the town hall", 1),
    ]
    themes_out: dict[int, list[int]] = {}
    # the band names no one goal by itself ...
    assert row_name_references(doc, items, goals, "en", {}, themes={}, themes_out=themes_out, bands=bands) == {}
    # ... each of its goals gets the row, for its words to decide
    assert themes_out == {2: [0], 3: [0], 0: [1], 1: [1]}
    # the goal it shares a word with ("skills"), a generic one counted; a tie is no choice
    choices = theme_choices(themes_out, {})
    assert choices == {0: [2, 3], 1: [0, 1]}
    keys = {"construction", "skills", "skill", "academy", "college"}
    words = [goal_words(goals[g].text, "en") for g in (2, 3)]
    assert theme_choice([2, 3], words, keys) == 2
    assert theme_choice([2, 3], words, {"boiler", "hall"}) is None


# ------------------------------------------------------- a list of one with labelled fields


def test_a_one_item_list_ending_in_labelled_who_and_when_is_a_measure(monkeypatch):
    import functools

    from plancheck.extract import plan as plan_module
    from plancheck.extract.plan import WalkSettings, build_plan

    # shipped off (WalkSettings.one_item_fielded_lists: the rød tråd's status first); on here
    monkeypatch.setattr(plan_module, "WalkSettings", functools.partial(WalkSettings, one_item_fielded_lists=True))

    def blocks(with_neighbours: bool) -> list[Block]:
        out = [Block(id="", kind=BlockKind.heading, text="Handleplan for natur 2028", level=1)]
        if with_neighbours:
            out += [
                Block(id="", kind=BlockKind.heading, text="Vand og natur", level=2),
                Block(id="", kind=BlockKind.list_item, bullet="•",
                      text="Genslyngning af Åbækken på 2 km (Ansvar: Natur og Miljø, tid: 2029)"),
                Block(id="", kind=BlockKind.list_item, bullet="•",
                      text="Udtagning af 30 ha lavbundsjord ved Mosen (Ansvar: Natur og Miljø, tid: 2029)"),
            ]
        out += [
            Block(id="", kind=BlockKind.heading, text="Transport", level=2),
            Block(id="", kind=BlockKind.list_item, bullet="•",
                  text="Ny cykelsti mellem Byen og Skoven (Ansvar: Vej og Park, tid: 2029)"),
        ]
        return out

    plan = build_plan(_doc(blocks(True)))
    texts = [m.text for m in plan.measures]
    assert "Ny cykelsti mellem Byen og Skoven" in texts
    # alone in the plan, one bracket makes no list of measures
    alone = build_plan(_doc(blocks(False)))
    assert "Ny cykelsti mellem Byen og Skoven" not in [m.text for m in alone.measures]


# ------------------------------------------- a child goal that only cites a parent goal


def test_a_goal_of_codes_alone_is_a_citation_not_a_child_goal():
    from plancheck.mandate.parents import citation_only, link_goals
    from plancheck.models import Measure

    for codes in ("1a", "TP", "GE HL", "2.1, 3.2", "H1"):
        assert citation_only(codes)
    for goal in ("Trygg oppvekst", "Fjernvarme uden naturgas", "Mål 1"):
        assert not citation_only(goal)
    plan = _plan([], [Goal(id="g1", text="1a"), Goal(id="g2", text="Vi vil at eldre skal kunne bo …")])
    plan = plan.model_copy(update={"measures": [
        Measure(id="m1", text="Trygghetsalarmer for hjemmeboende eldre", owner_text="Hjemmetjenesten"),
    ]})
    # the code is left out; the cut-short quotation too when the caller names it: the measures
    # are then what follows the parent up
    assert [g.id for g in link_goals(plan)] == ["g2"]
    assert [m.id for m in link_goals(plan, cited=frozenset({"g2"}))] == ["m1"]


def test_a_line_without_fields_among_fielded_measures_is_no_child_goal():
    from plancheck.mandate.parents import link_goals
    from plancheck.models import Measure

    plan = _plan([], []).model_copy(update={"language": "nb", "measures": [
        Measure(id="m0", text="Lundvik kommune · Vedtatt av kommunestyret 11. desember 2048"),
        Measure(id="m1", text="Trygghetsalarmer for hjemmeboende eldre", owner_text="Hjemmetjenesten"),
        Measure(id="m2", text="Fire avlastningsplasser på omsorgssenteret", owner_text="Helse"),
        Measure(id="m3", text="Pårørendeskole to ganger i året", owner_text="Helse"),
        Measure(id="m4", text="Ingen tiltak i perioden", owner_text="Teknisk"),
    ]})
    assert [m.id for m in link_goals(plan)] == ["m1", "m2", "m3"]
    # a plan whose measures give no fields: each of three words or more is linked
    bare = plan.model_copy(update={"measures": [
        Measure(id="a", text="Trygghetsalarmer for hjemmeboende eldre"),
        Measure(id="b", text="Fire avlastningsplasser på omsorgssenteret"),
    ]})
    assert [m.id for m in link_goals(bare)] == ["a", "b"]
