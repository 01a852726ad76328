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


def test_council_names_are_the_english_authority_names():
    from plancheck.mandate.parents import council_names

    plan = _plan([_para(1, "Harrowfield Borough Council · Approved by Full Council")])
    assert council_names(plan) == {"Harrowfield"}
    assert council_names(_plan([_para(1, "Agreed by Full Council on 16 July")])) == set()


def _para(i: int, text: str, section: str = "s1"):
    from plancheck.models import Passage, Provenance

    return Passage(id=f"p{i}", kind="paragraph", text=text, page=1, section_id=section,
                   provenance=Provenance(page=1, source_text=text))


def _plan(passages, goals=()):
    from plancheck.models import Plan, SourceInfo

    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
                title="Strategy", passages=list(passages), goals=list(goals))


def test_a_name_line_names_the_goal_above_it():
    from plancheck.mandate.parents import name_referenced_goals

    parent = _goals("Carers are supported to keep caring.", "Every child gets the best start in life.")
    mine = [Goal(id="g1", text="Carers can get a break when they need one.", page=1, section_id="s1"),
            Goal(id="g2", text="Young carers get help at school.", page=1, section_id="s1")]
    child = _plan(
        [_para(1, mine[0].text), _para(2, "Council Plan outcome: Carers are supported"),
         _para(3, mine[1].text), _para(4, "Council Plan outcome: Every child")],
        mine,
    )
    # each line names the one parent goal opening with its words, for the goal stated above it
    assert name_referenced_goals(child, parent, {}) == {0: ["g1"], 1: ["g2"]}
    # a line in another section than the goal names nothing for it
    child.passages[1] = _para(2, "Council Plan outcome: Carers are supported", "s2")
    assert name_referenced_goals(child, parent, {}) == {1: ["g2"]}


def test_a_short_name_in_the_planners_words_names_the_goal_holding_them():
    from plancheck.mandate.parents import resolve_by_words

    goals = _goals(
        "Kommunens bygg og uteområder skal være tilgjengelige for alle.",
        "Innbyggerne skal få informasjon og tjenester digitalt på en måte alle kan bruke.",
        "Kollektivtilbudet skal være enkelt å bruke for alle reisende.",
    )
    assert resolve_by_words("Tilgjengelige bygg og uteområder", goals, "nb") == 0
    assert resolve_by_words("Digitale tjenester for alle", goals, "nb") == 1
    assert resolve_by_words("Kollektivtilbud for alle", goals, "nb") == 2
    # people alone, or words no goal holds, name nothing
    assert resolve_by_words("For alle", goals, "nb") is None
    assert resolve_by_words("Sunn økonomi", goals, "nb") is None


def test_a_parent_goal_column_header():
    from plancheck.extract.goalstatements import names_parent_goals_header

    assert names_parent_goals_header("Mål i samfunnsdelen")
    assert names_parent_goals_header("Council Plan outcome")
    assert not names_parent_goals_header("Mål")
    assert not names_parent_goals_header("Ansvar")
