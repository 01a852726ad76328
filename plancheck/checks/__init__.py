"""Checking a plan: rule packs, the engine, configuration, baselines and the extraction cache.

>>> from plancheck.checks import check_plan, load_rules
>>> result = check_plan(plan, rules=load_rules(["default", "rules/kommune.yaml"]), lang="en")
"""

from plancheck.checks.base import Context, Hit, Rule, Subject
from plancheck.checks.conditions import RuleError
from plancheck.checks.engine import at_or_above, check_plan, fingerprint
from plancheck.checks.rules import configure, load_rules

__all__ = [
    "Context",
    "Hit",
    "Rule",
    "RuleError",
    "Subject",
    "at_or_above",
    "check_plan",
    "configure",
    "fingerprint",
    "load_rules",
]
