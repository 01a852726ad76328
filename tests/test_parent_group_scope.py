"""A goal for everyone, or for every one of a group, answered for a part of them is partial,
whether the answer was found by its words or named by the planner (by name, by number)."""

from __future__ import annotations

from plancheck.mandate.parents import (
    assess_parent,
    goal_words,
    group_answers,
    narrowed_people,
    part_of_group,
    universal_group,
)
from plancheck.models import Goal, Measure, Passage, Plan, Provenance, Section, SourceInfo

CHILDREN = {"=barn"}


def _status(cov) -> str:
    return str(getattr(cov.status, "value", cov.status))


def test_a_goal_for_every_one_of_a_group_names_the_group():
    """'Every child …', 'Alle barn og unge …', 'Hvert barn …' are for the whole group; a goal
    naming the group without a universal word, or naming no group, is not such a goal."""

    def group(text: str, lang: str) -> set[str]:
        return universal_group(goal_words(text, lang), text, lang)

    assert group("Every child grows up safe in a loving home.", "en") == CHILDREN
    assert group("All pupils leave school able to read well.", "en") == CHILDREN
    assert group("Alle barn og unge skal ha en trygg oppvekst.", "nb") == CHILDREN
    assert group("Hvert barn skal ha en trygg voksen på skolen.", "nb") == CHILDREN
    assert group("Children grow up safe in a loving home.", "en") == set()
    # everyone, no group: group_answers' own case, not this one
    assert group("Alle skal kunne reise trygt til jobb.", "nb") == set()


def test_a_part_of_a_group_is_the_group_word_with_a_qualifier_or_a_restricting_clause():
    assert part_of_group("Young carers get a named contact at school.", CHILDREN, "en")
    assert part_of_group("Vulnerable children get a named key worker.", CHILDREN, "en")
    assert part_of_group("Children who live in temporary housing get a school place.", CHILDREN, "en")
    assert part_of_group("Barn som er pårørende, skal få hjelp tidlig.", CHILDREN, "nb")
    assert part_of_group("Utsatte barn og unge skal få en fast kontaktperson.", CHILDREN, "nb")
    assert part_of_group("Barn med nedsatt funksjonsevne skal få delta i fritidsaktiviteter.", CHILDREN, "nb")
    # the whole group, a possessive, a place after the group, another group: no part of it
    assert not part_of_group("Every child gets a free nursery place.", CHILDREN, "en")
    assert not part_of_group("Children's centres open in every ward.", CHILDREN, "en")
    assert not part_of_group("Barn og unge i kommunen skal ha trygge skoleveier.", CHILDREN, "nb")
    assert not part_of_group("Eldre som bor alene, skal få besøk.", CHILDREN, "nb")
    assert not part_of_group("Young carers get help.", set(), "en")


def test_child_goals_for_a_part_of_the_group_narrow_a_goal_for_every_one_of_it():
    goal = "Every child grows up safe in a loving home."
    words = goal_words(goal, "en")
    assert narrowed_people(words, ["Young carers get a named contact at school."], "en", goal)
    assert not narrowed_people(words, ["Every child gets a free nursery place."], "en", goal)
    # one child goal for the whole group: the planner's names together cover it
    assert not narrowed_people(
        words,
        ["Young carers get a named contact at school.", "Children start school ready to learn."],
        "en",
        goal,
    )
    # without the goal's text nothing says it is for every child (the old call)
    assert not narrowed_people(words, ["Young carers get a named contact at school."], "en")


def test_group_answers_a_goal_for_every_one_of_a_group_by_items_for_a_part():
    goal = "Alle barn og unge skal ha en trygg oppvekst."
    words = goal_words(goal, "nb")
    items = [
        ("g1", "goal", "Barn som er pårørende, skal få hjelp og en trygg oppvekst.", 1),
        ("g2", "goal", "Barn og unge skal ha en trygg oppvekst med gode fritidstilbud.", 1),
    ]
    assert group_answers(words, goal, [(0.7, [], 0)], items, "nb")
    assert not group_answers(words, goal, [(0.7, [], 0), (0.65, [], 1)], items, "nb")
    # an item below the follow-up threshold does not count either way
    assert group_answers(words, goal, [(0.7, [], 0), (0.2, [], 1)], items, "nb")


