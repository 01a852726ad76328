"""A school term written as its code with the year glued on ('VT27', 'HT26', 'vt2027'), as
Swedish and Norwegian school plans print it in a narrow 'Klart' column, is the term of that
year, as 'VT 27' with a space is; a code with one digit ('HT2') or three ('VT270') is no term."""

from __future__ import annotations

import datetime as dt

import pytest

from plancheck.lang.deadlines import parse_deadline, time_phrase

D = dt.date


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("VT27", "sv", D(2027, 1, 1), D(2027, 6, 30)),
    ("HT26", "sv", D(2026, 8, 1), D(2026, 12, 31)),
    ("vt2027", "nb", D(2027, 1, 1), D(2027, 6, 30)),
    ("senast HT28", "sv", D(2028, 8, 1), D(2028, 12, 31)),
])
def test_term_code_with_its_year_glued_on(text: str, lang: str, start: dt.date, end: dt.date) -> None:
    d = parse_deadline(text, lang=lang)
    assert d is not None and d.kind == "period"
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize("text", ["HT2", "VT270", "HT26B"])
def test_a_code_that_is_no_term_and_year(text: str) -> None:
    d = parse_deadline(text, lang="sv")
    assert d is None or d.kind == "none"


def test_a_glued_term_code_is_a_time_phrase_in_a_sentence() -> None:
    assert time_phrase("Elevhälsan inför rutinen VT27.") == "VT27"
