"""plancheck: read municipal plan documents into goals, strategies and measures, and check them.

>>> import plancheck
>>> plan = plancheck.extract("plan.pdf")          # a plancheck.models.Plan
>>> result = plancheck.check(plan)                 # a plancheck.models.CheckResult
"""

from __future__ import annotations

__version__ = "0.1.0"

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plancheck.models import CheckResult, Plan

__all__ = ["__version__", "check", "extract"]


def extract(path: str | Path, *, password: str | None = None) -> Plan:
    """Read a plan document (PDF, DOCX or ODT) into a :class:`~plancheck.models.Plan`."""
    from plancheck.pipeline import extract_plan

    return extract_plan(Path(path), password=password)


def check(plan: Plan, **options) -> CheckResult:
    """Check a plan against the rule packs; see :func:`plancheck.checks.engine.check_plan`."""
    from plancheck.checks.engine import check_plan

    return check_plan(plan, **options)
