"""A time word set with a colon before the date ('Lead: Parks Team, by: 2027', '(Rektor, senast:
VT 2027)') is the deadline's label, not part of the deadline: the deadline is the date as
printed after it. Without the colon the word is part of the deadline ('by March 2027')."""
from plancheck.extract.fields import split_fields


def test_a_time_word_with_a_colon_labels_the_deadline() -> None:
    f = split_fields("Open the depot site as a community garden – Lead: Parks Team, by: 2027", "en")
    assert (f.text, f.owner, f.deadline) == ("Open the depot site as a community garden", "Parks Team", "2027")
    f = split_fields("Open the depot site as a community garden (Housing Team, by: March 2027)", "en")
    assert (f.owner, f.deadline) == ("Housing Team", "March 2027")


def test_a_time_word_without_a_colon_stays_in_the_deadline() -> None:
    f = split_fields("Open the depot site as a community garden (Housing Team, by March 2027)", "en")
    assert (f.owner, f.deadline) == ("Housing Team", "by March 2027")
