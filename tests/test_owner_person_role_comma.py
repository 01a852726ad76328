"""A person's name, a comma and the person's role ('Kari Holm, rådgiver i Oppvekstavdelingen') is
ONE owner: the comma between a name and its role description does not separate owners. A comma
between two units, between two roles, after a job title, or before an owner of its own still does."""

from __future__ import annotations

import pytest

from plancheck.lang.owners import split_owners
from plancheck.models import OwnerKind


def _texts(cell: str, lang: str) -> list[str]:
    return [o.text for o in split_owners(cell, lang=lang)]


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        ("Kari Holm, rådgiver i Oppvekstavdelingen", "nb", ["Kari Holm, rådgiver i Oppvekstavdelingen"]),
        ("Per Dahl, leder av PPT", "nb", ["Per Dahl, leder av PPT"]),
        ("Søren Bay Lund, konsulent i Børneforvaltningen", "da", ["Søren Bay Lund, konsulent i Børneforvaltningen"]),
        ("Anna Berg, samordnare för folkhälsa", "sv", ["Anna Berg, samordnare för folkhälsa"]),
        ("Ola Vik, rektor", "nn", ["Ola Vik, rektor"]),
        # two persons with a role, joined by ', og': two owners, each with its role
        ("Kari Holm, rådgiver i Oppvekstavdelingen, og Per Dahl, leder av PPT", "nb",
         ["Kari Holm, rådgiver i Oppvekstavdelingen", "Per Dahl, leder av PPT"]),
        # a listing comma before 'og' leaves no 'og' on the next owner
        ("Biblioteket, og Kulturkontoret", "nb", ["Biblioteket", "Kulturkontoret"]),
    ],
)
def test_a_name_a_comma_and_a_role_are_one_owner(cell, lang, expected):
    assert _texts(cell, lang) == expected


def test_a_person_with_a_role_is_a_role():
    (owner,) = split_owners("Kari Holm, rådgiver i Oppvekstavdelingen", lang="nb")
    assert owner.kind == OwnerKind.role


@pytest.mark.parametrize(
    ("cell", "lang", "expected"),
    [
        # units, not a person's name, before the comma
        ("Helse og omsorg, Oppvekst", "nb", ["Helse og omsorg", "Oppvekst"]),
        ("Helse og omsorg, rådgiver oppvekst", "nb", ["Helse og omsorg", "rådgiver oppvekst"]),
        ("Teknisk drift, enhetsleder", "nb", ["Teknisk drift", "enhetsleder"]),
        # a role before the comma: two persons
        ("Rektor, inspektør", "nb", ["Rektor", "inspektør"]),
        # a name, a comma and a unit (no role word after the comma): two owners
        ("Kari Holm, Oppvekst", "nb", ["Kari Holm", "Oppvekst"]),
        # after a job title the comma lists owners (test_blind14_mechanisms: the commoner reading)
        ("Kommunalsjef, Helse og omsorg", "nb", ["Kommunalsjef", "Helse og omsorg"]),
        ("Head of Housing, Parks Team", "en", ["Head of Housing", "Parks Team"]),
        # an English unit is written in title case like a name; a capitalised role opens the next owner
        ("Public Health, Head of Planning and Regeneration", "en",
         ["Public Health", "Head of Planning and Regeneration"]),
        ("Road Safety, Head of Adult Social Care", "en", ["Road Safety", "Head of Adult Social Care"]),
        ("Carers Lead Officer, Head of Adult Social Care", "en", ["Carers Lead Officer", "Head of Adult Social Care"]),
        ("Rektor, FAU", "nb", ["Rektor", "FAU"]),
        ("Rektor, Biblioteket", "nb", ["Rektor", "Biblioteket"]),
        # an abbreviation is a unit, not a name
        ("NAV Vest, leder", "nb", ["NAV Vest", "leder"]),
    ],
)
def test_a_comma_between_owners_still_separates(cell, lang, expected):
    assert _texts(cell, lang) == expected
