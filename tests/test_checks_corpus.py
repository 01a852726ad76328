"""The default pack against the defects the corpus gold files record.

Each authored gold file describes its plan item by item; the plan is rebuilt from the gold
itself (not from the PDF), so this measures the rules alone, not the extraction: every defect
the gold records must be reported, with its severity, and nothing else at warning or above.
`plancheck eval` measures the whole chain on the PDFs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from plancheck.checks import check_plan, load_rules
from plancheck.checks.engine import normalise
from plancheck.extract.plantype import title_type
from plancheck.models import (
    Goal,
    Measure,
    Owner,
    Plan,
    PlanPeriod,
    PlanType,
    Provenance,
    SourceInfo,
    Strategy,
)

lang = pytest.importorskip("plancheck.lang.deadlines")
owners_mod = pytest.importorskip("plancheck.lang.owners")
timekey = pytest.importorskip("plancheck.lang.timekey")

AUTHORED = Path(__file__).resolve().parents[1] / "corpora" / "authored"
DEFAULT_RULES = {r.id for r in load_rules(plugins=False)}


def gold_files() -> list[Path]:
    out = []
    for path in sorted(AUTHORED.glob("*/*.gold.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "findings" in gold and {f["rule"] for f in gold["findings"]} <= DEFAULT_RULES:
            out.append(path)
    return out


def _title_type(title: str | None) -> PlanType | None:
    """The plan type the extractor reads from the gold title (its title page is not in the gold)."""
    hit = title_type(title) if title else None
    return PlanType(kind=hit[0], term=hit[1], evidence=title, where="title") if hit else None


def plan_from_gold(gold: dict) -> Plan:
    language = gold.get("language", "nb")
    goals = [
        Goal(
            id=g["id"],
            text=g["text"],
            page=g.get("page"),
            kind=g.get("kind", "goal"),
            parent_id=g.get("parent"),
            focus_area_id=g.get("focus_area"),
        )
        for g in gold.get("goals") or []
    ]
    strategies = [
        Strategy(
            id=s.get("id", f"s{i}"),
            text=s["text"],
            page=s.get("page"),
            goal_ids=s.get("goals") or [],
        )
        for i, s in enumerate(gold.get("strategies") or [])
    ]
    measures = []
    # a plan that gives no deadline (or no owner) anywhere has no place for one (docs/rules)
    gold_measures = gold.get("measures") or []
    deadline_place = any(m.get("deadline") for m in gold_measures)
    owner_place = any(m.get("owners") for m in gold_measures)
    for i, m in enumerate(gold_measures):
        deadline = None
        if m.get("deadline"):
            deadline = lang.parse_deadline(str(m["deadline"]), lang=language)
            if m.get("deadline_kind"):
                deadline = deadline.model_copy(update={"kind": m["deadline_kind"]})
        owners = []
        for text in m.get("owners") or []:
            kind = owners_mod.classify_owner(text, language)
            owners.append(Owner(text=text, kind=kind, diffuse=kind == "diffuse"))
        measures.append(
            Measure(
                id=m.get("id", f"m{i}"),
                text=m["text"],
                page=m.get("page"),
                goal_ids=m.get("goals") or [],
                strategy_ids=m.get("strategies") or [],
                owners=owners,
                deadline=deadline,
                has_owner_column=owner_place,
                has_deadline_column=deadline_place,
            )
        )
    period = gold.get("plan_period")
    key = None
    if gold.get("timeframe_key"):
        # the key the plan prints (docs/gold-format.md), read and applied as the extractor does
        printed = gold["timeframe_key"]
        key = timekey.read_timeframe_key(
            [(printed["text"], Provenance(page=printed.get("page"), source_text=printed["text"]))],
            lang=language,
            plan_start=period["start"] if period else None,
        )
        assert key is not None, "the gold's timeframe_key defines no timeframe word"
        measures = [
            m.model_copy(update={"deadline": timekey.keyed_deadline(m.deadline, key)}) if m.deadline else m
            for m in measures
        ]
    return Plan(
        source=SourceInfo(path=str(gold.get("document")), format="pdf", sha256="", pages=0),
        title=gold.get("title"),
        plan_type=_title_type(gold.get("title")),
        language=language,
        plan_period=PlanPeriod(start=period["start"], end=period["end"], text="")
        if period
        else None,
        timeframe_key=key,
        goals=goals,
        strategies=strategies,
        measures=measures,
    )


#: documents whose blind gold (written this session, merged after the held-out run) the default pack
#: does not yet report exactly; each a rule gap to close, not a gold to change. Strict: the mark
#: fails the run as soon as the pack agrees, so it is taken off then.
KNOWN_GAPS = {
    "aldersvanlig-lopande-text-sv": "sv 'Kommunen' alone as the owner is not read as diffuse (batch 30, session 28)",
    "skolnarvaro-relativa-tider-sv": (
        "deadlines relative to the plan period ('Inom ett år efter planperiodens slut', 'Varje månad') and "
        "'Alla rektorer' as diffuse owner disagree with the blind gold (batch 29, session 28)"
    ),
}


def _gold_case(path: Path):
    reason = KNOWN_GAPS.get(path.parent.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(path, marks=marks, id=path.parent.name)


@pytest.mark.parametrize("path", [_gold_case(p) for p in gold_files()])
def test_default_pack_reports_exactly_the_gold_defects(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = check_plan(plan_from_gold(gold), rules=load_rules(plugins=False))
    reported = sorted(
        (f.rule, f.severity, normalise(f.quote))
        for f in result.findings
        if f.severity in ("error", "warning")
    )
    expected = sorted((f["rule"], f["severity"], normalise(f["quote"])) for f in gold["findings"])
    assert reported == expected


def test_the_corpus_covers_every_rule_but_mandate_coverage_and_empty_plans():
    # mandate coverage has its own corpus (corpora/mandates); an empty plan has no gold file to
    # speak of (tests/test_checks.py and the real Lexington plan exercise plan-has-content); a
    # plan read in part (plan-read-in-full: tests/test_checks.py, the real Atlanta plan) is not
    # an authored defect, and plan-gives-owners-and-deadlines is a note, below the gold's warnings
    rules = {
        f["rule"]
        for p in gold_files()
        for f in yaml.safe_load(p.read_text(encoding="utf-8"))["findings"]
    }
    # the rød tråd (--parent) is scored by `plancheck eval --parents`
    assert DEFAULT_RULES - rules == {
        "mandate-point-covered",
        "plan-has-content",
        "parent-goal-followed-up",
        "goal-serves-parent",
        "plan-read-in-full",
        "plan-gives-owners-and-deadlines",
    }
