"""Run rules over a plan: hits become findings with messages, quotes and fingerprints.

>>> from plancheck.checks.engine import check_plan
>>> result = check_plan(plan)                      # the default pack, messages in bokmål
>>> result = check_plan(plan, lang="en", suppress={"3f2a..."})
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from plancheck.checks.base import KIND_RANK, Context, Hit, Rule, Subject, localized
from plancheck.checks.conditions import RuleError
from plancheck.checks.rules import load_rules
from plancheck.models import (
    CheckResult,
    ChildGoalLink,
    Coverage,
    Finding,
    MandatePoint,
    ParentCoverage,
    Plan,
    PlanPeriod,
    Severity,
    Summary,
    prose_requirement_number,
)

QUOTE_LIMIT = 300
TEXT_LIMIT = 140
SEVERITY_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


def check_plan(
    plan: Plan,
    *,
    rules: Iterable[Rule] | None = None,
    lang: str = "nb",
    suppress: Iterable[str] = (),
    coverage: list[Coverage] | None = None,
    mandate_points: list[MandatePoint] | None = None,
    plan_period: PlanPeriod | None = None,
    as_of: dt.date | None = None,
    parent_coverage: list[ParentCoverage] | None = None,
    child_goals: list[ChildGoalLink] | None = None,
) -> CheckResult:
    """Check ``plan`` against ``rules`` (default: the default pack and installed plugins).

    ``plan_period`` replaces the period read from the document (from configuration); findings
    whose fingerprint is in ``suppress`` are counted, not reported. ``as_of`` (the hearing
    date, ``--as-of``) is given to the rules as ``ctx.as_of``: deadline-passed uses it.
    """
    if plan_period is not None:
        plan = plan.model_copy(update={"plan_period": plan_period})
    rules = list(load_rules() if rules is None else rules)
    ctx = Context(
        plan,
        coverage=coverage,
        mandate_points=mandate_points,
        as_of=as_of,
        parent_coverage=parent_coverage,
        child_goals=child_goals,
    )
    suppressed = set(suppress)
    ranked: list[tuple[tuple, Finding]] = []
    n_suppressed = 0
    for rule_index, rule in enumerate(rules):
        if rule.formats and plan.source.format not in rule.formats:
            continue  # a rule of what this kind of input cannot hold
        for hit in rule.evaluate(ctx):
            finding = make_finding(rule, hit, ctx, lang)
            if finding.fingerprint in suppressed:
                n_suppressed += 1
                continue
            s = hit.subject
            key = (s.page or 0, KIND_RANK.get(s.kind, 99), s.order, rule_index)
            ranked.append((key, finding))
    findings = [f for _, f in sorted(ranked, key=lambda pair: pair[0])]
    result = CheckResult(
        findings=findings,
        summary=summarize(findings, plan, suppressed=n_suppressed),
        coverage=coverage,
        parent_coverage=parent_coverage,
        child_goals=child_goals,
        plan=plan,
    )
    result._lang = lang
    return result


def summarize(
    findings: list[Finding], plan: Plan, *, suppressed: int = 0, baselined: int = 0
) -> Summary:
    by = {sev: sum(1 for f in findings if f.severity == sev) for sev in Severity}
    return Summary(
        errors=by[Severity.error],
        warnings=by[Severity.warning],
        infos=by[Severity.info],
        suppressed=suppressed,
        baselined=baselined,
        goals=len(plan.goals),
        strategies=len(plan.strategies),
        measures=len(plan.measures),
    )


def at_or_above(severity: Severity | str, threshold: str) -> bool:
    """True when ``severity`` reaches ``--fail-on`` ``threshold`` (error, warning, info, never)."""
    if threshold == "never":
        return False
    return SEVERITY_RANK[Severity(severity)] >= SEVERITY_RANK[Severity(threshold)]


# --------------------------------------------------------------------------- one finding


def make_finding(rule: Rule, hit: Hit, ctx: Context, lang: str) -> Finding:
    s = hit.subject
    severity = Severity(rule.override or hit.severity or rule.severity)
    template = localized(hit.message or rule.message, lang)
    values = placeholders(s, ctx, lang)
    values["rule"] = rule.id
    values.update({k: str(v) for k, v in hit.params.items()})
    try:
        message = template.format_map(values)
    except (KeyError, IndexError, ValueError) as exc:
        raise RuleError(f"rule {rule.id}: cannot fill its message {template!r} ({exc})") from None
    return Finding(
        rule=rule.id,
        severity=severity,
        message=message,
        node_id=s.node_id,
        page=s.page,
        quote=shorten(s.quote, QUOTE_LIMIT, keep_lines=True),
        location=_get(_get(s.parent.obj if s.parent else s.obj, "provenance"), "location"),
        fingerprint=fingerprint(rule.id, s.kind, s.text),
    )


def normalise(text: str) -> str:
    """Case and white space folded, so a re-flowed paragraph keeps its fingerprint."""
    return " ".join(text.casefold().split())


def fingerprint(rule_id: str, kind: str, text: str) -> str:
    """Stable id of a finding: rule, node kind and normalised text; not page, not item id."""
    digest = hashlib.sha256(f"{rule_id}\x1f{kind}\x1f{normalise(text)}".encode()).hexdigest()
    return digest[:16]


def shorten(text: str, limit: int, *, keep_lines: bool = False) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with an ellipsis."""
    text = text.strip() if keep_lines else " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–-\n") + "…"


def period_text(period: PlanPeriod | None) -> str:
    return f"{period.start}–{period.end}" if period else ""


