"""A narrow cell breaking a compound at the seam before its role or unit head.

Both pieces are words ("Klima" / "koordinator", "Familie" / "senteret"), so the words alone
seemed unable to tell; but in the Nordic languages a role or unit noun takes its modifier closed
up, and a bare capitalised base-form word right before it is that modifier
(plancheck.ingest.text._modifier_before_owner_head)."""

from __future__ import annotations

import pytest

from plancheck.ingest import text
from plancheck.ingest.text import join_lines


def _joined(lines: list[str], fills: list[bool], lang: str) -> str:
    before = text.current_language()
    text.use_language(lang)
    try:
        return join_lines(lines, full_width=fills)
    finally:
        text.use_language(before)


@pytest.mark.parametrize(
    ("lang", "lines", "expected"),
    [
        ("da", ["Byg og Plan/Klima", "koordinator"], "Byg og Plan/Klimakoordinator"),
        ("nb", ["Enhetsleder", "barnehage/Familie", "senteret"], "Enhetsleder barnehage/Familiesenteret"),
        ("sv", ["Miljö/Social", "chef"], "Miljö/Socialchef"),
    ],
)
def test_a_modifier_broken_off_a_role_or_unit_head_joins_it(lang, lines, expected):
    assert _joined(lines, [True] * (len(lines) - 1) + [False], lang) == expected


@pytest.mark.parametrize(
    ("lang", "lines", "expected"),
    [
        ("nb", ["Kommunalsjef", "oppvekst"], "Kommunalsjef oppvekst"),  # a title and its field
        ("nb", ["Leder", "barnehagen"], "Leder barnehagen"),  # the first word a role itself
        ("da", ["Efter", "behov"], "Efter behov"),  # no owner head after it
        ("en", ["Climate", "coordinator"], "Climate coordinator"),  # English writes heads apart
        ("nb", ["Bygge ny", "skole"], "Bygge ny skole"),  # no capital: no name's modifier
        ("nb", ["Rapportere. Hver", "enhet"], "Rapportere. Hver enhet"),  # a determiner
    ],
)
def test_words_apart_stay_apart(lang, lines, expected):
    assert _joined(lines, [True] * (len(lines) - 1) + [False], lang) == expected


def test_without_a_full_line_the_pieces_stay_two():
    assert _joined(["Byg og Plan/Klima", "koordinator"], [False, False], "da") == "Byg og Plan/Klima koordinator"
