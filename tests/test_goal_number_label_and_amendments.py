"""A goal numbered with its label ("Mål 3" in a 'Nr' cell) is the goal a goal-number column's "3"
names; and a council decision's amendments are applied to the draft it adopts."""

from __future__ import annotations

from plancheck.models import Goal, GoalKind


def _goals(numbers: list[str]) -> list[Goal]:
    return [Goal(id=f"goal-{i}", text=f"Mål nummer {i} skal nåast.", number=n, kind=GoalKind.goal, page=1)
            for i, n in enumerate(numbers, 1)]


def test_a_goal_numbered_with_its_label_is_found_by_its_bare_number():
    from plancheck.extract.link import listed_goals, match_goal, numbered

    goals = _goals(["Mål 1", "Mål 2", "Mål 3", "Mål 4"])
    assert [g.id for g in numbered(goals, "3")] == ["goal-3"]
    assert [g.id for g in listed_goals("3, 1", goals)] == ["goal-3", "goal-1"]
    assert match_goal("3", goals).id == "goal-3"  # type: ignore[union-attr]
    en = _goals(["Goal 1", "Goal 2"])
    assert [g.id for g in numbered(en, "2")] == ["goal-2"]
    # a word that is no goal label keeps the number apart ("Tiltak 3" is no goal 3)
    assert numbered(_goals(["Tiltak 3"]), "3") == []
