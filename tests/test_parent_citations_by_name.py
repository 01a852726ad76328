"""Parent goals cited by name, code or theme, and goals in two levels (issue 11, the rød tråd,
session 29), on invented examples: a goal under a short heading named by it and cited on a line
"Kopplat till: <name>" the reader joined to the next label; a hovedmål over coded delmål, its
status from theirs; one measure with an owner naming a goal; a child column naming a theme of
two goals, content deciding which; labelled lines read as a field table with a bracketed badge
code; badges side by side; a measure group quoting a goal over its rows; a line saying there
are no measures."""

from __future__ import annotations

from plancheck.extract.placeholders import says_none
from plancheck.mandate.goalforms import goal_column_goals, heading_names
from plancheck.mandate.parents import (
    assess_parent,
    committed_answer,
    committed_measures,
    concerns,
    goal_words,
    listed_names,
    name_reference,
    row_name_references,
    section_name,
    theme_names,
    with_main_goals,
    with_sub_goal_statuses,
)
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    GoalKind,
    Measure,
    Owner,
    ParentCoverage,
    Plan,
    Provenance,
    Section,
    SourceInfo,
)
from tests.conftest import table_of


def _plan(sections: list[Section], goals: list[Goal] = (), measures: list[Measure] = ()) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1),
        title="Plan",
        sections=sections,
        goals=list(goals),
        measures=list(measures),
    )


def _doc(blocks: list[Block]) -> Document:
    from plancheck.ingest.sections import build_sections

    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


# ------------------------------------------------------- a short heading names its one goal


def test_a_compound_goal_label_heads_the_goal_of_labelled_lines():
    # "Inriktningsmål: …" over "Indikatorer: …", read as a one-row table under each short heading;
    # the compound is no goal column word of its own ("Koppling till inriktningsmål" names goals)
    blocks = []
    for title, goal in [
        ("Trygg uppväxt", "Alla barn och unga får en trygg uppväxt."),
        ("Jobb och företagande", "Fler företag startar och växer i kommunen."),
        ("Ett tryggt samhälle", "Invånarna känner sig trygga i hela kommunen."),
    ]:
        table = table_of(["Inriktningsmål", "Indikatorer"], [[goal, "andel som svarar ja"]])
        table.ruled = False
        blocks += [Block(id="", kind=BlockKind.heading, text=title, level=2),
                   Block(id="", kind=BlockKind.table, text="", table=table)]
    doc = _doc(blocks)
    found = goal_column_goals(doc)
    assert [g.text for g in found] == [
        "Alla barn och unga får en trygg uppväxt.",
        "Fler företag startar och växer i kommunen.",
        "Invånarna känner sig trygga i hela kommunen.",
    ]
    sections = doc.sections
    goals = [Goal(id=g.id, text=g.text, section_id=g.section_id) for g in found]
    assert list(heading_names(goals, sections).values()) == ["Trygg uppväxt", "Jobb och företagande",
                                                            "Ett tryggt samhälle"]


def test_a_goal_alone_under_a_short_heading_is_named_by_it():
    sections = [
        Section(id="s1", title="Kommunfullmäktiges mål", level=1),
        Section(id="s2", title="Trygg uppväxt", level=2, parent_id="s1"),
        Section(id="s3", title="Jobb och företagande", level=2, parent_id="s1"),
        Section(id="s4", title="Två mål här", level=2, parent_id="s1"),
    ]
    goals = [
        Goal(id="a", text="Alla barn får en trygg uppväxt.", section_id="s2"),
        Goal(id="b", text="Fler företag startar i kommunen.", section_id="s3"),
        Goal(id="c", text="Luften är ren.", section_id="s4"),
        Goal(id="d", text="Vattnet är rent.", section_id="s4"),
    ]
    # a section of two goals is a topic: its heading names neither
    assert heading_names(goals, sections) == {"a": "Trygg uppväxt", "b": "Jobb och företagande"}
    # one such heading is no form of the plan
    assert heading_names(goals[:1], sections) == {}


def test_a_cross_reference_label_names_a_goal_by_name_the_next_label_cut_off():
    assert name_reference("Kopplat till: Jobb och företagande Aktiviteter:") == "Jobb och företagande"
    assert name_reference("Kopplat till: Jobb och företagande") == "Jobb och företagande"
    # a colon after words of no role is no joined label: no name
    assert name_reference("Kopplat till: Jobb och fler saker här:") is None
    # a number is read as a code elsewhere
    assert name_reference("Kopplat till: 1.3") is None
    goals = [Goal(id="a", text="Grönvikeborna känner sig trygga."), Goal(id="b", text="Naturen mår bra.")]
    names = {"a": ["Ett tryggt Grönvike"], "b": ["Hållbar livsmiljö"]}
    assert listed_names("Ett tryggt Grönvike, Hållbar livsmiljö", goals, names) == [0, 1]


