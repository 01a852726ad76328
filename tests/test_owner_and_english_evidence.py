"""English owners joined by 'and' that neither side's words tell apart from one unit's name
('Head of Planning and Regeneration', 'Public Works and Parks'): the grammar of the cell (a
possessive opening the right side is no modifier shared with the left) and the plan (a one-word
name that ends every pair it is in, joined to different partners, is a name of its own)."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_by_owners_seen_alone, split_owners
from plancheck.models import Owner


def _texts(cell: str, lang: str = "en") -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a possessive opens a noun phrase of its own: not a head shared with the left side
        ("Economic Development and Children's Services", ["Economic Development", "Children's Services"]),
        ("Housing Services and Adults' Services", ["Housing Services", "Adults' Services"]),
        ("Planning, Transport and Children's Services", ["Planning", "Transport", "Children's Services"]),
        # both sides possessive: coordinated modifiers of one head
        ("Women's and Children's Services", ["Women's and Children's Services"]),
        ("Women’s and Children’s Services", ["Women’s and Children’s Services"]),
        # no possessive: the words cannot tell, one name
        ("Head of Planning and Regeneration", ["Head of Planning and Regeneration"]),
        ("Public Works and Parks", ["Public Works and Parks"]),
    ],
)
def test_a_possessive_after_and_opens_an_owner_of_its_own(cell, expected):
    assert _texts(cell) == expected


def _plan(rows: list[list[str]], lang: str = "en") -> list[list[str]]:
    got = split_by_owners_seen_alone([[Owner(text=t) for t in row] for row in rows], lang)
    return [[o.text for o in row] for row in got]


def test_a_one_word_name_ending_pairs_with_different_partners_is_an_owner_of_its_own():
    rows = [["Highways and Procurement"], ["Economic Development and Procurement"], ["Communications"]]
    assert _plan(rows) == [["Highways", "Procurement"], ["Economic Development", "Procurement"], ["Communications"]]


def test_a_one_word_name_with_one_partner_or_opening_its_pairs_stays_inside_the_name():
    # the same pair twice: one unit's name, printed again
    assert _plan([["Public Works and Parks"], ["Public Works and Parks"]]) == [
        ["Public Works and Parks"], ["Public Works and Parks"]]
    # the word opens its pairs ('Health and Safety', 'Health and Wellbeing'): two names
    assert _plan([["Health and Safety"], ["Health and Wellbeing"]]) == [["Health and Safety"], ["Health and Wellbeing"]]
    # ends one pair and opens another: no head position shared
    assert _plan([["Roads and Transport"], ["Transport and Parking"]]) == [["Roads and Transport"], ["Transport and Parking"]]


def test_the_head_rule_is_english():
    # a Norwegian unit's name is no head-last phrase: "Kultur og Fritid", "Idrett og Fritid"
    assert _plan([["Kultur og Fritid"], ["Idrett og Fritid"]], "nb") == [["Kultur og Fritid"], ["Idrett og Fritid"]]
