"""An owner cell saying the owner is still to be named — a passive verb and 'later' ('Bestemmes
senere', 'Fastställs senare'), 'N.N.', 'to be appointed' — names no owner: the measure has none yet.
Beside a named owner only that part goes; an owner that merely ends in '-s' is kept."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners


def _texts(cell: str, lang: str) -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "lang"),
    [
        ("Bestemmes senere", "nb"),
        ("bestemmes seinere.", "nb"),
        ("Fastlægges senere", "da"),
        ("Fastställs senare", "sv"),
        ("Avgjeres seinare", "nn"),
        ("N.N.", "da"),
        ("To be appointed", "en"),
        ("Ansvarlig: bestemmes senere", "nb"),
    ],
)
def test_an_owner_to_be_named_later_is_no_owner(cell, lang):
    assert _texts(cell, lang) == []


def test_only_the_pending_part_of_a_cell_goes():
    assert _texts("Miljøavdelingen / bestemmes senere", "nb") == ["Miljøavdelingen"]


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        # 'later' needs a passive verb before it, and the cell must be only that
        ("Senere", "nb", ["Senere"]),
        ("Helsetjenestens leder", "nb", ["Helsetjenestens leder"]),
        ("Frivilligsentralens", "nb", ["Frivilligsentralens"]),
    ],
)
def test_an_owner_is_not_read_as_pending(cell, lang, expected):
    assert _texts(cell, lang) == expected