def test_a_child_goal_over_a_cited_name_serves_the_named_goal():
    from plancheck.models import Passage

    parent_sections = [
        Section(id="p1", title="Trygg uppväxt", level=2),
        Section(id="p2", title="Jobb och företagande", level=2),
    ]
    parent = _plan(
        parent_sections,
        [
            Goal(id="a", text="Alla barn och unga klarar skolan.", section_id="p1", page=1),
            Goal(id="b", text="Fler företag startar och växer i kommunen.", section_id="p2", page=1),
        ],
    )
    child = _plan(
        [Section(id="c1", title="Nämndmål 1", level=2)],
        [Goal(id="g1", text="Handläggningstiden för bygglov är högst sju veckor.", section_id="c1", page=1)],
    )
    child.passages = [
        Passage(id="x1", kind="heading", text="Nämndmål 1: Handläggningstiden för bygglov är högst sju veckor.",
                section_id="c1", page=1),
        Passage(id="x2", kind="paragraph", text="Kopplat till: Jobb och företagande Aktiviteter:", section_id="c1",
                page=1),
    ]
    cov, links = assess_parent(child, parent, lang="sv")
    assert links[0].serves == ["b"]
    assert {c.id: c.status for c in cov}["a"] == "not_followed_up"


# ------------------------------------------------------------ hovedmål over coded delmål


def test_a_main_goal_is_kept_over_its_form_read_sub_goals():
    extracted = [
        Goal(id="h1", text="Barn og unge vokser opp trygt.", kind=GoalKind.main_goal, number="1", section_id="s1"),
        Goal(id="d1", text="1a Alle deltar. 1b Familier får hjelp.", kind=GoalKind.sub_goal, parent_id="h1",
             section_id="s2"),
    ]
    parent = _plan([Section(id="s1", title="Hovedmål", level=2), Section(id="s2", title="Delmål", level=3)], extracted)
    forms = [
        Goal(id="f1", text="Alle deltar.", number="1a", section_id="s2"),
        Goal(id="f2", text="Familier får hjelp.", number="1b", section_id="s2"),
    ]
    out = with_main_goals(forms, parent)
    assert [g.id for g in out] == ["h1", "f1", "f2"]
    assert [g.parent_id for g in out] == [None, "h1", "h1"]
    # a plan with no main goal over its form goals keeps them as they are
    assert with_main_goals(forms, _plan([], [])) == forms


def _cov(ident: str, status: str, served: list[str] = ()) -> ParentCoverage:
    return ParentCoverage(id=ident, text=ident, status=status, served_by=list(served))


def test_a_main_goals_status_is_its_sub_goals():
    goals = [Goal(id="h", text="h"), Goal(id="a", text="a", parent_id="h"), Goal(id="b", text="b", parent_id="h")]

    def status(main: str, a: str, b: str) -> str:
        cov = [_cov("h", main), _cov("a", a, ["m1"]), _cov("b", b, ["m2"])]
        return with_sub_goal_statuses(cov, goals)[0].status

    assert status("partial", "followed_up", "followed_up") == "followed_up"
    assert status("followed_up", "followed_up", "partial") == "partial"
    assert status("followed_up", "not_followed_up", "not_followed_up") == "partial"
    assert status("not_followed_up", "not_followed_up", "not_followed_up") == "not_followed_up"
    assert status("not_followed_up", "partial", "not_followed_up") == "partial"
    main = with_sub_goal_statuses([_cov("h", "partial", ["x"]), _cov("a", "followed_up", ["m1"]),
                                   _cov("b", "partial", ["m2"])], goals)[0]
    assert main.served_by == ["m1", "m2"] and main.missing == ["b"]


# ------------------------------------------------------- one committed measure naming the goal


def test_one_measure_with_an_owner_naming_a_goal_that_answers_all_of_it_follows_it_up():
    child = _plan(
        [],
        measures=[
            Measure(id="m1", text="Trygghetsalarmer for eldre", owners=[Owner(text="Helse og omsorg")]),
            Measure(id="m2", text="Trygghetsalarmer for eldre"),
        ],
    )
    committed = committed_measures(child)
    assert committed == frozenset({"m1"})
    items = [("m1", "measure", "Trygghetsalarmer for eldre", 1), ("m2", "measure", "Trygghetsalarmer for eldre", 1)]
    text = "Flere eldre bor trygt i egen bolig."
    cs = concerns(goal_words(text, "nb"), text)
    assert committed_answer([0], items, committed, [(c, True) for c in cs])
    # a mention with no owner or deadline, or a concern left open: not by itself
    assert not committed_answer([1], items, committed, [(c, True) for c in cs])
    assert not committed_answer([0], items, committed, [(cs[0], True), (cs[-1], False)] if len(cs) > 1 else [])


# ------------------------------------------------------------- a theme of two goals named


