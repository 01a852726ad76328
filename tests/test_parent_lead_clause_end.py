"""A lead-in of intent cut off at the word that opens its clause ("Kommunen vil arbejde for, at",
"We will work so that"), over dash items that complete the sentence, is read as the colon
lead-in is (issue 11 part 4, session 36; invented examples): each item is a goal of the parent.
A line that closes its clause, or ends at "at" with no intent, is none."""

from __future__ import annotations

from plancheck.mandate.goalforms import GoalFormSettings, intent_lead_in, lead_in_items
from tests.test_parent_lead_ins34 import _themed


def test_a_clause_opened_and_not_written_is_a_lead_in_in_five_languages():
    for lead in (
        "Kommunen vil arbejde for, at",
        "Vi vil arbeide for at",
        "Me vil arbeide for at",
        "Vi vill verka för att",
        "We will work so that",
    ):
        assert intent_lead_in(lead), lead
    for other in (
        "Kommunen vil arbejde for, at alle børn trives",
        "Kommunen ser på at",
        "Kommunen vil arbejde for, at alle børn og unge i kommunen trives og lærer og har venner at",
    ):
        assert not intent_lead_in(other), other
    assert not intent_lead_in("Kommunen vil arbejde for, at", GoalFormSettings(lead_clause_max_words=0))


def test_items_completing_vi_vil_arbejde_for_at_are_the_parents_goals():
    doc = _themed(
        "Kommunen vil arbejde for, at",
        [("1. Trivsel", ["alle børn har mindst én god ven", "ingen unge bliver mobbet på nettet"]),
         ("2. Læring", ["flere unge gennemfører en uddannelse"])],
        lead_heading=False,
    )
    assert [g.text for g in lead_in_items(doc)] == [
        "alle børn har mindst én god ven",
        "ingen unge bliver mobbet på nettet",
        "flere unge gennemfører en uddannelse",
    ]
