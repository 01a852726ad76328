"""Deadlines relative to the plan period or the decision, printed with no year: a time counted
from the period's end lies after the period (deadline-within-plan-period flags it); a stretch
counted from the decision ('within six months') and the plan's own year ('Year 2') are periods;
'throughout the plan period' is continuous. Invented wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.checks import check_plan, load_rules
from plancheck.checks.rules import builtin_pack_dir
from plancheck.lang.deadlines import parse_deadline
from plancheck.models import Measure, Plan, PlanPeriod, SourceInfo


@pytest.mark.parametrize(("text", "lang", "kind", "after"), [
    ("Inom två år efter planperiodens utgång", "sv", "period", True),
    ("Innen ett år etter utløpet av planperioden", "nb", "period", True),
    ("Within a year after the end of the plan period", "en", "period", True),
    ("Senast vid planperiodens utgång", "sv", "period", False),
    ("Inom sex månader efter beslut", "sv", "period", False),
    ("Innen to år", "nb", "period", False),
    ("År 2", "sv", "period", False),
    ("Year 3", "en", "period", False),
    ("Under hela planperioden", "sv", "continuous", False),
    ("Throughout the plan period", "en", "continuous", False),
    ("I løpet av planperioden", "nb", "period", False),
])
def test_relative_deadlines(text, lang, kind, after):
    d = parse_deadline(text, lang=lang)
    assert (d.kind, d.after_period) == (kind, after)


def test_a_deadline_counted_from_the_periods_end_is_outside_the_period():
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), language="en",
                plan_period=PlanPeriod(start=2026, end=2029, text="2026–2029"))
    plan.measures = [
        Measure(id="m1", text="Rebuild the school yards", page=1, deadline=parse_deadline("Within a year after the end of the plan period", lang="en")),
        Measure(id="m2", text="Evaluate the plan", page=1, deadline=parse_deadline("By the end of the plan period", lang="en")),
    ]
    found = [f.quote for f in check_plan(plan, rules=load_rules(plugins=False)).findings if f.rule == "deadline-within-plan-period"]
    assert found == ["Rebuild the school yards"]


def test_a_source_checkout_reads_its_own_rule_packs():
    here = Path(__file__).resolve().parents[1] / "rules"
    assert builtin_pack_dir() == here
