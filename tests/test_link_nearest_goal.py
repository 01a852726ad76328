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
