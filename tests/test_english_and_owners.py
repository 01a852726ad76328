"""English owners joined by 'and' ('Parks and Housing', 'Public Health and Leisure'): one owner or
two is decided by the plan's own owner column. A name printed whole, its parts never owning a
measure alone nor joined to another partner, is one unit (English capitalises every word of a
unit's name, so the capital says nothing); a part that owns a measure alone elsewhere makes the
cell two owners; two names that each end in a unit's head noun ('Service', 'Centre') are two.
Hand-built owner columns (fixold37)."""

from __future__ import annotations

from plancheck.lang.owners import split_by_owners_seen_alone, split_owners


def _column(cells: list[str]) -> list[list[str]]:
    owners = [split_owners(c, lang="en") for c in cells]
    return [[o.text for o in row] for row in split_by_owners_seen_alone(owners, "en")]


def test_a_name_printed_whole_is_one_unit() -> None:
    assert _column(["Parks and Housing", "Public Health and Leisure", "Public Health and Leisure", "Adult Social Care"]) == [
        ["Parks and Housing"], ["Public Health and Leisure"], ["Public Health and Leisure"], ["Adult Social Care"],
    ]


def test_a_part_owning_a_measure_alone_splits_the_name() -> None:
    assert _column(["Public Health and Leisure", "Leisure", "Public Health"]) == [
        ["Public Health", "Leisure"], ["Leisure"], ["Public Health"],
    ]


def test_two_unit_names_are_two_owners() -> None:
    assert _column(["Library Service and Volunteer Centre"]) == [["Library Service", "Volunteer Centre"]]
