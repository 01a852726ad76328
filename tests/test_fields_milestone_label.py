"""A 'Milestone:' label written on at the end of an action paragraph ('… . Milestone: Q2 2028.
Owner: …') is a deadline field like 'Deadline:' or 'Frist:': the lexicon's deadline column words
(one list for table heads and inline labels) name it in every language."""
from plancheck.extract.fields import split_fields
from plancheck.lang.vocab import column_role


def test_inline_milestone_and_owner_labels_end_the_action() -> None:
    text = ("We will plant street trees along the ring road. The first phase covers the north side. "
            "Milestone: Q2 2028. Owner: Parks Service.")
    f = split_fields(text, "en")
    assert f.text == "We will plant street trees along the ring road. The first phase covers the north side"
    assert (f.owner, f.deadline) == ("Parks Service", "Q2 2028")


def test_milestone_is_a_deadline_column_word_in_each_language() -> None:
    assert [column_role(w) for w in ("Milestone", "Milestones", "Milepæl", "Milstolpe")] == ["deadline"] * 4


def test_milestone_inside_a_sentence_is_no_label() -> None:
    f = split_fields("We will report each milestone: the council reviews them yearly", "en")
    assert f.deadline is None
