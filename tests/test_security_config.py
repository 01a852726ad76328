"""Issue 13 fault 3 and issue 14 item 5 (config part): the configuration is the repository's
or --config, never a file a pull request puts beside the plan; rule packs come from the shipped
packs, the repository or --rules; unknown and misplaced keys are errors naming the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile import plan_json

from plancheck.cli import main

TEAM_RULE = (
    "rules:\n  - {id: plan-has-title, severity: error, summary: {nb: Tittel}, applies_to: {kind: plan},\n"
    "     require: {attribute: title, matches: 'plan'}, message: {nb: 'Tittelen sier ikke at dette er en plan'}}\n"
)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "plans" / "pr").mkdir(parents=True)
    monkeypatch.chdir(root)
    return root


def test_config_beside_the_plan_is_ignored(repo, capfd):
    plan = repo / "plans" / "pr" / "plan.json"
    plan.write_bytes(plan_json("Et mål uten tiltak"))
    (plan.parent / ".plancheck.toml").write_text(
        'fail_on = "never"\ndisable = ["measure-has-owner"]\n', encoding="utf-8"
    )
    (plan.parent / "pyproject.toml").write_text(
        '[tool.plancheck]\nfail_on = "never"\n', encoding="utf-8"
    )
    assert main(["check", str(plan)]) == 1  # the PR's config would have made this 0
    capfd.readouterr()
    # the repository's own configuration applies
    (repo / ".plancheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    assert main(["check", str(plan)]) == 0


def test_explicit_config_is_used(repo, capfd):
    plan = repo / "plan.json"
    plan.write_bytes(plan_json("Et mål"))
    cfg = repo / "ci.toml"
    cfg.write_text('fail_on = "never"\n', encoding="utf-8")
    assert main(["check", str(plan), "--config", str(cfg)]) == 0


def test_config_pack_outside_the_repository_is_refused(repo, tmp_path, capfd):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text(TEAM_RULE, encoding="utf-8")
    plan = repo / "plan.json"
    plan.write_bytes(plan_json("Notat"))
    for ref in (str(outside), "../elsewhere.yaml"):
        (repo / ".plancheck.toml").write_text(f"packs = [{json.dumps(ref)}]\n", encoding="utf-8")
        assert main(["check", str(plan)]) == 2
        _out, err = capfd.readouterr()
        assert "outside the repository" in err and len(err.strip().splitlines()) == 1
    # the same pack given on the command line is the user's choice
    (repo / ".plancheck.toml").unlink()
    assert main(["check", str(plan), "--rules", str(outside)]) == 1
    assert "Tittelen sier ikke" in capfd.readouterr()[0]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        ('lang = "en"\n[tool.plancheck.severity]\ngoal-has-measure = "warning"\n', "'lang'"),
        ('[tool.plancheck]\nfail_on = "never"\n[tool.other]\nx = 1\n', "[tool.other]"),
        ('[tool.plancheck]\nfailon = "never"\n', "'failon'"),
        ('colour = "red"\n', "'colour'"),
    ],
)
def test_unknown_or_misplaced_key_is_an_error_naming_it(repo, capfd, content, key):
    (repo / ".plancheck.toml").write_text(content, encoding="utf-8")
    plan = repo / "plan.json"
    plan.write_bytes(plan_json("Et mål"))
    assert main(["check", str(plan)]) == 2
    out, err = capfd.readouterr()
    assert out == "" and key in err and len(err.strip().splitlines()) == 1, err
