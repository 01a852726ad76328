"""How a mandate finding names its point: the printed number and the mandate's page, so the
planner finds it ("punkt 8 (s. 2)"), and what is missing only when something is named."""

from __future__ import annotations

from test_checks_support import sample_plan

from plancheck.checks import check_plan, load_rules
from plancheck.checks.engine import missing_note, point_reference
from plancheck.mandate.match import planner_words
from plancheck.models import Coverage, Evidence, MandatePoint
from plancheck.report import render
from plancheck.report.labels import point_number

RULES = load_rules(plugins=False)


def test_point_reference_gives_number_and_page_in_each_language():
    assert point_reference("8", 2, "nb") == "punkt 8 (s. 2)"
    assert point_reference("b)", None, "nn") == "punkt b"
    assert point_reference("3.", 1, "en") == "point 3 (p. 1)"
    # S1, S2 … are the tool's ids for requirements in the prose: not printed in the mandate
    assert point_reference("S2", 3, "nb") == "dette kravet (s. 3)"
    assert point_reference(None, None, "en") == "this point"


def test_missing_note_is_empty_when_nothing_is_named():
    assert missing_note([], "nb") == ""
    assert missing_note(None, "en") == ""
    assert missing_note(["klima", "bredbånd"], "nn") == " (manglar: klima, bredbånd)"


def test_point_number_in_the_matrix():
    assert point_number(Coverage(id="m", text="t", number="4", status="covered")) == "4. "
    assert point_number(Coverage(id="m", text="t", number="c)", status="covered")) == "c) "
    assert point_number(Coverage(id="m", text="t", number="S1", status="covered")) == ""
    assert point_number(Coverage(id="m", text="t", status="covered")) == ""


def test_findings_and_matrix_name_the_point():
    coverage = [
        Coverage(id="mp1", text="Kartlegge behovet for boliger", number="8", page=2,
                 status="uncovered"),
        Coverage(id="mp2", text="Beskrive tilbudet", number="S1", page=1, status="partial",
                 evidence=[Evidence(page=3, quote="Tilbudet består av fire barnehager")]),
    ]
    points = [MandatePoint(id=c.id, text=c.text, number=c.number, page=c.page) for c in coverage]
    res = check_plan(sample_plan(), rules=RULES, coverage=coverage, mandate_points=points)
    messages = [f.message for f in res.findings if f.rule == "mandate-point-covered"]
    assert "Planen svarer ikke på punkt 8 (s. 2) i mandatet: «Kartlegge behovet for boliger»" in messages
    # partial with no concern named: no "(mangler: –)"
    assert "Planen svarer bare delvis på dette kravet (s. 1) i mandatet: «Beskrive tilbudet»" in messages
    text = render("text", [res], rules=RULES)
    assert "8. Kartlegge behovet for boliger" in text
    assert "S1" not in text
    html = render("html", [res], rules=RULES)
    assert "8. Kartlegge behovet for boliger" in html


def test_a_suspended_compound_is_missing_with_its_partner():
    assert planner_words(["Kapasiteten", "vann-", "avløpsanleggene"], "nb") == [
        "Kapasiteten",
        "vann- og avløpsanleggene",
    ]
    assert planner_words(["land-", "sjøareal"], "sv") == ["land- och sjøareal"]


def test_parent_goal_findings_give_the_page_in_the_parent_plan():
    from plancheck.checks.engine import page_note
    from plancheck.models import ParentCoverage

    assert page_note(4, "nb") == " (s. 4)" and page_note(None, "en") == ""
    pcov = [
        ParentCoverage(id="P1", text="Flere skal bo trygt hjemme", page=3, status="not_followed_up"),
        ParentCoverage(id="P2", text="Levende sentrum", status="partial", missing=["handel"]),
    ]
    res = check_plan(sample_plan(), rules=RULES, parent_coverage=pcov)
    messages = [f.message for f in res.findings if f.rule == "parent-goal-followed-up"]
    assert any(m.startswith("Målet i overordnet plan (s. 3) er ikke fulgt opp") for m in messages)
    assert any(
        m.startswith("Målet i overordnet plan er bare delvis fulgt opp (mangler: handel)")
        for m in messages
    )
