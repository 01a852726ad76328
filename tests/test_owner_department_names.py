"""Two bare capitalised nouns joined by og/och are one department's name ('Teknik og Miljø'); a
noun whose bare form only ends like a definite one ('Mobilitet', 'Kvalitet': the '-itet' nouns)
is such a bare noun, not a unit named in its definite form ('Jobcentret')."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("Trafik og Mobilitet", "da", ["Trafik og Mobilitet"]),
        ("Trafik og Mobilitet og Landsbyrådet", "da", ["Trafik og Mobilitet", "Landsbyrådet"]),
        ("Kvalitet og Utvikling", "nb", ["Kvalitet og Utvikling"]),
        ("Elevhälsan och Kvalitet och Utveckling", "sv", ["Elevhälsan", "Kvalitet och Utveckling"]),
        ("Jobcentret og Teknik og Miljø", "da", ["Jobcentret", "Teknik og Miljø"]),
    ],
)
def test_itet_nouns_are_bare_nouns_in_department_names(cell: str, lang: str, expected: list[str]) -> None:
    assert [o.text for o in split_owners(cell, lang=lang)] == expected
