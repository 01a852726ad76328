"""Session 42: an English title with an adjective before its role word opens an owner of its
own after "and". Invented wordings."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Road Safety and Strategic Director of Place", ["Road Safety", "Strategic Director of Place"]),
        ("Libraries and Deputy Head of Culture", ["Libraries", "Deputy Head of Culture"]),
        ("Parks and Assistant Director", ["Parks", "Assistant Director"]),
        # no role word after the adjective: one name, as before
        ("Strategic Planning and Transport", ["Strategic Planning and Transport"]),
    ],
)
def test_a_title_with_an_adjective_after_and_is_an_owner_of_its_own(text: str, owners: list[str]) -> None:
    assert [o.text for o in split_owners(text, lang="en")] == owners
