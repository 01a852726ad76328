"""A plan's key to its timeframe words ("Short term = by 30 June 2027 · … · Long term = after June
2029") dates the measures whose deadline is such a word, and deadline-within-plan-period reads
it: on small hand-built inputs."""

from __future__ import annotations

import datetime as dt

import pytest
from test_checks_support import goal, make_plan, measure

from plancheck.checks import check_plan
from plancheck.extract.plan import build_plan
from plancheck.lang.deadlines import parse_deadline
from plancheck.lang.timekey import (
    apply_timeframe_key,
    key_entries,
    keyed_deadline,
    read_timeframe_key,
)
from plancheck.models import Block, BlockKind, Document, PlanPeriod, Provenance, Section
from tests.conftest import table_of


def found(result, rule):
    return [(f.rule, f.severity, f.quote) for f in result.findings if f.rule == rule]


AU_KEY = (
    "Timeframe key: Short term = by 30 June 2027 · Medium term = by 30 June 2029 · Long term = after "
    "June 2029 · Ongoing = throughout the plan"
)


def _key(text: str, lang: str = "en", start: int | None = 2025, page: int = 1):
    return read_timeframe_key([(text, Provenance(page=page))], lang=lang, plan_start=start)


# --------------------------------------------------------------------------- "after"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("after June 2029", dt.date(2029, 7, 1)),
        ("etter 2029", dt.date(2030, 1, 1)),
        ("efter december 2028", dt.date(2029, 1, 1)),
    ],
)
def test_after_a_date_starts_the_day_after_and_leaves_the_end_open(text, start):
    d = parse_deadline(text, lang="en")
    assert (d.start, d.end, d.kind) == (start, None, "period")
    assert d.text == text


# --------------------------------------------------------------------------- reading a key


def test_a_key_line_gives_each_word_its_dates_and_marks_the_plans_end():
    key = _key(AU_KEY)
    assert [(t.word, t.start, t.end) for t in key.terms] == [
        ("Short term", dt.date(2027, 6, 30), dt.date(2027, 6, 30)),
        ("Medium term", dt.date(2029, 6, 30), dt.date(2029, 6, 30)),
        ("Long term", dt.date(2029, 7, 1), None),
    ]
    assert key.terms[2].definition == "Long term = after June 2029"
    assert key.plan_end == dt.date(2029, 6, 30)
    assert key.provenance.page == 1


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Kort sikt (1–2 år), mellomlang sikt (3–4 år), lang sikt (5+ år)", "nb",
         [("Kort sikt", 2025, 2026), ("mellomlang sikt", 2027, 2028), ("lang sikt", 2029, None)]),
        ("Kort sikt: innen 2026. Lang sikt: etter 2028", "nn", [("Kort sikt", 2026, 2026), ("Lang sikt", 2029, None)]),
        ("Kort sikt = senast 2026 · Medellång sikt = senast 2028 · Lång sikt = efter 2029", "sv",
         [("Kort sikt", 2026, 2026), ("Medellång sikt", 2028, 2028), ("Lång sikt", 2030, None)]),
        ("Kort sigt: inden 2026; Mellemlang sigt: inden 2028; Lang sigt: efter 2029", "da",
         [("Kort sigt", 2026, 2026), ("Mellemlang sigt", 2028, 2028), ("Lang sigt", 2030, None)]),
        ("Short-term: 0-2 years\nLong-term: 5-10 years", "en", [("Short-term", 2025, 2026), ("Long-term", 2029, 2034)]),
    ],
)
def test_keys_in_every_language_in_dates_or_years(text, lang, words):
    key = _key(text, lang)
    assert [(t.word, t.start.year, t.end.year if t.end else None) for t in key.terms] == words


def test_years_counted_from_the_start_stay_undated_without_a_plan_period():
    key = _key("Short term (1-2 years) · Long term (5+ years) · Medium term = by 2028", start=None)
    assert [(t.word, t.start) for t in key.terms][:2] == [("Short term", None), ("Long term", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Long term = after June 2029",  # one word defined: no key
        "In the short term (2030) we will build and over the long term: grow the network",
        "Short term = when funding allows · Long term = as resources permit",  # no time
        "Short term: the council will start in 2026 · Long term: the council will finish by 2030",
    ],
)
def test_no_key_in_running_text_or_words_without_a_time(text):
    assert _key(text) is None


def test_only_the_words_of_the_key_are_dated():
    key = _key(AU_KEY)
    long_term = keyed_deadline(parse_deadline("Long term", lang="en"), key)
    assert (long_term.text, long_term.start, long_term.end, long_term.key) == (
        "Long term", dt.date(2029, 7, 1), None, "Long term = after June 2029")
    assert keyed_deadline(parse_deadline("long-term", lang="en"), key).start == dt.date(2029, 7, 1)
    for text in ("Ongoing", "Annually", "2026", "Near term"):
        d = parse_deadline(text, lang="en")
        assert keyed_deadline(d, key) == d
    assert keyed_deadline(parse_deadline("Long term", lang="en"), None).start is None
    assert key_entries("Ongoing = throughout the plan") == []


