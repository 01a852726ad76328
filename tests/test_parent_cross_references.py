"""Parent goals and the child's cross-references to them (issue 11, the rød tråd), on invented
examples: a "Dette vil vi" heading over the goals beside a "Slik gjer vi det" heading over the
strategies; a sentence handing a goal to another plan in the active voice; an electric car as a
part of an emission-free operation; a child citing the numbered section two goals stand in, where
content decides which; goals set as bold titles with a colon, two of them joined into one paragraph
by the reader; a cell listing two goals' short names; a row of fields naming the goal for the
actions of its section."""

from __future__ import annotations

from plancheck.extract.goalstatements import handed_on
from plancheck.extract.stated import whole_sentence
from plancheck.lang.vocab import heading_role
from plancheck.mandate.goalforms import run_in_goals, titled_pieces
from plancheck.mandate.parents import (
    DEFAULT_PARENT_SETTINGS,
    _all_keys,
    _idf,
    assess_parent,
    goal_words,
    item_keys_of,
    listed_names,
    row_name_references,
    section_citations,
    section_number,
    vocab,
    with_section_numbers,
)
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    Measure,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)
from tests.conftest import table_of


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _h(text: str, level: int) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str, run_in: str | None = None, emphasis: list[int] | None = None) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, run_in=run_in, emphasis=emphasis or [])


def _plan(sections: list[Section], goals: list[Goal] = (), measures: list[Measure] = ()) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        sections=sections,
        goals=list(goals),
        measures=list(measures),
    )


# ------------------------------------------------ "Dette vil vi" goals, "Slik gjer vi det" ways


def test_dette_vil_vi_heads_goals_and_slik_gjer_vi_det_heads_strategies():
    assert heading_role("Dette vil vi") == "goal"
    assert heading_role("Dette vil vi oppnå") == "goal"
    for ways in ("Slik gjer vi det", "Slik gjør vi det", "Dette vil vi gjere", "Det här gör vi", "Sådan gør vi"):
        assert heading_role(ways) == "strategy", ways


# ---------------------------------------------------------------- handed on, in the active voice


def test_a_goal_the_plan_follows_up_in_another_plan_is_handed_on():
    assert handed_on("Mål 3.3 om havbruk følgjer vi opp i den interkommunale kystsoneplanen og ikkje her.")
    assert handed_on("Beskyttelsen mod skybrud indgår i klimatilpasningsplanen og er ikke en del af denne plan.")
    assert not handed_on("Vi følgjer opp elevane tett gjennom heile skuleåret.")


def test_an_ordinal_full_stop_ends_no_sentence():
    assert whole_sentence("Byerne er sikret mod stormflod, som statistisk kommer hvert 100. år.", 4)
    assert not whole_sentence("Byerne er sikret mod stormflod. Det koster penge hvert år.", 4)


# ------------------------------------------------------ an electric car is a part of zero emission


def test_an_electric_car_is_a_part_of_an_emission_free_operation():
    v = vocab()
    assert "=nullutslipp" in v.broader["=elbil"]
    assert "=elbil" not in v.groups["utsleppsfri"]
    parent = _plan(
        [Section(id="s1", title="Klima", level=1, page=1)],
        [Goal(id="g1", text="Kommunen si eiga drift er utsleppsfri innan 2045.", page=1, section_id="s1")],
    )
    child = _plan(
        [Section(id="s1", title="Tiltak", level=1, page=1)],
        measures=[Measure(id="m1", text="Elbilar i heimetenesta og teknisk drift", page=1, section_id="s1")],
    )
    (cov,), _ = assess_parent(child, parent, lang="nn")
    assert cov.status != "followed_up"


# --------------------------------------------------------------- a section cited, content decides


def _two_goal_section() -> tuple[Plan, list[Goal]]:
    sections = [
        Section(id="s1", title="Grönstruktur", number="4.2", level=2, page=1),
        Section(id="s2", title="Ställningstaganden", level=3, parent_id="s1", page=1),
        Section(id="s3", title="Näringsliv", number="4.4", level=2, page=1),
        Section(id="s4", title="Ställningstaganden", level=3, parent_id="s3", page=1),
    ]
    goals = [
        Goal(id="g1", text="Tätortsnära skogar ska bevaras och göras tillgängliga.", page=1, section_id="s2"),
        Goal(id="g2", text="Strandzonen ska hållas tillgänglig för allmänheten.", page=1, section_id="s2"),
        Goal(id="g3", text="Kommunen ska ha planlagd verksamhetsmark.", page=1, section_id="s4"),
    ]
    return _plan(sections, goals), goals


