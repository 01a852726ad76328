"""Linking by place picks the most specific goal: strategies under a lead-in heading ending in a
colon stay in the scope of the sub-goal heading above them, and a side column of measures
printed beside each sub-goal block serves the sub-goal it stands beside."""

from __future__ import annotations

import pytest

from plancheck.extract.link import _sub_goal_beside, _sub_goal_blocks, scope_parents
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import BBox, Block, BlockKind, Document, Provenance
from tests.conftest import plan_of_blocks

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item


def _blk(kind: BlockKind, text: str, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, bullet="–" if kind == L else None)


@pytest.mark.parametrize("lead_in", ["Strategier:", "Dette gjør vi:"])
def test_strategies_under_a_colon_lead_in_serve_the_sub_goal_above(lead_in):
    plan = plan_of_blocks(
        [
            _blk(H, "Mål og strategier", 1),
            _blk(H, "Hovedmål 1 Alle innbyggere skal ha gode tjenester.", 2),
            _blk(H, "Delmål 1.1", 3),
            _blk(P, "Innbyggerne skal få svar på henvendelser innen en uke."),
            _blk(H, lead_in, 3),
            _blk(L, "Vi bruker digitale skjema i alle tjenester."),
            _blk(L, "Vi lærer opp de ansatte i klarspråk."),
            _blk(H, "Delmål 1.2", 3),
            _blk(P, "Flere eldre skal bo hjemme lenger."),
            _blk(H, lead_in, 3),
            _blk(L, "Vi styrker hjemmetjenesten i alle soner."),
        ],
        "nb",
    )
    by_number = {g.number: g.id for g in plan.goals}
    assert [s.goal_ids for s in plan.strategies] == [[by_number["1.1"]], [by_number["1.1"]], [by_number["1.2"]]]
    # the lead-in stands in the scope of the sub-goal heading before it
    lead_ins = [s for s in plan.sections if s.title == lead_in]
    titles = {s.id: s.title for s in plan.sections}
    assert [titles[scope_parents(plan)[s.id]] for s in lead_ins] == ["Delmål 1.1", "Delmål 1.2"]


def _placed(kind: BlockKind, text: str, level: int | None, x0: float, top: float, x1: float) -> Block:
    b = _blk(kind, text, level)
    b.provenance = Provenance(page=1, bbox=BBox(x0=x0, top=top, x1=x1, bottom=top + 12))
    return b


def _side_column_plan(measure_x0: float):
    blocks = [
        _placed(H, "Mål og tiltak", 1, 50, 50, 500),
        _placed(H, "Hovedmål 1 Alle innbyggere skal ha gode tjenester.", 2, 50, 100, 500),
        _placed(H, "Delmål 1.1", 3, 50, 150, 300),
        _placed(P, "Innbyggerne skal få svar på henvendelser innen en uke.", None, 50, 170, 300),
        _placed(H, "Delmål 1.2", 3, 50, 300, 300),
        _placed(P, "Flere eldre skal bo hjemme lenger.", None, 50, 320, 300),
        _placed(H, "Tiltak", 3, measure_x0, 150, 550),
        _placed(L, "Innføre digitale skjema i alle tjenester", 1, measure_x0, 170, 550),
        _placed(L, "Lære opp de ansatte i klarspråk", 1, measure_x0, 230, 550),
        _placed(H, "Tiltak", 3, measure_x0, 300, 550),
        _placed(L, "Styrke hjemmetjenesten i alle soner", 1, measure_x0, 320, 550),
    ]
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance.source_text = b.text
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None), doc


def test_a_side_column_measure_serves_the_sub_goal_it_stands_beside():
    plan, doc = _side_column_plan(350)
    main = next(g for g in plan.goals if g.number == "1")
    sub_goals, boxes = _sub_goal_blocks(plan, doc)
    beside = [_sub_goal_beside(sub_goals[main.id], m, boxes) for m in plan.measures]
    assert [g.number if g else None for g in beside] == ["1.1", "1.1", "1.2"]


