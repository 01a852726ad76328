"""Issue 13 fault 4: the rule condition language reads documented plan-model fields only.

A pack with ``__class__.__init__.__globals__.sys.modules.os.environ.<NAME>`` and ``matches:``
leaked a secret's prefix through which rules fired."""

from __future__ import annotations

import pytest
from hostile import plan_json

from plancheck.checks.conditions import RuleError, check_path, validate
from plancheck.cli import main

LEAK = "__class__.__init__.__globals__.sys.modules.os.environ.PLANCHECK_TEST_SECRET"


@pytest.mark.parametrize(
    "path",
    [LEAK, "__class__", "text.__class__", "plan.__dict__", "parent._private", "model_config",
     "deadline.start.ctime", "text.upper", "model_dump"],
)
def test_paths_outside_the_model_are_rejected(path):
    with pytest.raises(RuleError) as err:
        validate({"attribute": path, "matches": "^s"}, "rule x")
    assert "rule x" in str(err.value) and repr(path) in str(err.value)
    with pytest.raises(RuleError):
        validate({"attribute": "text", "equals": {"attribute": path}}, "rule x")


def test_dunder_error_says_why():
    with pytest.raises(RuleError, match="never Python internals"):
        check_path("__class__.__init__", "w")


@pytest.mark.parametrize(
    "path", ["text", "deadline.kind", "deadline.end.year", "plan.plan_period.start", "parent.text",
             "owners", "has_owner_column"],
)
def test_documented_paths_are_accepted(path):
    validate({"attribute": path, "exists": True}, "rule x")


def test_a_pack_reading_the_environment_is_refused(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("PLANCHECK_TEST_SECRET", "s3cr3t")
    monkeypatch.chdir(tmp_path)
    pack = tmp_path / "leak.yaml"
    pack.write_text(
        "rules:\n  - {id: leak, severity: error, summary: {nb: x}, applies_to: {kind: plan},\n"
        f"     require: {{attribute: {LEAK}, matches: '^s'}}, message: {{nb: 'fires'}}}}\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.json"
    plan.write_bytes(plan_json("Mål"))
    code = main(["check", str(plan), "--rules", str(pack)])
    out, err = capfd.readouterr()
    assert code == 2 and out == ""
    assert "not allowed" in err and len(err.strip().splitlines()) == 1


def test_resolve_does_not_follow_python_attributes_even_unvalidated():
    from plancheck.checks.conditions import resolve
    from plancheck.models import Plan

    plan = Plan.model_validate_json(plan_json("Mål"))

    class Ctx:
        pass

    ctx = Ctx()
    ctx.plan = plan

    class Subj:
        obj = plan
        parent = None

    assert resolve("title", Subj, ctx) == "Mål"
    with pytest.raises(RuleError):
        resolve("__class__.__init__", Subj, ctx)
