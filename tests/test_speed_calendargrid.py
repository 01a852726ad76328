"""The calendar-grid test run on every table (issue 12, session 28): a table of text is refused
after the few boxes that show it cannot be a calendar, and a period title is parsed once, with
the same answers as the full test of every box."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.extract import calendargrid
from plancheck.extract.calendargrid import CalendarSettings, calendar_table, period_title
from plancheck.lang.deadlines import parse_deadline, time_only
from plancheck.models import Cell, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _old_period_title(text: str, s: CalendarSettings) -> bool:
    """period_title as first written: both deadline tests on every text."""
    words = " ".join((text or "").split()).strip(" :")
    if not words or len(words.split()) > s.title_words or calendargrid._YEAR_DIGITS.search(words):
        return False
    probe = f"{words} 2001"
    d = parse_deadline(probe)
    if not time_only(probe) or d is None or d.kind != "period" or d.start is None or d.end is None:
        return False
    return d.start.year == d.end.year == 2001 and (d.end - d.start).days < s.max_days


def test_a_table_of_text_is_refused_after_the_boxes_that_decide_it(monkeypatch):
    # 3 columns × 20 rows of plain text: once more than a quarter of the 63 boxes are untitled
    # no calendar is possible, so not every box is tried
    rows = [[f"Rad {r} tekst {c}" for c in range(3)] for r in range(20)]
    tried: list[str] = []
    split = calendargrid._split_title
    monkeypatch.setattr(calendargrid, "_split_title", lambda text, s: tried.append(text) or split(text, s))
    assert calendar_table(_table(["Tiltak", "Ansvar", "Frist"], rows)) is None
    assert 0 < len(tried) <= 20


def test_a_calendar_whose_titles_come_late_is_still_read():
    # the untitled boxes first, the month boxes after: the early refusal counts what is left
    rows = [["Merknad"], ["Januar • Kurs i brannvern – Heimetenesta"], ["Februar • Tilsyn med bustader – Brann"],
            ["Mars • Øving – Brann"], ["April • Kurs for tilsette – Heimetenesta"]]
    got = calendar_table(_table([""], rows))
    assert got is not None and len(got.rows) == 4


TIME_WORDS = ["januar", "jan.", "mars", "Q3", "1.", "kvartal", "veke", "12", "haust", "vår", "hele", "året",
              "March", "week", "half", "2.", "halvår", "sommer", "Tiltak", "The", "City", "–", "2027", "uke"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TIME_WORDS), min_size=0, max_size=4).map(" ".join),
       st.integers(1, 3), st.sampled_from([30, 100, 200]))
def test_period_title_answers_as_both_tests_on_every_text(text, words, days):
    s = CalendarSettings(title_words=words, max_days=days)
    assert period_title(text, s) == _old_period_title(text, s)