def _plan(goals, measures=(), passages=(), lang="en") -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        title="Plan",
        language=lang,
        sections=[Section(id="s1", title="Our commitments", level=1, page=1)],
        goals=list(goals),
        measures=list(measures),
        passages=list(passages),
    )


def _para(i: int, text: str) -> Passage:
    return Passage(id=f"p{i}", kind="paragraph", text=text, page=1, section_id="s1",
                   provenance=Provenance(page=1, source_text=text))


def _named_child(goal_text: str, measures: list[str]) -> Plan:
    """A child with one goal, a line under it naming the parent goal 'Every child grows up safe in a
    loving home' by its opening words, and ``measures`` under the goal."""
    goal = Goal(id="g1", text=goal_text, page=1, section_id="s1")
    return _plan(
        [goal],
        [Measure(id=f"m{i}", text=t, page=1, section_id="s1", goal_ids=["g1"])
         for i, t in enumerate(measures, 1)],
        [_para(1, goal_text), _para(2, "Council Plan outcome: Every child grows up safe")],
    )


PARENT = _plan([
    Goal(id="o1", text="Every child grows up safe in a loving home.", page=1),
    Goal(id="o2", text="Older people live well in their own homes.", page=1),
])


def test_a_goal_for_every_child_named_by_a_goal_for_young_carers_is_partial():
    """The name line says the young carers' goal works for the goal for every child; it does
    not say that it works for every child: partial. The same line under a goal for every child
    is the planner's follow-up, in whatever words: followed up."""
    narrow = _named_child(
        "Young carers get a named contact at school and help with homework.",
        ["A young carers' contact in each secondary school", "Homework club for young carers"],
    )
    cov, _ = assess_parent(narrow, PARENT, lang="en")
    assert _status(cov[0]) == "partial"
    assert "g1" in cov[0].served_by
    whole = _named_child(
        "Every child has a free nursery place from the age of two.",
        ["Free nursery places in every ward", "Nursery place offered at the two-year health check"],
    )
    cov, _ = assess_parent(whole, PARENT, lang="en")
    assert _status(cov[0]) == "followed_up"
    assert _status(cov[1]) == "not_followed_up"


def test_the_group_narrowing_holds_after_a_lift_by_the_planners_number():
    """Two measures for older people only, each naming the parent goal 'Alle skal …' by its
    number (no child goal names it, so narrowed_people has nothing to read): the lift by the
    planner's reference makes it followed up, and the group narrowing, applied after the lift,
    makes it partial — as it does when the same measures answer it by their words."""
    parent = _plan(
        [Goal(id="o1", text="Alle skal ha en fastlege de kan nå innen en uke.", page=1, number="2")],
        lang="nb",
    )
    child = _plan(
        [],
        [
            Measure(id="m1", text="Eldre over 80 år får fast time hos fastlegen hvert halvår",
                    page=1, section_id="s1", related_codes=["2"]),
            Measure(id="m2", text="Eldre med demens får hjemmebesøk av fastlegen",
                    page=1, section_id="s1", related_codes=["2"]),
        ],
        lang="nb",
    )
    cov, _ = assess_parent(child, parent, lang="nb")
    assert _status(cov[0]) == "partial"
    # the same measures for everyone: followed up on the planner's reference
    for m, text in zip(child.measures, ["Alle får time hos fastlegen innen en uke",
                                        "Flere fastleger i kommunen"], strict=True):
        m.text = text
    cov, _ = assess_parent(child, parent, lang="nb")
    assert _status(cov[0]) == "followed_up"
