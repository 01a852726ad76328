"""A plan that could not be read is not a clean plan (issue 10, item 8), on real documents.

plan-has-content (nothing read), plan-read-in-full (little read from many pages) and
plan-gives-owners-and-deadlines (no place for owners or deadlines) make sure the report never
says "Ingen feil eller advarsler" about a document plancheck did not read. The real plans are
in ../shared/corpora/real; each test skips cleanly when its document is absent.
"""

from __future__ import annotations

import pytest
from conftest import ROOT, extracted

from plancheck.checks.engine import check_plan
from plancheck.cli import main
from plancheck.evaluate import shared_corpora_dir
from plancheck.report.labels import labels

SHARED = shared_corpora_dir(ROOT) or ROOT / "missing"
NOTHING = labels("nb")["nothing"]


def real(name: str):
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"the shared real document is not present: {name}")
    return path


def test_a_report_read_without_measures_is_an_error_not_a_clean_plan(capsys, tmp_path, monkeypatch):
    """Knoxville's 20-page work plan: plancheck reads no measure in it (its goals at most). The
    report says so as an error on the plan, never "Ingen feil eller advarsler"."""
    path = real("en_us_knoxville_tn_mitigation_plan_2021.pdf")
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))
    code = main(["check", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "[plan-has-content]" in out or "[plan-has-action-part]" in out
    assert NOTHING not in out


def test_a_plan_without_owners_or_deadlines_says_they_were_not_checked():
    """Hartford: goals and measures are read, but the plan gives no owner or deadline anywhere;
    no error or warning applies, and the report must not read as a clean bill."""
    plan = extracted(str(real("en_us_hartford_ct_mitigation_plan_2014.pdf")))
    assert plan.measures and not any(m.owners or m.deadline for m in plan.measures)
    result = check_plan(plan)
    assert [f.rule for f in result.findings if f.rule.startswith("plan-")] == ["plan-gives-owners-and-deadlines"]
    from plancheck.report.labels import summary_line

    assert summary_line(result.summary, "nb") != NOTHING


def test_little_read_from_a_long_document_is_a_warning():
    """Lexington's 51 pages, as a reader that caught one goal and one measure of them would leave
    the plan (the 84-page case of the issue): plan-read-in-full says the rest was not checked.
    What was read in full is not flagged."""
    plan = extracted(str(real("en_us_lexington_ky_mitigation_primary_cap_2012.pdf")))
    assert plan.source.pages >= 30
    assert "plan-read-in-full" not in {f.rule for f in check_plan(plan).findings}
    little = plan.model_copy(
        update={"goals": plan.goals[:1], "strategies": [], "measures": plan.measures[:1]}
    )
    found = [f for f in check_plan(little).findings if f.rule == "plan-read-in-full"]
    assert [f.severity for f in found] == ["warning"]
    assert f"{plan.source.pages} sider" in found[0].message
