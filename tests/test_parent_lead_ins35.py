"""A lead-in of intent without a colon (issue 11 part 4, session 35), on invented examples: a
box's heading "Vi vil" / "We will" / "Kommunen skal" — the clause stopped at its modal — over a
list of infinitive phrases is read as the colon lead-in is; a heading that goes on after its
modal, or asks a question, is none."""

from __future__ import annotations

from plancheck.mandate.goalforms import GoalFormSettings, intent_lead_in, lead_in_items
from plancheck.mandate.parents import lead_in_goals
from tests.test_parent_lead_ins34 import _themed


def test_a_clause_stopped_at_its_modal_is_a_lead_in_in_five_languages():
    for lead in ("Vi vil", "We will", "Kommunen skal", "Vi vill", "Me vil", "The council will", "Vi ønsker"):
        assert intent_lead_in(lead), lead
    for other in ("Det vil vi", "Hva vil vi?", "Vi vil skape et godt samfunn", "Slik gjer vi det", "Tiltak vi skal"):
        assert not intent_lead_in(other), other
    assert not intent_lead_in("Vi vil", GoalFormSettings(lead_modal_end=False))


def test_boxed_vi_vil_lists_under_themes_are_the_parents_goals():
    for heading in (True, False):
        doc = _themed(
            "Vi vil",
            [("Tema 1 · Mental sundhed", ["styrke trivslen blandt børn og unge", "give borgere hurtig hjælp tæt på"]),
             ("Tema 2 · Sund livsstil", ["nedbringe andelen af unge der ryger"])],
            lead_heading=heading,
        )
        assert [g.text for g in lead_in_items(doc)] == [
            "styrke trivslen blandt børn og unge",
            "give borgere hurtig hjælp tæt på",
            "nedbringe andelen af unge der ryger",
        ]
        running = [("p1", "paragraph", "Politikken skal løftes i samarbejde med regionen og foreningerne.", 1)]
        assert [g.text for g in lead_in_goals(doc, running)][:1] == ["styrke trivslen blandt børn og unge"]
