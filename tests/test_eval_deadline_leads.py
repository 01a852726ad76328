"""The corpus score compares a deadline with or without the word leading into it: a gold file
keeps 'by' where the plan prints it in a cell and leaves it out where a sentence needs it, so
'by March 2028' and 'March 2028' are one deadline; a different time is still another."""

from __future__ import annotations

from plancheck.evaluate import _same_deadline


def test_a_lead_word_makes_no_other_deadline():
    assert _same_deadline("March 2028", "by March 2028")
    assert _same_deadline("innan utgangen av 2026", "utgangen av 2026")
    assert _same_deadline("senest 1. juni 2027", "1. juni 2027")
    assert _same_deadline("Høst 2025", "høst 2025")


def test_another_time_is_another_deadline():
    assert not _same_deadline("March 2028", "by March 2027")
    assert not _same_deadline("2027", "before 2026")
    assert not _same_deadline("Ongoing", "2027")
