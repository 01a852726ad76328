"""An organisation's legal form ('A/S', 'AS', 'KF', 'IKS', 'AB', 'Ltd') ends its name: the slash
of a form ('A/S', 'I/S') and an 'og'/'and'/'och' inside a name that ends in a form ('Hansen og Sønn
AS') are no owner separators. An owner before the name ('Miljøavdelingen og …') stays an owner of
its own, and 'og' between owners without a form still splits."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners
from plancheck.models import OwnerKind


def _texts(cell: str, lang: str) -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("Nordby Energi A/S", "da", ["Nordby Energi A/S"]),
        ("Nordby Energi I/S / Teknik og Miljø", "da", ["Nordby Energi I/S", "Teknik og Miljø"]),
        ("Hansen og Sønn AS", "nb", ["Hansen og Sønn AS"]),
        ("Fjordby Havn og Eiendom KF", "nb", ["Fjordby Havn og Eiendom KF"]),
        ("Miljøavdelingen og Fjordby Havn og Eiendom KF", "nb", ["Miljøavdelingen", "Fjordby Havn og Eiendom KF"]),
        ("Fjordby Havn og Eiendom KF og Miljøavdelingen", "nb", ["Fjordby Havn og Eiendom KF", "Miljøavdelingen"]),
        ("Teknisk drift og Midtre Renovasjon IKS", "nb", ["Teknisk drift", "Midtre Renovasjon IKS"]),
        ("Bygg och Fastighet AB", "sv", ["Bygg och Fastighet AB"]),
        ("Parks Team and Smith and Jones Ltd", "en", ["Parks Team", "Smith and Jones Ltd"]),
    ],
)
def test_a_name_ending_in_a_legal_form_is_one_owner(cell, lang, expected):
    assert _texts(cell, lang) == expected


def test_a_company_is_a_body_of_its_own():
    (owner,) = split_owners("Nordby Energi A/S", lang="da")
    assert owner.kind == OwnerKind.external


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("NAV og kommunen", "nb", ["NAV", "kommunen"]),
        ("Helse og omsorg, Oppvekst", "nb", ["Helse og omsorg", "Oppvekst"]),
        # a slash between two words that are no legal form still separates
        ("Plan/Bygg", "nb", ["Plan", "Bygg"]),
        ("Kultur / Fritid", "da", ["Kultur", "Fritid"]),
        # a short form printed in lower case is a word, not a form
        ("Hansen og Sønn as", "nb", ["Hansen", "Sønn as"]),
        # an owner word before the name is an owner of its own
        ("Rådgiver oppvekst og Hansen AS", "nb", ["Rådgiver oppvekst", "Hansen AS"]),
    ],
)
def test_separators_without_a_legal_form_still_split(cell, lang, expected):
    assert _texts(cell, lang) == expected
