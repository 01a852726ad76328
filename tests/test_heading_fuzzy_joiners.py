"""A heading close in spelling to a heading phrase of the lexicon but joining its nouns with
another small word ("Målsætninger og indsatser", goals AND measures, against "målsætninger for
indsatsen", the goals OF the effort) is not that phrase: the join says how the nouns relate."""

from __future__ import annotations

from plancheck.lang.vocab import heading_role


def test_a_coordinated_heading_is_not_the_prepositional_phrase_it_resembles():
    assert heading_role("Målsætninger og indsatser") is None
    assert heading_role("Målsætninger for indsatsen") == "sub_goal"


def test_fuzzy_matching_still_reads_a_misspelt_heading():
    assert heading_role("Delmålsetninger") == "sub_goal"
    assert heading_role("Strategiar") == "strategy"
