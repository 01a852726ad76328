"""A management system's empty-section line ('Inga åtgärder registrerade', 'No actions
recorded') or a 'not applicable' phrase alone is no item; and a deadline revised in place keeps
only the new time ('2026 → 2027 (utsatt)', '2026 (endret til 2027)', 'Ny frist: 2027', 'moved
from 2026 to 2027'), without the old one or a status note in brackets. Invented wording."""

from __future__ import annotations

import pytest

from plancheck.extract.placeholders import is_placeholder
from plancheck.lang.deadlines import parse_deadline, revised_time


@pytest.mark.parametrize(("lang", "text"), [
    ("sv", "Inga åtgärder registrerade."),
    ("nb", "Ingen tiltak registrert"),
    ("nn", "Ingen tiltak registrerte."),
    ("da", "Ingen indsatser registreret"),
    ("en", "No actions recorded."),
    ("en", "No new actions planned"),
    ("nb", "Ikke relevant."),
    ("en", "Not applicable"),
])
def test_an_empty_section_line_is_a_placeholder(lang: str, text: str) -> None:
    assert is_placeholder(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nb", "Ingen tiltak for å stoppe registrering av nye anlegg"),
    ("en", "No actions recorded for the harbour were carried out in 2020, and the council will record them"),
    ("sv", "Registrera alla aktiviteter i styrsystemet"),
    ("nb", "Kartlegge om tiltaket er relevant"),
])
def test_a_measure_that_speaks_of_recording_is_no_placeholder(lang: str, text: str) -> None:
    assert not is_placeholder(text, lang)


@pytest.mark.parametrize(("cell", "new"), [
    ("2026 → 2027 (utsatt)", "2027"),
    ("1.3.2026 -> 1.9.2026 (utsatt)", "1.9.2026"),
    ("2027 → 2026 (fremskyndet)", "2026"),
    ("2026 (endret til 2027)", "2027"),
    ("Ny frist: 2027", "2027"),
    ("flyttet fra 2026 til 2027", "2027"),
    ("senarelagt till 2027-06-30", "2027-06-30"),
    ("udskudt til 2028", "2028"),
    ("revised to March 2027", "March 2027"),
    ("moved from 2026 to 2027", "2027"),
    ("2027 (utsatt fra 2026)", "2027"),
    ("Vår 2026 (nytt)", "Vår 2026"),
])
def test_a_revised_deadline_is_its_new_time(cell: str, new: str) -> None:
    assert revised_time(cell) == new
    found = parse_deadline(cell)
    assert found is not None and found.text == new
    assert found == parse_deadline(new)


@pytest.mark.parametrize("cell", ["2026–2028", "Short-term (0–2 years)", "2026 (Q3)", "Løpende", "Hvert år", "Innen 2027"])
def test_a_deadline_that_is_all_time_stays_as_printed(cell: str) -> None:
    assert revised_time(cell) is None
    found = parse_deadline(cell)
    assert found is not None and found.text == cell
