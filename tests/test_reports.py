"""The reports: what a planner reads (text, HTML) and what CI systems consume (JSON, SARIF,
JUnit, GitHub annotations)."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from test_checks_support import goal, make_plan, measure, sample_plan

from plancheck.checks import check_plan, load_rules
from plancheck.models import Coverage, Evidence, MandatePoint
from plancheck.report import FORMATS, render

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text(encoding="utf-8")
)
RULES = load_rules(plugins=False)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def result(plan=None, **kw):
    return check_plan(plan or sample_plan(), rules=RULES, **kw)


def mandate_result():
    coverage = [
        Coverage(
            id="mp1",
            text="Beskrive dagens tilbud",
            status="covered",
            evidence=[Evidence(page=2, quote="Kommunen har i dag fire barnehager", node_id="p3")],
        ),
        Coverage(
            id="mp2",
            text="Vurdere klima, universell utforming og bredbånd",
            status="partial",
            evidence=[Evidence(page=4, quote="Alle nye bygg skal være universelt utformet")],
            missing=["klima", "bredbånd"],
        ),
        Coverage(id="mp3", text="Kartlegge behovet for boliger", status="uncovered"),
    ]
    points = [MandatePoint(id=c.id, text=c.text, page=1) for c in coverage]
    return result(coverage=coverage, mandate_points=points)


# --------------------------------------------------------------------------- text


def test_text_groups_findings_under_their_goal_and_ends_with_the_summary():
    text = render("text", [result()], rules=RULES)
    lines = text.splitlines()
    g1 = next(i for i, line in enumerate(lines) if line.startswith("Mål 1: Alle barn"))
    g2 = next(i for i, line in enumerate(lines) if line.startswith("Mål 2: Flere unge"))
    owner = next(i for i, line in enumerate(lines) if "Tiltaket har ingen ansvarlig" in line)
    goal_finding = next(
        i for i, line in enumerate(lines) if "Ingen tiltak følger opp målet" in line
    )
    # measure findings under goal 1, the goal's own finding under goal 2
    assert g1 < owner < g2 < goal_finding
    assert "(s. 3)" in lines[g1]
    assert (
        lines[owner].lstrip().startswith("s. 5")
        and "feil" in lines[owner]
        and "[measure-has-owner]" in lines[owner]
    )
    assert lines[-1] == "2 feil, 3 advarsler"


def test_text_quotes_what_the_message_does_not_already_say():
    row = "Tidlig hjelp | Informere om tilbudet | | Hver høst"
    plan = make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m1", "Informere om tilbudet", ("g1",), source=row, due="2025")],
    )
    text = render("text", [result(plan)])
    assert "«Informere om tilbudet»" in text
    assert row not in text  # the row adds nothing the message does not say
    # a finding whose message does not quote its item gets the quote on its own line
    text = render(
        "text",
        [result(make_plan([goal("g1", "Mål 1")], [], [], title="Kommunedelplan for idrett"))],
    )
    assert "Planen\n" in text and "«Kommunedelplan for idrett»" in text


def test_text_in_english_and_unlinked_measures():
    plan = make_plan(
        [goal("g1", "Goal")],
        [],
        [
            measure("m1", "Linked action", ("g1",), due="2025"),
            measure("m2", "Loose action", (), owners=("All departments",), due="2025"),
        ],
    )
    text = render("text", [result(plan, lang="en")], lang="en")
    goal_at = text.index("Goal: Goal  (p. 3)")
    loose_at = text.index("Not linked to a goal")
    assert goal_at < text.index("The measure has no owner: «Linked action»") < loose_at
    assert loose_at < text.index("Responsibility lies with «All departments»")
    assert text.rstrip().endswith("1 error, 1 warning")


def test_text_colour_only_when_asked():
    plain = render("text", [result()])
    coloured = render("text", [result()], color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == plain


def test_text_summary_counts_and_several_plans():
    clean = make_plan(
        [goal("g1", "Mål")], [], [measure("m1", "Tiltak", ("g1",), owners=("PPT",), due="2025")]
    )
    text = render("text", [result(), result(clean, suppress=set())])
    assert "Ingen feil eller advarsler" in text
    assert text.rstrip().endswith("Til sammen: 2 feil, 3 advarsler")


def test_text_shows_the_coverage_matrix():
    text = render("text", [mandate_result()])
    assert "Mandat" in text and "1 av 3 punkter dekket, 1 delvis, 1 ikke" in text
    assert re.search(r"dekket\s+Beskrive dagens tilbud", text)
    assert "s. 2: «Kommunen har i dag fire barnehager»" in text
    assert "Mangler: klima, bredbånd" in text
    assert "Planen svarer ikke på dette punktet i mandatet: «Kartlegge behovet for boliger»" in text
    assert "Mandat" not in render("text", [result()])


# --------------------------------------------------------------------------- JSON


def test_json_is_the_check_result_contract():
    data = json.loads(render("json", [result()]))
    assert set(data) == {
        "schema_version",
        "findings",
        "summary",
        "coverage",
        "parent_coverage",
        "child_goals",
        "plan",
    }
    assert data["findings"][0]["fingerprint"]
    two = json.loads(render("json", [result(), result()]))
    assert isinstance(two, list) and len(two) == 2
    # deterministic: the same input gives the same bytes
    assert render("json", [result()]) == render("json", [result()])


# --------------------------------------------------------------------------- SARIF


def sarif_of(results, **kw):
    return json.loads(render("sarif", results, rules=RULES, **kw))


def test_sarif_validates_against_the_official_schema():
    log = sarif_of([result(), mandate_result()])
    jsonschema.validate(log, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert log["version"] == "2.1.0"
    # the schema in tests/data is the real one: a wrong level is refused
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    broken = copy.deepcopy(log)
    del broken["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_sarif_locations_name_the_pdf_and_the_page():
    log = sarif_of([result()])
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    owner = next(r for r in run["results"] if r["ruleId"] == "measure-has-owner")
    assert rules[owner["ruleIndex"]]["id"] == "measure-has-owner"
    assert rules[owner["ruleIndex"]]["defaultConfiguration"]["level"] == "error"
    loc = owner["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "plan.pdf"
    assert loc["region"]["properties"]["page"] == 5
    assert loc["region"]["snippet"]["text"] == "Informere om tilbudet på foreldremøter"
    assert owner["message"]["text"].endswith("(s. 5)")
    assert owner["partialFingerprints"]["plancheckFingerprint/v1"] == next(
        f.fingerprint for f in result().findings if f.rule == "measure-has-owner"
    )
    assert {r["level"] for r in run["results"]} == {"error", "warning"}
    assert run["artifacts"][0]["mimeType"] == "application/pdf"


def test_sarif_several_documents_and_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = result(sample_plan(str(tmp_path / "plans" / "oppvekst plan.pdf")))
    outside = result(sample_plan("/elsewhere/helse.pdf"))
    log = sarif_of([inside, outside, inside])
    jsonschema.validate(log, SCHEMA)
    uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
    assert uris == ["plans/oppvekst%20plan.pdf", "file:///elsewhere/helse.pdf"]
    indexes = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["index"]
        for r in log["runs"][0]["results"]
    }
    assert indexes == {0, 1}


# --------------------------------------------------------------------------- JUnit


def test_junit_fails_on_findings_at_fail_on():
    xml = render("junit", [result()], rules=RULES, fail_on="error")
    root = ET.fromstring(xml)
    suite = root.find("testsuite")
    assert suite.get("name") == "plan.pdf"
    assert suite.get("failures") == "2"
    failures = [c for c in suite.iter("testcase") if c.find("failure") is not None]
    assert {c.get("classname") for c in failures} == {
        "plancheck.goal-has-measure",
        "plancheck.measure-has-owner",
    }
    owner = next(c for c in failures if c.get("classname") == "plancheck.measure-has-owner")
    assert "page: 5" in owner.find("failure").text
    # rules without findings are passing test cases, so the report shows what was checked
    passing = [
        c
        for c in suite.iter("testcase")
        if c.find("failure") is None and c.find("system-out") is None
    ]
    assert "plancheck.plan-has-action-part" in {c.get("classname") for c in passing}
    assert int(suite.get("tests")) == len(list(suite.iter("testcase")))
    warn = ET.fromstring(render("junit", [result()], rules=RULES, fail_on="warning"))
    assert warn.find("testsuite").get("failures") == "5"


# --------------------------------------------------------------------------- GitHub


def test_github_annotations_escape_properties_and_data():
    plan = make_plan(
        [goal("g1", "Mål")],
        [],
        [measure("m1", "Tiltak", ("g1",), due="2025")],
        path="plans/plan, 2025: ny.pdf",
    )
    res = result(plan)
    res.findings[0].message = "100 % sikkert\nandre linje"
    out = render("github", [res])
    first = out.splitlines()[0]
    assert first == (
        "::error file=plans/plan%2C 2025%3A ny.pdf,title=measure-has-owner (s. 5)::100 %25 sikkert%0Aandre linje"
    )
    assert out.splitlines()[-1] == "plancheck: 1 feil, 0 advarsler"
    warn = render("github", [result()]).splitlines()
    assert any(
        line.startswith("::warning file=plan.pdf,title=owner-is-accountable (s. 6)::")
        for line in warn
    )


# --------------------------------------------------------------------------- HTML


def test_html_is_one_self_contained_file():
    html = render("html", [mandate_result()])
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nb">' in html
    assert "<style>" in html
    for outside in ("<script src", "<link", "@import", "url(", "http://", "https://"):
        assert outside not in html
    # the one script is the inline filter; every picture is a data: URI
    assert html.count("<script") == 1
    assert all(src.startswith('"data:image/') for src in html.split("src=")[1:])


def test_html_puts_findings_beside_their_item_with_page_refs():
    html = render("html", [result()])
    rows = html.split('<div class="row ')
    (body,) = [r for r in rows if r.startswith('kind-measure d1" id="m2"')]
    assert "Informere om tilbudet på foreldremøter" in body and "(s. 5)" in body
    assert 'class="finding sev-error"' in body and "Tiltaket har ingen ansvarlig" in body
    assert "measure-has-deadline" in body and 'class="finding sev-warning"' in body
    # measures come under their goal
    assert html.index('id="g1"') < html.index('id="m2"') < html.index('id="g2"')
    assert "2 feil, 3 advarsler" in html


def test_html_escapes_plan_text():
    plan = make_plan(
        [goal("g1", "<script>alert(1)</script> & «mål»")],
        [],
        [measure("m1", "T", ("g2",), owners=("PPT",), due="2025")],
    )
    html = render("html", [result(plan)])
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «mål»" in html


def test_html_shows_bidirectional_overrides_and_controls_as_symbols():
    """A right-to-left override in a document's text would turn the report's own words around
    in the browser; like the terminal, the HTML report shows it as a symbol."""
    plan = make_plan(
        [goal("g1", "Alle barn \u202egnirts desrever\u202c skal\x1b[31m trives")],
        [],
        [measure("m1", "T", ("g2",), owners=("PPT",), due="2025")],
    )
    html = render("html", [result(plan)])
    assert "\u202e" not in html and "\u202c" not in html and "\x1b" not in html
    assert "Alle barn \ufffdgnirts desrever\ufffd skal\u241b[31m trives" in html


def test_html_coverage_matrix_only_with_a_mandate():
    html = render("html", [mandate_result()])
    start = html.index('<table class="coverage">')
    table = html[start : html.index("</table>", start)]
    assert table.count("<tr id=") == 3
    assert "Kommunen har i dag fire barnehager" in table and "klima, bredbånd" in table
    assert "ikke dekket" in table
    assert '<table class="coverage">' not in render("html", [result()])


def test_every_format_renders_an_empty_result():
    empty = result(make_plan())
    for fmt in FORMATS:
        assert render(fmt, [empty], rules=RULES)


def test_a_title_read_from_one_huge_line_is_shortened_in_the_reports():
    # a PDF whose text is all one line: the layout reads that line as the title; the report's
    # heading shows its start, not the whole document again
    long = " ".join(["Tiltak: Etablere et tilbud for barn og unge i kommunen."] * 400)
    res = result(make_plan(title=long))
    text = render("text", [res], rules=RULES)
    head = text.splitlines()[0]
    assert head.endswith("  (plan.pdf)") and len(head) < 250 and "…" in head
    html = render("html", [res], rules=RULES)
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert len(h1) < 250 and "…" in h1 and len(title) < 300
    # a title of ordinary length is kept as it is
    assert render("text", [result()], rules=RULES).splitlines()[0].startswith(
        "Handlingsplan for tidlig innsats 2024–2027  (plan.pdf)"
    )
