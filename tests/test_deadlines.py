"""Deadline parsing: every form in docs/domain.md, in nb, nn, sv, da and en, plus properties."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plancheck.lang.deadlines import looks_like_deadline, parse_deadline
from plancheck.models import Deadline

D = dt.date

# (text, kind, start, end)
TABLE = [
    # dates
    ("31.12.2025", "date", D(2025, 12, 31), D(2025, 12, 31)),
    ("31.12.25", "date", D(2025, 12, 31), D(2025, 12, 31)),
    ("innen 30.06.26", "date", D(2026, 6, 30), D(2026, 6, 30)),
    ("1. mars 2026", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("31 maj 2026", "date", D(2026, 5, 31), D(2026, 5, 31)),
    ("1. marts 2026", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("March 1, 2026", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("1st March 2026", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("2026-03-01", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("01/03/2026", "date", D(2026, 3, 1), D(2026, 3, 1)),
    ("03/25/2026", "date", D(2026, 3, 25), D(2026, 3, 25)),
    ("31.06.26", "date", D(2026, 6, 30), D(2026, 6, 30)),  # clamped to the month's last day
    ("før 1.7.26", "date", D(2026, 6, 30), D(2026, 6, 30)),
    ("senast 15 april 2026", "date", D(2026, 4, 15), D(2026, 4, 15)),
    # periods
    ("Høst 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("Høsten 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("Høst -25", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("Vår 2026", "period", D(2026, 1, 1), D(2026, 6, 30)),
    ("våren 2026", "period", D(2026, 1, 1), D(2026, 6, 30)),
    ("Sommer 2026", "period", D(2026, 6, 1), D(2026, 8, 31)),
    ("haust 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("hösten 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("efterår 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("Autumn 2025", "period", D(2025, 8, 1), D(2025, 12, 31)),
    ("1. halvår 2026", "period", D(2026, 1, 1), D(2026, 6, 30)),
    ("2. halvår 2026", "period", D(2026, 7, 1), D(2026, 12, 31)),
    ("andre halvår 2026", "period", D(2026, 7, 1), D(2026, 12, 31)),
    ("H2 2026", "period", D(2026, 7, 1), D(2026, 12, 31)),
    ("first half of 2027", "period", D(2027, 1, 1), D(2027, 6, 30)),
    ("2. kvartal 2026", "period", D(2026, 4, 1), D(2026, 6, 30)),
    ("fjerde kvartal 2025", "period", D(2025, 10, 1), D(2025, 12, 31)),
    ("Q3 2026", "period", D(2026, 7, 1), D(2026, 9, 30)),
    ("2026 Q3", "period", D(2026, 7, 1), D(2026, 9, 30)),
    ("Q1-Q2 2026", "period", D(2026, 1, 1), D(2026, 6, 30)),
    ("3. tertial 2026", "period", D(2026, 9, 1), D(2026, 12, 31)),
    ("2026", "period", D(2026, 1, 1), D(2026, 12, 31)),
    ("2025/2026", "period", D(2025, 1, 1), D(2026, 12, 31)),
    ("2025–2027", "period", D(2025, 1, 1), D(2027, 12, 31)),
    ("2025-2027", "period", D(2025, 1, 1), D(2027, 12, 31)),
    ("2025 - 2027", "period", D(2025, 1, 1), D(2027, 12, 31)),
    ("2025-27", "period", D(2025, 1, 1), D(2027, 12, 31)),
    ("fra 2025 til 2027", "period", D(2025, 1, 1), D(2027, 12, 31)),
    ("innen utgangen av 2026", "period", D(2026, 1, 1), D(2026, 12, 31)),
    ("i løpet av 2026", "period", D(2026, 1, 1), D(2026, 12, 31)),
    ("By end of 2026", "period", D(2026, 1, 1), D(2026, 12, 31)),
    ("FY2026", "period", D(2026, 1, 1), D(2026, 12, 31)),
    ("FY 2026/27", "period", D(2026, 1, 1), D(2027, 12, 31)),
    ("Short-term (2020)", "period", D(2020, 1, 1), D(2020, 12, 31)),
    ("mars 2026", "period", D(2026, 3, 1), D(2026, 3, 31)),
    ("juni 2026", "period", D(2026, 6, 1), D(2026, 6, 30)),
    ("February 2028", "period", D(2028, 2, 1), D(2028, 2, 29)),
    ("januar–mars 2026", "period", D(2026, 1, 1), D(2026, 3, 31)),
    ("november–februar 2026", "period", D(2025, 11, 1), D(2026, 2, 28)),
    ("01.01.2025-31.12.2025", "period", D(2025, 1, 1), D(2025, 12, 31)),
    ("Høst 2025 – vår 2026", "period", D(2025, 8, 1), D(2026, 6, 30)),
    ("Skoleåret 2025/26", "period", D(2025, 8, 1), D(2026, 6, 30)),
    ("uke 34 2026", "period", D(2026, 8, 17), D(2026, 8, 23)),
    ("fra 2026", "period", D(2026, 1, 1), None),
    ("Fra høsten 2025", "period", D(2025, 8, 1), None),
    ("i løpet av planperioden", "period", None, None),
    ("In the plan period", "period", None, None),
    ("Høsten", "period", None, None),  # no year and no reference year: unplaced
    ("31.12", "date", None, None),
    # recurring
    ("Hver høst", "recurring", None, None),
    ("Årlig", "recurring", None, None),
    ("Hvert halvår", "recurring", None, None),
    ("Kvar haust", "recurring", None, None),
    ("Årleg", "recurring", None, None),
    ("Varje år", "recurring", None, None),
    ("Hvert år", "recurring", None, None),
    ("Annually", "recurring", None, None),
    ("Each spring", "recurring", None, None),
    ("Hver høst 2025/2026", "recurring", D(2025, 8, 1), D(2026, 12, 31)),
    ("Årlig fra 2026", "recurring", D(2026, 1, 1), None),
    # continuous
    ("Kontinuerlig", "continuous", None, None),
    ("Løpende", "continuous", None, None),
    ("Løpande", "continuous", None, None),
    ("Fortløpende", "continuous", None, None),
    ("Pågår", "continuous", None, None),
    ("Ongoing", "continuous", None, None),
    ("Löpande", "continuous", None, None),
    ("Løbende", "continuous", None, None),
    ("Ved behov", "continuous", None, None),
    ("As needed", "continuous", None, None),
    ("Løpende fra 2025", "continuous", D(2025, 1, 1), None),
    # nothing
    ("-", "none", None, None),
    ("Ikke fastsatt", "none", None, None),
    ("TBD", "none", None, None),
    ("Ukjent", "none", None, None),
    ("Vår visjon", "none", None, None),  # "vår" = our
    ("Tiltak 1.2", "none", None, None),
]


@pytest.mark.parametrize(("text", "kind", "start", "end"), TABLE)
def test_forms(text, kind, start, end):
    d = parse_deadline(text)
    assert d is not None
    assert (d.kind, d.start, d.end) == (kind, start, end)
    assert d.text == text
    assert d.evaluation is None


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_is_none(text):
    assert parse_deadline(text) is None


def test_several_at_once_gives_evaluation():
    d = parse_deadline("Høst 2025, evaluering innen 30.06.26")
    assert (d.kind, d.start, d.end) == ("period", D(2025, 8, 1), D(2025, 12, 31))
    assert d.evaluation == D(2026, 6, 30)


def test_first_of_several_is_the_deadline():
    d = parse_deadline("Vår 2026; høst 2027")
    assert (d.start, d.end) == (D(2026, 1, 1), D(2026, 6, 30))


def test_evaluation_only():
    d = parse_deadline("Evaluering 2026")
    assert d.evaluation == D(2026, 12, 31)
    assert (d.start, d.end) == (D(2026, 1, 1), D(2026, 12, 31))


def test_reference_year_places_yearless_forms():
    assert (parse_deadline("Høsten", reference_year=2025).start) == D(2025, 8, 1)
    assert parse_deadline("31.12", reference_year=2027).end == D(2027, 12, 31)
    nxt = parse_deadline("neste år", reference_year=2025)
    assert (nxt.kind, nxt.start, nxt.end) == ("period", D(2026, 1, 1), D(2026, 12, 31))
    # recurring deadlines are not placed in one year
    rec = parse_deadline("Hver høst", reference_year=2025)
    assert (rec.kind, rec.start, rec.end) == ("recurring", None, None)


def test_text_round_trips_exactly():
    raw = "  Høst 2025\n"
    d = parse_deadline(raw)
    assert d.text == raw
    assert d.start == D(2025, 8, 1)


def test_looks_like_deadline():
    assert looks_like_deadline("Høst 2025")
    assert looks_like_deadline("Løpende")
    assert looks_like_deadline("Hver høst")
    assert not looks_like_deadline("Ikke fastsatt")
    assert not looks_like_deadline("Rådgiver oppvekst")


def test_languages_agree():
    for lang in ("nb", "nn", "sv", "da", "en"):
        assert parse_deadline("Q3 2026", lang=lang).start == D(2026, 7, 1)


# --------------------------------------------------------------------------- properties

TOKENS = [
    "31", "12", "1", "0", "00", "99", "53", ".", "/", "-", "–", ",", " ", "2025", "2026", "26",
    "9999", "1899", "høst", "vår", "Q3", "Q0", "H2", "kvartal", "halvår", "1.", "2.", "hver",
    "evaluering", "innen", "fra", "før", "uke", "til", "og", "mars", "may", "FY", "'", "løpende",
    "planperioden", "neste år", "skoleåret", "tertial", "29.02.", "31.02.2025", "(", ")",
]


def _check_invariants(text: str, d: Deadline | None) -> None:
    if not text.strip():
        assert d is None
        return
    assert d is not None
    assert d.text == text
    if d.start is not None and d.end is not None:
        assert d.start <= d.end
    if d.kind == "date":
        assert d.start == d.end


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(),
    st.sampled_from(["nb", "nn", "sv", "da", "en"]),
    st.one_of(st.none(), st.integers(1900, 2199)),
)
def test_any_text_never_raises(text, lang, ref):
    _check_invariants(text, parse_deadline(text, lang=lang, reference_year=ref))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=8).map("".join),
       st.one_of(st.none(), st.integers(1900, 2199)))
def test_date_like_junk_never_raises(text, ref):
    _check_invariants(text, parse_deadline(text, reference_year=ref))


NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]
DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
             "september", "oktober", "november", "december"]
EN_MONTHS = [calendar.month_name[i] for i in range(1, 13)]

DATE_FORMATS = [
    lambda d: d.strftime("%d.%m.%Y"),
    lambda d: d.strftime("%d.%m.%y"),
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: "innen " + d.strftime("%d.%m.%y"),
    lambda d: d.isoformat(),
    lambda d: d.strftime("%d/%m/%Y"),
    lambda d: f"{d.day}. {NB_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {SV_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"den {d.day}. {DA_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"Frist: {d.day}. {NB_MONTHS[d.month - 1].capitalize()} {d.year}",
]


@settings(max_examples=300)
@given(st.dates(D(2000, 1, 1), D(2099, 12, 31)), st.sampled_from(DATE_FORMATS))
def test_dates_parse_back(day, fmt):
    text = fmt(day)
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("date", day, day), text


def _last(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def _period_cases(y: int, y2: int, n4: int, n2: int, m: int):
    q_start, q_end = D(y, 3 * n4 - 2, 1), _last(y, 3 * n4)
    h_start, h_end = D(y, 6 * n2 - 5, 1), _last(y, 6 * n2)
    whole = (D(y, 1, 1), D(y, 12, 31))
    span = (D(y, 1, 1), D(y2, 12, 31))
    return [
        (f"Q{n4} {y}", q_start, q_end),
        (f"{n4}. kvartal {y}", q_start, q_end),
        (f"{n2}. halvår {y}", h_start, h_end),
        (f"H{n2} {y}", h_start, h_end),
        (f"Høst {y}", D(y, 8, 1), D(y, 12, 31)),
        (f"hausten {y}", D(y, 8, 1), D(y, 12, 31)),
        (f"Vår {y}", D(y, 1, 1), D(y, 6, 30)),
        (f"Våren {y}", D(y, 1, 1), D(y, 6, 30)),
        (f"Sommer {y}", D(y, 6, 1), D(y, 8, 31)),
        (f"{NB_MONTHS[m - 1]} {y}", D(y, m, 1), _last(y, m)),
        (f"{EN_MONTHS[m - 1]} {y}", D(y, m, 1), _last(y, m)),
        (f"{y}", *whole),
        (f"i løpet av {y}", *whole),
        (f"innen utgangen av {y}", *whole),
        (f"By end of {y}", *whole),
        (f"FY{y}", *whole),
        (f"{y}/{y2}", *span),
        (f"{y}–{y2}", *span),
        (f"{y} - {y2}", *span),
    ]


@settings(max_examples=300)
@given(
    st.integers(2000, 2150),
    st.integers(0, 5),
    st.integers(1, 4),
    st.integers(1, 2),
    st.integers(1, 12),
    st.data(),
)
def test_periods_parse_back(y, extra, n4, n2, m, data):
    text, start, end = data.draw(st.sampled_from(_period_cases(y, y + extra, n4, n2, m)))
    d = parse_deadline(text)
    assert (d.kind, d.start, d.end) == ("period", start, end), text


@settings(max_examples=100)
@given(st.integers(2000, 2150), st.integers(1, 4))
def test_recurring_with_years(y, extra):
    d = parse_deadline(f"Hver høst {y}/{y + extra}")
    assert (d.kind, d.start, d.end) == ("recurring", D(y, 8, 1), D(y + extra, 12, 31))


def test_a_stretch_counted_from_now_is_a_period_placed_only_by_the_plan_year():
    from plancheck.models import DeadlineKind

    d = parse_deadline("over the next 2-3 years", lang="en")
    assert d.kind == DeadlineKind.period and d.start is None
    placed = parse_deadline("within the next 18 months", lang="en", reference_year=2026)
    assert (placed.start, placed.end) == (dt.date(2026, 1, 1), dt.date(2028, 12, 31))
    assert parse_deadline("innen de neste to årene", lang="nb").kind == DeadlineKind.period
    assert parse_deadline("in the next chapter", lang="en").kind == DeadlineKind.none


def test_the_time_a_sentence_sets_itself_is_read_as_printed():
    from plancheck.lang.deadlines import stated_deadline

    assert stated_deadline("All lamps are to be replaced over the next 3–4 years through the budget.", lang="en").text == "over the next 3–4 years"
    assert stated_deadline("The lanes will be finished by 2027.", lang="en").text == "by 2027"
    assert stated_deadline("In 2018, the city planted 300 trees.", lang="en") is None


def test_a_fill_in_year_left_in_a_template_is_read_as_its_year():
    d = parse_deadline("By 20(15)", lang="en")
    assert (d.kind, d.start, d.end) == ("period", dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert parse_deadline("innen 20[30]", lang="nb").start == dt.date(2030, 1, 1)
    assert parse_deadline("20(15)", lang="en").text == "20(15)"


def test_a_sentence_opening_with_its_deadline_gives_that_deadline():
    from plancheck.lang.deadlines import opening_deadline

    assert opening_deadline("By 2030, the City shall plant 300 trees.", lang="en").text == "By 2030"
    assert opening_deadline("[General] By 20(15), the City shall adopt a plan.", lang="en").text == "By 20(15)"
    assert opening_deadline("Innen utgangen av 2026, skal kommunen …", lang="nb").text == "Innen utgangen av 2026"
    # a year later in the sentence, or an opening that is not a time, is no deadline
    assert opening_deadline("The City shall, by 2030, plant trees.", lang="en") is None
    assert opening_deadline("By working together, we plant trees.", lang="en") is None
    assert opening_deadline("By 2030 the trees are planted.", lang="en") is None


def test_the_time_of_a_measures_own_action_not_of_its_purpose():
    from plancheck.lang.deadlines import action_by_when

    assert action_by_when("Adopt LED as the new standard for street lights by 2021.", lang="en") == "by 2021"
    assert action_by_when("Work with the utility as its largest customer to advance clean power by 2035.", lang="en") == ""
    assert action_by_when("Set interim goals such as 20% solar by 2035.", lang="en") == ""
    assert action_by_when("Plant trees in every park so that shade covers 40% by 2040.", lang="en") == ""
    # a "to" right after a verb ("continue to …") or at the start ("Metro to …") opens no purpose
    assert action_by_when("Continue to support the programme by 2027.", lang="en") == "by 2027"
    assert action_by_when("Metro to replace all bus stops by 2026.", lang="en") == "by 2026"
    # the time set before the purpose, or in the next sentence, is the action's
    assert action_by_when("Complete 15 projects by 2035 to divert runoff.", lang="en") == "by 2035"
    assert action_by_when("Buy land to protect the coast. Finish by 2030.", lang="en") == "by 2030"
    assert action_by_when("Bygge ut ladepunkter for å nå målet innen 2030.", lang="nb") == ""
    assert action_by_when("Bygge ut ladepunkter innen 2030.", lang="nb") == "innen 2030"


def test_the_time_frame_a_short_sentence_opens_with():
    from plancheck.lang.deadlines import opening_time_frame

    assert opening_time_frame("Short-term and long-term initiatives for consideration.", lang="en").text == "Short-term and long-term"
    assert opening_time_frame("Høst 2025: første fase av arbeidet.", lang="nb").text == "Høst 2025"
    assert opening_time_frame("Work with major users to cut the price of equipment.", lang="en") is None
    # a long sentence says more than when
    assert opening_time_frame("Annually the board will meet to review the progress of every action in the plan and report it.", lang="en") is None


@pytest.mark.parametrize("text,lang", [("Lång sikt", "sv"), ("Medellång sikt", "sv"), ("Mellemlang sigt", "da"),
                                       ("Lang sigt", "da"), ("Mellomlang sikt", "nb"), ("kort sikt / lang sikt", "nn")])
def test_a_horizon_term_alone_is_a_period_in_every_nordic_language(text, lang):
    from plancheck.models import DeadlineKind

    d = parse_deadline(text, lang=lang)
    assert d is not None and d.kind == DeadlineKind.period and d.start is None
    # a horizon word without its noun is no horizon ("lang" alone is an adjective)
    assert parse_deadline("Lang", lang=lang) is None or parse_deadline("Lang", lang=lang).kind != DeadlineKind.period


@pytest.mark.parametrize("cell,owner,deadline", [
    ("Helsestasjonen (innan utgangen av 2027)", "Helsestasjonen", "innan utgangen av 2027"),
    ("Socialchef (senast vid utgången av 2026)", "Socialchef", "senast vid utgången av 2026"),
    ("NAV (innen utgangen av 2027)", "NAV", "innen utgangen av 2027"),
])
def test_an_owner_with_a_by_the_end_of_deadline_in_brackets_splits_before_the_lead(cell, owner, deadline):
    from plancheck.lang.deadlines import split_deadline

    assert split_deadline(cell) == (owner, deadline)


def test_empty_brackets_after_a_time_are_no_note():
    # "()" says nothing: the cell is kept as printed (found by the junk property test: '2025()')
    for text in ("2025()", "2025 ( )"):
        assert parse_deadline(text).text == text
    assert parse_deadline("Vår 2026 (nytt)").text == "Vår 2026"
