"""Owner and deadline fields in a measure's closing parenthesis written with a label cut short
by a full stop ('ansv.:', 'tidsfr.:') and with the owner first and unlabelled before a labelled
deadline ('(Rektor; frist: våren 2027)')."""

from __future__ import annotations

import pytest

from plancheck.extract.fields import split_fields
from plancheck.lang.vocab import abbreviated_column_role


@pytest.mark.parametrize(("word", "role"), [
    ("ansv.", "owner"), ("Ansv.:", "owner"), ("tidsfr.", "deadline"), ("Resp.", "owner"),
    ("ansv", None),  # no full stop: not an abbreviation
    ("an.", None),  # too short to say which word
    ("Koord.", None),  # no column word starts so
])
def test_abbreviated_column_role(word: str, role: str | None) -> None:
    assert abbreviated_column_role(word) == role


@pytest.mark.parametrize(("text", "lang", "owner", "deadline"), [
    ("Vi opretter en frivilligbank (ansv.: Frivillighedscentret; frist: foråret 2027)", "da",
     "Frivillighedscentret", "foråret 2027"),
    ("Lage en rutine for varsling (Ansv.: Teknisk drift; tidsfr.: høsten 2027)", "nb", "Teknisk drift", "høsten 2027"),
    ("Run a jobs fair with local employers (Resp.: Economic Development; Due: Spring 2027)", "en",
     "Economic Development", "Spring 2027"),
])
def test_abbreviated_labels_in_closing_parenthesis(text: str, lang: str, owner: str, deadline: str) -> None:
    f = split_fields(text, lang)
    assert (f.owner, f.deadline) == (owner, deadline)
    assert "(" not in f.text


@pytest.mark.parametrize(("text", "lang", "owner", "deadline"), [
    ("Gi alle tilsette kurs i å stoppe krenkingar (Rektor; frist: våren 2027)", "nn", "Rektor", "våren 2027"),
    ("Train youth workers in first aid (Human Resources; Timescale: Autumn term 2026)", "en",
     "Human Resources", "Autumn term 2026"),
])
def test_unlabelled_owner_before_a_labelled_deadline(text: str, lang: str, owner: str, deadline: str) -> None:
    f = split_fields(text, lang)
    assert (f.owner, f.deadline) == (owner, deadline)
    assert "(" not in f.text


def test_a_parenthesis_of_prose_before_a_label_is_no_owner() -> None:
    f = split_fields("Kartlegge behovet (se kapittel 4 og vedlegg 2; frist: 2027)", "nb")
    assert f.owner is None
