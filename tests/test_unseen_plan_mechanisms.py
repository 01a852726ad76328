"""Per-stage tests of the mechanisms that read English plans the rules were not tuned on:
wording beats a goal label's list role, gerund actions, sibling votes (issue 10)."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.statements import classify_statement
from plancheck.models import Block, BlockKind, Document, Provenance, Section


def _b(i: int, kind: BlockKind, text: str, **kw) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1), **kw)


def _objective_doc(bullets: list[str]) -> Document:
    blocks = [
        _b(0, BlockKind.paragraph, "Goal 1.1 The town is dedicated to clean air and shady streets for everyone.", section_id="s0"),
        _b(1, BlockKind.heading, "Objective 1.1.1: Enhance Parks", section_id="s1", level=2),
    ]
    blocks += [_b(2 + k, BlockKind.list_item, t, section_id="s1", bullet="•", level=0) for k, t in enumerate(bullets)]
    return Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s0", title="Summary", level=1), Section(id="s1", title="Objective 1.1.1: Enhance Parks", level=2, parent_id="s0")],
        blocks=blocks,
    )


def test_gerund_of_an_action_verb_is_an_action():
    assert classify_statement("Updating the town plan to current needs") == "measure"
    assert classify_statement("Educating the public on water use") == "measure"
    assert classify_statement("Ongoing work with partners") is None
    assert classify_statement("Kartlegging av behov") is None  # not English: left to other evidence


def test_bullets_worded_as_actions_under_an_objective_label_are_measures_of_it():
    doc = _objective_doc([
        "Preserve and expand open space near homes.",
        "Continue to plant large shade trees where feasible.",
        "Creation of a volunteer tree team.",  # not sure alone; its list is actions
        "Meet a tree canopy of 30% by 2030.",  # a quantified target stays a sub-goal
    ])
    plan = build_plan(doc, lang="en", model=None)
    objective = next(g for g in plan.goals if g.text == "Enhance Parks")
    texts = {m.text: m for m in plan.measures}
    assert set(texts) == {
        "Preserve and expand open space near homes.",
        "Continue to plant large shade trees where feasible.",
        "Creation of a volunteer tree team.",
    }
    assert all(m.goal_ids == [objective.id] for m in texts.values())
    assert any(g.text.startswith("Meet a tree canopy") for g in plan.goals)


def test_bullets_stating_states_under_a_goal_label_stay_goals():
    doc = _objective_doc(["All residents live near a park.", "Streets are shaded and safe."])
    plan = build_plan(doc, lang="en", model=None)
    assert plan.measures == []
    assert {"All residents live near a park.", "Streets are shaded and safe."} <= {g.text for g in plan.goals}