_STATUS = {
    "nb": {"covered": "dekket", "partial": "delvis dekket", "uncovered": "ikke dekket"},
    "nn": {"covered": "dekt", "partial": "delvis dekt", "uncovered": "ikkje dekt"},
    "en": {"covered": "covered", "partial": "partly covered", "uncovered": "not covered"},
}


#: how a finding names a point of the mandate: its printed number and page, as a planner looks
#: it up ("punkt 8 (s. 2)"); a requirement from the mandate's prose has no printed number
_POINT_WORDS = {
    "nb": {"point": "punkt {n}", "requirement": "dette kravet", "none": "dette punktet", "page": "s.",
           "missing": "mangler", "key": "etter nøkkelen"},
    "nn": {"point": "punkt {n}", "requirement": "dette kravet", "none": "dette punktet", "page": "s.",
           "missing": "manglar", "key": "etter nøkkelen"},
    "en": {"point": "point {n}", "requirement": "this requirement", "none": "this point",
           "page": "p.", "missing": "missing", "key": "according to the key"},
}


def point_reference(number: str | None, page: int | None, lang: str) -> str:
    """"punkt 8 (s. 2)", "dette kravet (s. 1)" or "dette punktet": where the planner finds the point
    in the mandate. Numbers S1, S2 … are the tool's own for requirements in the prose, so they
    are not printed."""
    w = _POINT_WORDS.get(lang, _POINT_WORDS["nb"])
    if number and not prose_requirement_number(number):
        ref = w["point"].format(n=number.rstrip(".)"))
    elif number:
        ref = w["requirement"]
    else:
        ref = w["none"]
    return f"{ref} ({w['page']} {page})" if page else ref


def page_note(page: int | None, lang: str) -> str:
    """" (s. 3)": the page of a goal in the parent plan, which is not this plan's page."""
    if not page:
        return ""
    return f" ({_POINT_WORDS.get(lang, _POINT_WORDS['nb'])['page']} {page})"


def key_note(deadline: Any, plan: Any, lang: str) -> str:
    """" (etter nøkkelen «Long term = after March 2031», s. 1)": the plan's own definition of a
    timeframe word that gave a deadline its dates, so a finding about them quotes where they
    come from; nothing for a deadline printed with its dates."""
    definition = _get(deadline, "key") if deadline is not None else None
    if not definition:
        return ""
    w = _POINT_WORDS.get(lang, _POINT_WORDS["nb"])
    key = plan.timeframe_key
    page = key.provenance.page if key is not None else None
    where = f", {w['page']} {page}" if page else ""
    return f" ({w['key']} «{definition}»{where})"


def missing_note(missing: list[str] | None, lang: str) -> str:
    """" (mangler: A, B)", or nothing when no concern is named (never "mangler: –")."""
    if not missing:
        return ""
    return f" ({_POINT_WORDS.get(lang, _POINT_WORDS['nb'])['missing']}: {', '.join(missing)})"


_PARENT_STATUS = {
    "nb": {
        "followed_up": "fulgt opp",
        "partial": "delvis fulgt opp",
        "not_followed_up": "ikke fulgt opp",
    },
    "nn": {
        "followed_up": "følgt opp",
        "partial": "delvis følgt opp",
        "not_followed_up": "ikkje følgt opp",
    },
    "en": {
        "followed_up": "followed up",
        "partial": "partly followed up",
        "not_followed_up": "not followed up",
    },
}


def placeholders(s: Subject, ctx: Context, lang: str) -> dict[str, Any]:
    """Every placeholder a message may use (see ``PLACEHOLDERS``), for subject ``s``."""
    plan = ctx.plan
    item = s.parent.obj if s.parent else s.obj
    values: dict[str, Any] = {
        "text": shorten(_get(item, "text") or s.text, TEXT_LIMIT),
        "number": _get(item, "number") or "",
        "page": s.page if s.page is not None else "?",
        "title": plan.title or plan.source.path,
        "period": period_text(plan.plan_period),
        "goals": len(plan.goals),
        "strategies": len(plan.strategies),
        "measures": len(plan.measures),
        "pages": plan.source.pages if plan.source.pages is not None else "?",
        "owner": "",
        "deadline": "",
        "status": "",
        "missing": "",
        "missing_note": "",
        "point": "",
        "page_note": "",
        "key_note": "",
    }
    if s.kind == "owner":
        values["owner"] = s.obj.text
    elif _get(item, "owners") is not None:
        values["owner"] = item.owner_text or ", ".join(o.text for o in item.owners)
    deadline = _get(item, "deadline")
    if deadline is not None:
        values["deadline"] = deadline.text
        values["key_note"] = key_note(deadline, plan, lang)
    if s.kind == "parent_goal":
        status = str(_get(s.obj, "status"))
        values["status"] = _PARENT_STATUS.get(lang, _PARENT_STATUS["nb"]).get(status, status)
        values["missing"] = ", ".join(_get(s.obj, "missing") or []) or "–"
        values["missing_note"] = missing_note(_get(s.obj, "missing"), lang)
        values["page_note"] = page_note(_get(s.obj, "page"), lang)
    if s.kind == "mandate_point":
        status = _get(s.obj, "status")
        values["status"] = _STATUS.get(lang, _STATUS["nb"]).get(str(status), str(status))
        values["missing"] = ", ".join(_get(s.obj, "missing") or []) or "–"
        values["missing_note"] = missing_note(_get(s.obj, "missing"), lang)
        values["point"] = point_reference(_get(s.obj, "number"), _get(s.obj, "page"), lang)
    return values


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)
