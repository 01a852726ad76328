"""Plain check and --parent read the same goals in a plan that states them only as sentences
(extract/goalstatements.py), on small hand-built documents with invented wording."""

from __future__ import annotations

from plancheck.extract.goalstatements import row_numbers
from plancheck.extract.plan import build_plan
from plancheck.mandate.parents import goal_number, parent_goals
from plancheck.models import Block, BlockKind, Document, Goal, Plan, Provenance, Section, SourceInfo
from tests.conftest import table_of


def _doc(blocks: list[tuple[BlockKind, str]], *tables, title: str = "Samfunnsdelen 2030–2042") -> Document:
    out = [
        Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1), section_id="s1")
        for i, (kind, text) in enumerate(blocks)
    ]
    for k, t in enumerate(tables):
        out.append(
            Block(id=f"b{len(blocks) + k}", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=t)
        )
    return Document(
        path="x.pdf", page_count=1, sections=[Section(id="s1", title=title, level=1, page=1)], blocks=out
    )


WE_WANT = [
    (BlockKind.heading, "Samfunnsdelen 2030–2042"),
    (BlockKind.paragraph, "Dalbygda har vokst jevnt i ti år, og flere barnefamilier flytter hit."),
    (BlockKind.paragraph, "Vi vil at alle barn skal ha en trygg skolevei. Vi vil at eldre skal kunne bo hjemme lenger."),
    (BlockKind.paragraph, "Vi vil ha et sentrum med butikker og møteplasser."),
]


def test_we_want_sentences_are_the_goals_of_plain_check_and_of_the_rod_trad():
    doc = _doc(WE_WANT)
    plan = build_plan(doc, lang="nb")
    want = [
        "Vi vil at alle barn skal ha en trygg skolevei.",
        "Vi vil at eldre skal kunne bo hjemme lenger.",
        "Vi vil ha et sentrum med butikker og møteplasser.",
    ]
    assert [g.text for g in plan.goals] == want
    assert [g.id for g in plan.goals] == ["goal-1", "goal-2", "goal-3"]
    assert all(g.section_id == "s1" for g in plan.goals)
    assert [g.text for g in parent_goals(plan, doc)] == want


def test_a_plan_read_with_measures_gets_no_sentence_goals_but_the_rod_trad_still_reads_them():
    blocks = [*WE_WANT, (BlockKind.heading, "Tiltak"), (BlockKind.list_item, "Bygge nytt fortau langs skoleveien (ansvar: teknisk, frist: 2031)")]
    doc = _doc(blocks)
    plan = build_plan(doc, lang="nb")
    # the walk read the plan's structure (a measure): a modal sentence of its prose may be
    # background, and plain check adds no goal; the rød tråd reads a parent's statements still
    assert [m.text for m in plan.measures] == ["Bygge nytt fortau langs skoleveien"]
    assert plan.goals == []
    assert len(parent_goals(plan, doc)) == 3


ROW_TABLE = table_of(
    ["Nr.", "Ønsket utvikling", "Indikator", "Status"],
    [
        ["1.1", "Alle barn skal ha en trygg skolevei.", "Andel som går eller sykler", "61 %"],
        ["1.2", "Eldre skal kunne bo hjemme lenger.", "Antall på sykehjem", "7"],
    ],
)


def test_goals_in_table_cells_carry_the_number_of_their_row():
    doc = _doc([(BlockKind.heading, "Samfunnsdelen 2030–2042")], ROW_TABLE)
    plan = build_plan(doc, lang="nb")
    assert [(g.number, g.text) for g in plan.goals] == [
        ("1.1", "Alle barn skal ha en trygg skolevei."),
        ("1.2", "Eldre skal kunne bo hjemme lenger."),
    ]
    assert plan.goals[0].provenance.source_text == "Alle barn skal ha en trygg skolevei."
    assert [(g.number, g.text) for g in parent_goals(plan, doc)] == [(g.number, g.text) for g in plan.goals]


def test_a_count_after_the_goal_does_not_hide_the_number_before_it():
    # "7" in the status column is a number cell too; the one before the goal numbers it
    doc = _doc([(BlockKind.heading, "Samfunnsdelen")], ROW_TABLE)
    assert row_numbers(doc, ["b1-r1c2", "b1-r2c2"]) == {"b1-r1c2": "1.1", "b1-r2c2": "1.2"}


def test_a_column_quoting_the_goals_of_a_plan_above_is_none_of_the_plans_own():
    table = table_of(["Mål i kommuneplanen", "Vårt bidrag"], [["Alle skal ha en trygg bolig.", "Vi bygger ti utleieboliger."]])
    plan = build_plan(_doc([(BlockKind.heading, "Bakgrunn")], table), lang="nb")
    assert not any(g.text.startswith("Alle skal") for g in plan.goals)


def test_the_number_a_reader_took_off_a_goal_read_from_a_sentence_is_its_number():
    goal = Goal(id="goal-1", text="Alle skal ha en trygg bolig.", provenance=Provenance(source_text="2.1 Alle skal ha en trygg bolig."))
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), goals=[goal])
    assert goal_number(goal, plan) == "2.1"
    other = goal.model_copy(update={"provenance": Provenance(source_text="2.1 Noe helt annet står her.")})
    assert goal_number(other, plan) is None


def test_a_document_that_does_not_name_itself_an_overarching_plan_gets_no_modal_sentence_goals():
    # a brief's points and a saksframlegg's process sentences have the modal, and set no goal
    blocks = [
        (BlockKind.heading, "Bestilling: ny plan for stier"),
        (BlockKind.list_item, "Beskrive hvordan kommunen skal merke stiene i nærområdene."),
        (BlockKind.list_item, "Vurdere hvordan grunneierne skal involveres i arbeidet."),
        (BlockKind.paragraph, "Planen skal legges fram for kommunestyret innen 1. mars 2031."),
    ]
    doc = _doc(blocks, title="Bestilling: ny plan for stier")
    plan = build_plan(doc, lang="nb")
    assert plan.goals == []
    assert len(parent_goals(plan, doc)) == 2  # read as a parent, the --parent option says what it is


def test_headlines_beside_large_numbers_are_goals_whatever_the_documents_type():
    blocks = [(BlockKind.heading, "Målbilde for Dalbygda")]
    for n, headline in enumerate(["Alle har kort vei til naturen", "Bygdene er levende", "Det er lett å reise kollektivt"], 1):
        blocks += [(BlockKind.heading, headline), (BlockKind.heading, str(n)), (BlockKind.paragraph, "Her står hvorfor dette er viktig for bygda.")]
    doc = _doc(blocks, title="Målbilde for Dalbygda")
    plan = build_plan(doc, lang="nb")
    want = ["Alle har kort vei til naturen", "Bygdene er levende", "Det er lett å reise kollektivt"]
    assert [g.text for g in plan.goals] == want
    assert [g.text for g in parent_goals(plan, doc)] == want
