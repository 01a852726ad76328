"""A note under a list item with no bracket: who and when parted by a separator ("*Barn och
utbildning* · hösten 2026"), or a time alone on its line under the item ("2026"), set apart as
the document sets its notes (smaller, or in italics)."""

from __future__ import annotations

from plancheck.extract.plan import note_fields
from plancheck.layout.blocks import bare_note_after_break
from tests.test_item_notes import _line


def test_a_time_after_the_last_separator_is_when_and_the_rest_who():
    assert note_fields("Barn och utbildning · hösten 2026", "sv") == ("Barn och utbildning", "hösten 2026")
    assert note_fields("Kultur og fritid – 2027", "nb") == ("Kultur og fritid", "2027")
    assert note_fields("Vård och omsorg | varje termin", "sv") == ("Vård och omsorg", "varje termin")
    # no time after the separator: all of it is who
    assert note_fields("Kulturkontoret, NAV", "nn") == ("Kulturkontoret, NAV", None)
    assert note_fields("Kulturkontoret", "nn") == ("Kulturkontoret", None)


def test_a_note_that_is_a_time_alone_gives_when_only():
    assert note_fields("2026", "sv") == (None, "2026")
    assert note_fields("1. halvår 2027", "nb") == (None, "1. halvår 2027")


def test_a_time_alone_set_smaller_under_an_item_is_a_note_and_a_plain_one_is_not():
    first = _line("Samla föreningarnas aktiviteter i en digital kalender", 100)
    assert bare_note_after_break(first, first, _line("2026", 112, size=9), right=260)
    assert not bare_note_after_break(first, first, _line("2026", 112), right=260)  # the item's type
    assert not bare_note_after_break(first, first, _line("2026 sammen med NAV og skolene der", 112), right=900)
