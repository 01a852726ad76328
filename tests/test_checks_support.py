"""Plans built by hand for the checks and reports tests (no tests in here).

Imported by the test_checks*/test_reports* modules as ``from test_checks_support import ...``.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from plancheck.models import (
    Deadline,
    Goal,
    Measure,
    Owner,
    Plan,
    PlanPeriod,
    Provenance,
    SourceInfo,
    Strategy,
)

DIFFUSE = ("alle", "all ")


def deadline(text: str, kind: str | None = None) -> Deadline:
    """A deadline as the language layer would give it, for the few forms the tests use."""
    low = text.lower()
    if kind is None:
        if low.startswith(("hver", "årlig", "kvar")):
            kind = "recurring"
        elif low in ("kontinuerlig", "løpende", "ongoing"):
            kind = "continuous"
        elif low in ("ved behov", "-"):
            kind = "none"
        elif low.count(".") == 2:
            kind = "date"
        else:
            kind = "period"
    start = end = None
    digits = [
        int(t)
        for t in low.replace(".", " ").replace("–", " ").split()
        if t.isdigit() and len(t) == 4
    ]
    if kind == "date":
        d, m, y = (int(x) for x in low.split("."))
        start = end = dt.date(y, m, d)
    elif kind == "period" and digits:
        start, end = dt.date(digits[0], 1, 1), dt.date(digits[-1], 12, 31)
    return Deadline(text=text, kind=kind, start=start, end=end)


def goal(gid: str, text: str, page: int = 3, **kw) -> Goal:
    return Goal(
        id=gid, text=text, page=page, provenance=Provenance(page=page, source_text=text), **kw
    )


def strategy(sid: str, text: str, goals: tuple[str, ...] = (), page: int = 4, **kw) -> Strategy:
    return Strategy(id=sid, text=text, page=page, goal_ids=list(goals), **kw)


def measure(
    mid: str,
    text: str,
    goals: tuple[str, ...] = (),
    strategies: tuple[str, ...] = (),
    owners: tuple[str, ...] = (),
    due: str | None = None,
    page: int = 5,
    table: bool = True,
    source: str | None = None,
    **kw,
) -> Measure:
    return Measure(
        id=mid,
        text=text,
        page=page,
        goal_ids=list(goals),
        strategy_ids=list(strategies),
        owners=[
            Owner(
                text=o,
                diffuse=o.lower().startswith(DIFFUSE),
                kind="diffuse" if o.lower().startswith(DIFFUSE) else "unit",
            )
            for o in owners
        ],
        owner_text=" og ".join(owners) or None,
        deadline=deadline(due) if due else None,
        has_owner_column=table,
        has_deadline_column=table,
        provenance=Provenance(page=page, source_text=source if source is not None else text),
        **kw,
    )


def make_plan(
    goals=(),
    strategies=(),
    measures=(),
    *,
    period: tuple[int, int] | None = (2024, 2027),
    title: str | None = "Handlingsplan for tidlig innsats 2024–2027",
    path: str = "plan.pdf",
    **kw,
) -> Plan:
    return Plan(
        source=SourceInfo(path=path, format="pdf", sha256="ab" * 32, pages=8),
        title=title,
        plan_period=PlanPeriod(start=period[0], end=period[1], text=f"{period[0]}–{period[1]}")
        if period
        else None,
        goals=list(goals),
        strategies=list(strategies),
        measures=list(measures),
        **kw,
    )


def sample_plan(path: str = "plan.pdf") -> Plan:
    """A handlingsplan with one defect of each kind the default pack knows."""
    return make_plan(
        [
            goal("g1", "Alle barn skal få tidlig hjelp for best mulig utvikling.", number="1."),
            goal("g2", "Flere unge skal fullføre videregående skole.", number="2."),
        ],
        [],
        [
            measure(
                "m1",
                "Lage felles rutine for overgang barnehage–skole",
                ("g1",),
                owners=("Rådgiver oppvekst",),
                due="Høst 2025",
                page=5,
            ),
            measure(
                "m2", "Informere om tilbudet på foreldremøter", ("g1",), due="Hver høst", page=5
            ),
            measure(
                "m3",
                "Gjennomføre kurs i klasseledelse",
                ("g1",),
                owners=("Alle enhetsledere",),
                due="2026",
                page=6,
            ),
            measure(
                "m4", "Kartlegge ventetiden i PPT", ("g1",), owners=("PPT",), due="2019", page=6
            ),
        ],
        path=path,
    )


def hide_installed_plugins(monkeypatch) -> None:
    """Leave out the rules plancheck's own distribution registers as plugins (the draft rules,
    tested where they live), so these tests see the default pack and their own test plugins."""
    import plancheck.checks.rules as rules_mod

    real = rules_mod.entry_point_rules
    monkeypatch.setattr(
        rules_mod,
        "entry_point_rules",
        lambda: [r for r in real() if not type(r).__module__.startswith("plancheck.")],
    )


def write_pack(tmp_path, body: str, name: str = "kommune.yaml"):
    """A user rule pack with ``body`` (dedented) in ``tmp_path``."""
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def refusal(tmp_path, kind: str, body: str) -> str:
    """The error ``load_rules`` gives for a one-rule pack 'broken-rule' on ``kind`` whose
    condition is ``body`` (it must refuse it)."""
    import pytest

    from plancheck.checks import RuleError, load_rules

    pack = write_pack(
        tmp_path,
        f"""
        rules:
          - id: broken-rule
            severity: warning
            summary: {{nb: Ødelagt}}
            applies_to: {{kind: {kind}}}
            {body}
            message: {{nb: "x"}}
        """,
    )
    with pytest.raises(RuleError) as exc:
        load_rules([str(pack)], plugins=False)
    return str(exc.value)