def test_a_goal_under_an_unnumbered_heading_has_its_chapters_number_when_alone_there():
    plan, goals = _two_goal_section()
    assert section_number("s2", plan) == "4.2"
    numbered = with_section_numbers(goals, plan)
    assert [g.number for g in numbered] == [None, None, "4.4"]


def test_an_item_citing_a_section_of_two_goals_names_only_those_it_answers():
    plan, goals = _two_goal_section()
    goals = with_section_numbers(goals, plan)
    items = ["Skötselplan för de tätortsnära skogarna", "Ny brandstation i centrum"]
    keys = [item_keys_of(goal_words(t, "sv", broader=True)) for t in items]
    words = [goal_words(g.text, "sv") for g in goals]
    idf = _idf([_all_keys(goal_words(t, "sv")) for t in items] + [_all_keys(w) for w in words])
    refs = {"4.2": [0, 1]}
    # the forest plan answers the forest, not the shore; the fire station answers neither
    assert section_citations(goals, plan, refs, words, keys, idf, DEFAULT_PARENT_SETTINGS) == {0: [0]}


# ------------------------------------------------------- titles with a colon, joined titled lines


def test_titled_goals_with_a_colon_joined_by_the_reader_are_each_a_goal():
    joined = "Stier der forbinder: Stier forbinder byerne med skov og kyst. Plads til naturen: Naturen får mere plads."
    b = _p(joined, run_in="Stier der forbinder", emphasis=[joined.index("Plads")])
    assert [p.run_in for p in titled_pieces(b)] == ["Stier der forbinder", "Plads til naturen"]
    doc = _doc(
        [
            _h("Natur", 1),
            _h("Mål", 3),
            _p("Grønt i gåafstand: Alle borgere har højst 500 meter til et grønt område.", run_in="Grønt i gåafstand"),
            b,
            _h("Retningslinjer", 3),
            _p("Ansvar: Teknik og Miljø har ansvaret for alle stier.", run_in="Ansvar"),
        ]
    )
    found = run_in_goals(doc)
    assert [(g.name, g.text) for g in found] == [
        ("Grønt i gåafstand", "Alle borgere har højst 500 meter til et grønt område."),
        ("Stier der forbinder", "Stier forbinder byerne med skov og kyst."),
        ("Plads til naturen", "Naturen får mere plads."),
    ]


# ----------------------------------------------- a list of short names, a row of fields over actions


def test_a_cell_listing_two_short_names_names_both_goals():
    goals = [Goal(id="a", text="Alle har et grønt område."), Goal(id="b", text="Stier forbinder byerne.")]
    names = {"a": ["Grønt i gåafstand"], "b": ["Stier der forbinder"]}
    assert listed_names("Stier der forbinder, Grønt i gåafstand", goals, names) == [1, 0]
    assert listed_names("Stier der forbinder, Sikre byer", goals, names) == []


def test_a_row_of_fields_naming_a_goal_names_it_for_its_sections_actions():
    goals = [Goal(id="a", text="Alle har et grønt område."), Goal(id="b", text="Stier forbinder byerne.")]
    names = {"a": ["Grønt i gåafstand"], "b": ["Stier der forbinder"]}
    blocks = []
    for n, name in enumerate(["Stier der forbinder", "Grønt i gåafstand"], start=1):
        table = table_of(["Understøtter mål", "Målsætning"], [[name, f"Indsatsen når målet i år {n}."]])
        blocks += [_h(f"Indsats {n}", 2), Block(id="", kind=BlockKind.table, text="", table=table)]
    doc = _doc(blocks)
    sections: dict[int, list[str]] = {}
    assert row_name_references(doc, [], goals, "da", names, sections_out=sections) == {}
    first, second = (b.section_id for b in doc.blocks if b.table is not None)
    assert sections == {1: [first], 0: [second]}


# ------------------------------------------- an objectives table with a link column, target and lead


def test_an_objectives_table_with_a_link_a_target_and_a_lead_states_the_plans_goals():
    from tests.conftest import plan_of_blocks

    table = table_of(
        ["Ref", "Service objective", "Corporate priority", "Target", "Lead officer"],
        [
            ["SO1", "Bring 40 empty homes back into use.", "A", "40 homes", "Housing Manager"],
            ["SO2", "Achieve Green Flag status for the town park.", "B", "Award 2031", "Parks Officer"],
        ],
    )
    plan = plan_of_blocks(
        [
            Block(id="", kind=BlockKind.heading, text="Service objectives", level=1),
            Block(id="", kind=BlockKind.table, text="", table=table),
        ],
        "en",
    )
    assert [g.text for g in plan.goals] == [
        "Bring 40 empty homes back into use.",
        "Achieve Green Flag status for the town park.",
    ]
    assert plan.measures == []
