"""Goal numbers a heading or a chip names: a dash spans a range, a comma or "and" lists.

"Mål 1 og 3" was read as 1, 2, 3 (every joiner taken as a range), which links a measure to a
goal the plan never named (fixB32b's report)."""

import pytest

from plancheck.extract.roles import goal_numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Mål 1 og 3", ["1", "3"]),
        ("Goals 2 and 4", ["2", "4"]),
        ("Mål 1, 3 och 5", ["1", "3", "5"]),
        ("Mål 1, 2", ["1", "2"]),
        ("Åtgärder, mål 11-12", ["11", "12"]),
        ("Mål 1–3", ["1", "2", "3"]),
        ("(mål 3)", ["3"]),
        ("mål 3-1", ["3"]),
    ],
)
def test_goal_numbers_range_only_by_a_dash(text, numbers):
    assert goal_numbers(text) == numbers