def test_a_measure_in_the_goals_own_column_is_not_beside_a_sub_goal():
    plan, doc = _side_column_plan(50)
    main = next(g for g in plan.goals if g.number == "1")
    sub_goals, boxes = _sub_goal_blocks(plan, doc)
    assert [_sub_goal_beside(sub_goals[main.id], m, boxes) for m in plan.measures] == [None] * len(plan.measures)


@pytest.mark.parametrize("lang, goal_label, lead_in, goals, measures", [
    ("da", "Målsætning:", "Handlinger:",
     ["Færre unge skal begynde at ryge", "Flere borgere skal få hjælp til rygestop"],
     [["Indføre røgfri skoletid (ansvar: Børn og Skole, 2026)", "Lave en kampagne om snus (ansvar: SSP, 2027)"],
      ["Tilbyde gratis rygestopkurser (ansvar: Sundhedscentret, løbende)"]]),
    ("nb", "Mål:", "Tiltak:",
     ["Flere eldre skal bo trygt hjemme", "Pårørende skal få god avlastning"],
     [["Etablere hverdagsrehabilitering (ansvar: Hjemmetjenesten, 2027)"],
      ["Tilby pårørendeskole (ansvar: Demensteamet, 2026)", "Utvide avlastningen i helgene (ansvar: Sjukeheimen, 2028)"]]),
    ("en", "Objective:", "Actions:",
     ["Reduce the number of people sleeping rough in the district", "Improve the quality of temporary accommodation"],
     [["Fund an outreach worker for rough sleepers (Lead: Housing Options, 2027)"],
      ["Inspect every temporary accommodation unit (Lead: Private Sector Housing, 2026)"]]),
])
def test_the_list_under_a_labelled_goal_of_its_own_serves_it(lang, goal_label, lead_in, goals, measures):
    """'Målsætning: …' / 'Handlinger:' / '1. …' repeated in one chapter: each list serves the goal
    labelled over it, though the chapter states several goals (linking by place cannot tell)."""
    blocks = [_blk(H, "3 Mål og handlinger", 1)]
    for goal, items in zip(goals, measures, strict=True):
        blocks += [_blk(P, f"{goal_label} {goal}"), _blk(P, lead_in), *(_blk(L, t) for t in items)]
    plan = plan_of_blocks(blocks, lang)
    assert [g.text for g in plan.goals] == goals
    by_goal = {g.id: g.text for g in plan.goals}
    served = [[by_goal[gid] for gid in m.goal_ids] for m in plan.measures]
    assert served == [[g] for g, items in zip(goals, measures, strict=True) for _ in items]


def test_goals_stated_before_all_the_measures_lend_them_no_link_by_order():
    """Goals all stated first, then one list of measures: nothing says which serves which, and
    the last goal must not take them all."""
    plan = plan_of_blocks([
        _blk(H, "2 Mål och åtgärder", 1),
        _blk(P, "Mål: Fler invånare ska välja cykel för korta resor"),
        _blk(P, "Mål: Trafiksäkerheten vid skolorna ska öka"),
        _blk(P, "Åtgärder:"),
        _blk(L, "Bygga en cykelbana längs Storgatan (ansvar: Tekniska förvaltningen, 2027)"),
        _blk(L, "Sänka hastigheten vid alla skolor (ansvar: Trafikenheten, 2026)"),
    ], "sv")
    assert len(plan.goals) == 2
    assert all(len(m.goal_ids) != 1 for m in plan.measures)


def test_a_goal_label_over_a_verb_phrase_of_action_labels_that_goal():
    """'Objective: Reduce the number of …' (no modal, no full stop, under 60 characters) is the
    labelled objective; a role heading's tail is a noun phrase or a question."""
    from plancheck.extract.roles import action_phrase, heading_role

    assert heading_role("Objective: Reduce the number of people sleeping rough") == (
        "sub_goal", "Reduce the number of people sleeping rough")
    assert heading_role("Delmål: Øke andelen elever som går til skolen")[1] == "Øke andelen elever som går til skolen"
    assert heading_role("Goals: Climate and energy")[1] == "Climate and energy"  # as before: a phrase kept
    assert heading_role("Mål: Hva vil vi oppnå?") == ("goal", "")
    assert not action_phrase("Reduce waste")  # too short to be a goal of its own
    assert not action_phrase("Improve what?")
