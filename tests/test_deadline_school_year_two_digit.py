"""A school year written with two two-digit years ('läsåret 26/27', 'skoleåret 27/28', '26/27
school year') is the school year from August of the first to June of the second; a pair that does
not follow on ('läsåret 26/29') is no school year, and a bare '26/27' stays a date-like fraction."""

from __future__ import annotations

import datetime as dt

import pytest

from plancheck.lang.deadlines import parse_deadline

D = dt.date


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("Läsåret 26/27", "sv", D(2026, 8, 1), D(2027, 6, 30)),
    ("under läsåret 27/28", "sv", D(2027, 8, 1), D(2028, 6, 30)),
    ("skoleåret 26/27", "nb", D(2026, 8, 1), D(2027, 6, 30)),
    ("skuleåret 26/27", "nn", D(2026, 8, 1), D(2027, 6, 30)),
    ("skoleåret 26-27", "da", D(2026, 8, 1), D(2027, 6, 30)),
    ("26/27 school year", "en", D(2026, 8, 1), D(2027, 6, 30)),
])
def test_two_digit_school_year(text: str, lang: str, start: dt.date, end: dt.date) -> None:
    d = parse_deadline(text, lang=lang)
    assert d is not None and d.kind == "period"
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize("text", ["läsåret 26/29", "skoleåret 27/26"])
def test_two_digit_pair_that_does_not_follow_on_is_no_school_year(text: str) -> None:
    d = parse_deadline(text, lang="sv")
    assert d is None or d.kind == "none"
