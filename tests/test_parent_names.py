"""The child names a parent goal by its short name or opening words (issue 11 part 4)."""

from __future__ import annotations

from plancheck.mandate.parents import (
    ParentSettings,
    name_reference,
    named_follow_up,
    resolve_name,
    theme_name,
)
from plancheck.models import Goal


def _goals(*texts: str) -> list[Goal]:
    return [Goal(id=f"g{k}", text=t, page=1) for k, t in enumerate(texts)]


def test_name_reference_reads_label_and_name():
    assert name_reference("Byrådets mål: Bosætning") == "Bosætning"
    assert name_reference("Council Plan outcome: Carers are supported") == "Carers are supported"
    # a number is a code (parent_reference_line), a long line is a sentence, no label no name
    assert name_reference("Byrådets mål: 3") is None
    assert name_reference("Ansvar: Teknisk drift") is None
    assert name_reference("Council Plan outcome: " + " ".join(["word"] * 12)) is None


def test_theme_name_is_the_box_title():
    assert theme_name("3 MOBILITET Alle skal kunne reise uten bil.") == "MOBILITET"
    assert theme_name("Alle skal kunne reise uten bil.") is None


def test_resolve_name_by_theme_or_opening_words():
    goals = _goals(
        "Alle skal kunne reise uten bil.",
        "Every child gets the best start in life.",
        "Every child is safe at home.",
    )
    names = {"g0": ["MOBILITET"]}
    assert resolve_name("Mobilitet", goals, names) == 0
    assert resolve_name("Every child gets the best start", goals, names) == 1
    # a name fitting two goals names neither; one word of opening is no name
    assert resolve_name("Every child", goals, names) is None
    assert resolve_name("Every", goals, names) is None
    assert resolve_name("Boliger", goals, names) is None


def test_bullets_under_a_named_goal_count_only_when_several():
    items = [("p1", "goal", "G", 1), ("p2", "list_item", "a", 1), ("p3", "list_item", "b", 1)]
    s = ParentSettings()
    assert not named_follow_up([0, 1], items, s, frozenset({1}))
    assert named_follow_up([0, 1, 2], items, s, frozenset({1, 2}))
    assert not named_follow_up([0, 1, 2], items, s, frozenset())