def test_a_theme_heading_names_its_goals_without_its_label():
    assert section_name("Tema 1: Sund start på livet") == "Sund start på livet"
    assert section_name("Målsætninger") is None
    assert section_name("Sundhedspolitik 2049–2053") is None
    assert section_name("Alle børn får en sund start og lærer sunde vaner fra begyndelsen.") is None
    sections = [
        Section(id="s1", title="Tema 1: Sund start på livet", level=2),
        Section(id="s2", title="Målsætninger", level=3, parent_id="s1"),
        Section(id="s3", title="Tema 2: Aktive seniorer", level=2),
    ]
    goals = [
        Goal(id="a", text="Flere børn har en sund vægt.", section_id="s2"),
        Goal(id="b", text="Alle gravide, der ryger, får hjælp til rygestop.", section_id="s2"),
        Goal(id="c", text="Flere ældre er fysisk aktive.", section_id="s3"),
    ]
    # a theme of one goal is named by it otherwise (heading_names): not here
    assert theme_names(goals, _plan(sections, goals)) == {"sund start på livet": [0, 1]}


def test_a_column_naming_a_theme_hands_its_goals_to_the_content():
    goals = [Goal(id="a", text="Flere børn har en sund vægt."), Goal(id="b", text="Gravide får rygestop.")]
    table = table_of(
        ["Indsats", "Politikkens tema", "Ansvarlig"],
        [
            ["Sund mad i alle børnehaver", "Sund start på livet", "Dagtilbud"],
            ["Familieforløb til børn med overvægt", "Sund start på livet", "Sundhedsplejen"],
        ],
    )
    doc = _doc([Block(id="", kind=BlockKind.table, text="", table=table)])
    items = [("m1", "measure", "Sund mad i alle børnehaver", 1), ("m2", "measure", "Familieforløb til børn med overvægt", 1)]
    themes_out: dict[int, list[int]] = {}
    themes = {"sund start på livet": [0, 1]}
    # the theme names no one goal by itself ...
    assert row_name_references(doc, items, goals, "da", {}, themes=themes, themes_out=themes_out) == {}
    # ... each of its goals gets the rows, for their words to decide
    assert themes_out == {0: [0, 1], 1: [0, 1]}


# ------------------------------------------------- labelled lines as a field table, badge codes


def test_labelled_lines_give_the_goal_sentence_and_its_coded_name():
    blocks = []
    for name, goal in [
        ("Thriving places (TP)", "Our town centres are busy and every home is good. Footfall has fallen since 2040."),
        ("Green and clean (GE)", "Marlowby is net zero by 2050 and our parks are clean."),
        ("Healthy lives (HL)", "Residents live longer and healthier lives."),
    ]:
        table = table_of(["Outcome", "Our outcome"], [[name, goal]])
        table.ruled = False
        blocks.append(Block(id="", kind=BlockKind.table, text="", table=table))
    found = goal_column_goals(_doc(blocks))
    assert [(g.name, g.number, g.text) for g in found] == [
        ("Thriving places", "TP", "Our town centres are busy and every home is good."),
        ("Green and clean", "GE", "Marlowby is net zero by 2050 and our parks are clean."),
        ("Healthy lives", "HL", "Residents live longer and healthier lives."),
    ]


def test_badges_side_by_side_name_each_goal():
    goals = [Goal(id="a", text="Net zero."), Goal(id="b", text="Healthy lives.")]
    names = {"a": ["Green and clean", "GE"], "b": ["Healthy lives", "HL"]}
    assert listed_names("GE HL", goals, names) == [0, 1]
    assert listed_names("GE XX", goals, names) == []


# ----------------------------------------------- a group row quoting the goal, no measures at all


def test_a_line_saying_there_are_no_measures():
    assert says_none("Ingen tiltak i år", "nn")
    assert says_none("No actions this year", "en")
    assert not says_none("Ingen skal stå alene", "da")
    assert not says_none("Nye tiltak for unge i perioden", "nb")


def test_a_group_row_quoting_a_goal_names_only_the_rows_under_it():
    goal_a = "Utsleppa frå vegtrafikken er halverte innan 2060."
    goal_b = "Matjorda og myrane blir tekne vare på som karbonlager."
    parent = _plan([], [Goal(id="a", text=goal_a, page=1), Goal(id="b", text=goal_b, page=1)])
    owner = [Owner(text="Teknisk")]
    child = _plan(
        [Section(id="c1", title="Tiltak", level=1)],
        [
            Goal(id="g1", text=f"Regionalt mål 1.1: {goal_a}", section_id="c1", page=1),
            Goal(id="g2", text=f"Regionalt mål 3.2: {goal_b}", section_id="c1", page=1),
        ],
        [
            Measure(id="m1", text="Gang- og sykkelveg til sentrum", goal_ids=["g1"], owners=owner, section_id="c1",
                    page=1),
            Measure(id="m2", text="Elsyklar for tilsette", goal_ids=["g1"], owners=owner, section_id="c1", page=1),
            Measure(id="m3", text="Asfaltering av kommunale grusvegar", goal_ids=["g2"], owners=owner,
                    section_id="c1", page=1),
        ],
    )
    cov, _links = assess_parent(child, parent, lang="nn")
    status = {c.id: c.status for c in cov}
    # the asphalting under the peat goal holds none of its words: the quotation alone is no follow-up
    assert status["b"] == "not_followed_up"
    assert "m3" not in next(c for c in cov if c.id == "a").served_by
