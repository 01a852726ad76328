"""Two owners joined by 'and' where the second opens with a definite article ('Libraries and
the Voluntary Sector Forum': an article opens a noun phrase of its own), and an owner cell that names its
label before saying the owner is still to come ('Lead to be named', 'Ansvar: uavklart')."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("Libraries and the Voluntary Sector Forum", "en", ["Libraries", "Voluntary Sector Forum"]),
        ("Parks and the Highways Team", "en", ["Parks", "Highways Team"]),
        # a preposition on the left may take both complements: one title
        ("Director of Housing and the Environment", "en", ["Director of Housing and the Environment"]),
        # an article opening the whole cell is left as printed
        ("The Housing Team", "en", ["The Housing Team"]),
    ],
)
def test_an_article_after_and_opens_an_owner_of_its_own(cell, lang, expected):
    assert [o.text for o in split_owners(cell, lang=lang)] == expected


@pytest.mark.parametrize(
    ("cell", "lang"),
    [
        ("Lead to be named", "en"),
        ("Owner still to be decided", "en"),
        ("Ansvar: uavklart", "nb"),
        ("Ansvarleg ikkje avklart", "nn"),
        ("Ansvarig ej fastställt", "sv"),
        ("Ansvarlig afklares", "da"),
    ],
)
def test_an_owner_label_before_a_pending_phrase_names_no_owner(cell, lang):
    assert split_owners(cell, lang=lang) == []