# --------------------------------------------------------------------------- the rule


def _plan(due: str, key_text: str | None, period=(2025, 2029)):
    plan = make_plan(
        [goal("g1", "Goal")], [], [measure("m1", "Replace the steps with a ramp", ("g1",), owners=("Manager Assets",), due=due)],
        period=period, title="Access and Inclusion Plan",
    )
    if key_text is not None:
        plan.timeframe_key = _key(key_text, start=period[0] if period else None, page=2)
        apply_timeframe_key(plan)
    return plan


def test_a_keyed_word_after_the_plans_end_is_flagged_and_quotes_the_key():
    result = check_plan(_plan("Long term", AU_KEY), lang="en")
    hits = [f for f in result.findings if f.rule == "deadline-within-plan-period"]
    assert [(f.severity, f.quote) for f in hits] == [("warning", "Replace the steps with a ramp")]
    assert "«Long term» (according to the key «Long term = after June 2029», p. 2)" in hits[0].message
    for lang, words in (("nb", "etter nøkkelen «Long term = after June 2029», s. 2"),
                        ("nn", "etter nøkkelen «Long term = after June 2029», s. 2")):
        msg = [f.message for f in check_plan(_plan("Long term", AU_KEY), lang=lang).findings
               if f.rule == "deadline-within-plan-period"]
        assert msg and words in msg[0] and ("ligger utenfor" in msg[0] if lang == "nb" else "ligg utanfor" in msg[0])


@pytest.mark.parametrize(
    ("due", "key_text", "period"),
    [
        ("Long term", None, (2025, 2029)),  # no key: the word stays undated
        ("Medium term", AU_KEY, (2025, 2029)),  # by 30 June 2029: inside
        ("Short term", AU_KEY, (2025, 2029)),
        ("Long term", AU_KEY, (2025, 2030)),  # the key's bound is not in the plan's last year
        # a bound in an earlier year only says long term is the plan's later years
        ("Long term", "Short term = by 2026 · Long term = after June 2027", (2025, 2029)),
        ("Long term", "Short term (1-2 years) · Long term (5+ years)", (2025, 2029)),  # 2029: inside
    ],
)
def test_no_warning_without_a_key_or_inside_the_plan(due, key_text, period):
    assert found(check_plan(_plan(due, key_text, period)), "deadline-within-plan-period") == []


def test_a_key_after_the_last_year_is_flagged_like_a_printed_date():
    plan = _plan("Lang sikt", "Kort sikt = innen 2026 · Lang sikt = etter 2029")
    assert len(found(check_plan(plan), "deadline-within-plan-period")) == 1
    # years counted from the start: "5–10 years" in a 2025–2027 plan starts in 2029
    plan = _plan("Long term", "Short term (1-2 years) · Long term (5-10 years)", period=(2025, 2027))
    assert len(found(check_plan(plan), "deadline-within-plan-period")) == 1


def test_a_configured_period_decides_whether_the_keys_bound_is_the_plans_end():
    plan = _plan("Long term", AU_KEY)
    assert found(check_plan(plan, plan_period=PlanPeriod(start=2025, end=2031, text="2025–2031")),
                 "deadline-within-plan-period") == []


# --------------------------------------------------------------------------- extraction


def test_the_extractor_reads_the_key_and_dates_the_table_words():
    table = table_of(
        ["Action", "Responsibility", "Timeframe"],
        [
            ["Complete an access audit of all council buildings", "Manager Facilities", "Short term"],
            ["Replace the steps at the library entrance with a ramp", "Manager Assets", "Long term"],
            ["Provide interpreters at council ceremonies", "Events Coordinator", "Ongoing"],
        ],
    )
    blocks = [
        (BlockKind.heading, "Access and Inclusion Plan 2025–2029", None),
        (BlockKind.paragraph, AU_KEY, None),
        (BlockKind.heading, "Objective 1 Council buildings are easy for everyone to get into", None),
        (BlockKind.table, "", table),
    ]
    doc = Document(
        path="x.pdf", page_count=1, title="Access and Inclusion Plan 2025–2029",
        sections=[Section(id="s1", title="Access and Inclusion Plan 2025–2029", level=1, page=1)],
        blocks=[Block(id=f"b{i}", kind=k, text=t, provenance=Provenance(page=1), section_id="s1", table=tb)
                for i, (k, t, tb) in enumerate(blocks)],
    )
    plan = build_plan(doc, lang="en", model=None)
    assert plan.timeframe_key is not None and plan.timeframe_key.provenance.page == 1
    due = {m.deadline.text: m.deadline for m in plan.measures if m.deadline}
    assert due["Long term"].start == dt.date(2029, 7, 1) and due["Long term"].key == "Long term = after June 2029"
    assert due["Short term"].end == dt.date(2027, 6, 30)
    assert due["Ongoing"].kind == "continuous" and due["Ongoing"].key is None
