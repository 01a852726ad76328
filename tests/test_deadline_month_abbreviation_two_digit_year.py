"""A dotted month abbreviation with a two-digit year ('des. 26', the spreadsheet format 'mmm. yy') is
a month deadline, not a missing one; a day number after the month or an out-of-range number is not a year."""
import datetime as dt

from plancheck.lang.deadlines import parse_deadline


def test_dotted_abbreviation_two_digit_year_is_that_month() -> None:
    d = parse_deadline("des. 26", lang="nb")
    assert (d.start, d.end, d.kind) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31), "period")
    d = parse_deadline("okt. 28", lang="nn")
    assert d.end == dt.date(2028, 10, 31)


def test_number_outside_year_range_is_not_a_year() -> None:
    assert parse_deadline("mar. 45", lang="nb").kind == "none"


def test_day_and_full_year_still_read_as_a_date() -> None:
    d = parse_deadline("26. des. 2026", lang="nb")
    assert (d.start, d.kind) == (dt.date(2026, 12, 26), "date")
