"""A name opening a parent goal is a name: a child item sharing only it serves nothing (session 32,
parents-blind30's project catalogue), on small hand-built plans."""

from __future__ import annotations

from plancheck.mandate.parents import assess_parent, inside_names
from plancheck.models import Goal, Measure, Plan, Section, SourceInfo


def _plan(sections, goals=(), measures=()) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), title="Plan",
                sections=sections, goals=list(goals), measures=list(measures))


def test_words_capitalised_inside_a_sentence_are_names():
    names = inside_names(["Sykkelvei fra Nordbyen til Vestre skole.", "Alle barn går til skolen. Mange sykler."])
    assert "Nordbyen" in names and "Vestre" in names
    assert "Mange" not in names and "Sykkelvei" not in names and "Alle" not in names


def test_a_goal_opening_with_a_name_is_not_served_by_an_item_sharing_only_the_name():
    parent = _plan([Section(id="s1", title="Byen", level=1, page=1)], [
        Goal(id="g1", text="Nordbyen er et blandet område med boliger for alle aldre.", page=1, section_id="s1"),
    ])
    child = _plan([Section(id="s1", title="Prosjekter", level=1, page=1)], measures=[
        Measure(id="m1", text="Sykkelvei fra Nordbyen til Vestre skole", page=1, section_id="s1"),
    ])
    (cov,), _ = assess_parent(child, parent, lang="nb")
    assert cov.status == "not_followed_up"
    # the same goal is followed up in part by an item answering what it asks
    child2 = _plan([Section(id="s1", title="Prosjekter", level=1, page=1)], measures=[
        Measure(id="m1", text="Nye boliger for eldre i Nordbyen", page=1, section_id="s1"),
    ])
    (cov2,), _ = assess_parent(child2, parent, lang="nb")
    assert cov2.status != "not_followed_up"
