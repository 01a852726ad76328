"""Every report names the page a planner sees printed ("s. 1" on the 3rd sheet, after a cover
and a contents page), with the PDF's own page beside it where they differ; Word/OpenDocument
findings, which have no page, name their place instead."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from test_checks_support import goal, make_plan, measure
from test_report_pages import pdf_with_pages

from plancheck.checks import check_plan, load_rules
from plancheck.models import Finding, Provenance, Severity, SourceInfo
from plancheck.report import render
from plancheck.report.pages import printed_labels


def _result(path, fmt="pdf"):
    g = goal("g1", "Mål", page=2)
    m = measure("m1", "Alle barn skal ha det trygt", ("g1",), due="2025", page=3)  # no owner
    m.provenance = Provenance(page=3, source_text=m.text)
    plan = make_plan([g], [], [m])
    plan = plan.model_copy(
        update={"source": SourceInfo(path=str(path), format=fmt, sha256="", pages=3)}
    )
    return check_plan(plan, rules=load_rules(plugins=False))


def _labelled_pdf(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(
        pdf_with_pages(
            ["Forside", "Innhold", "Alle barn skal ha det trygt"],
            b"<< /Nums [0 << /S /r >> 2 << /S /D /St 1 >>] >>",
        )
    )
    return path


def test_printed_labels_keep_only_pages_numbered_otherwise(tmp_path):
    path = _labelled_pdf(tmp_path)
    assert printed_labels(path, "pdf") == {1: "i", 2: "ii", 3: "1"}
    assert printed_labels(path, "docx") == {}
    assert printed_labels(tmp_path / "gone.pdf", "pdf") == {}


def test_text_sarif_junit_and_github_name_the_printed_page(tmp_path):
    result = _result(_labelled_pdf(tmp_path))
    owner = next(f for f in result.findings if f.rule == "measure-has-owner")
    assert owner.page == 3
    text = render("text", [result])
    line = next(ln for ln in text.splitlines() if "measure-has-owner" in ln)
    assert line.lstrip().startswith("s. 1 ") and "(PDF-side 3)" in line
    sarif = json.loads(render("sarif", [result], rules=load_rules(plugins=False)))
    res = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "measure-has-owner")
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region["properties"] == {"page": 3, "pageLabel": "1"}
    assert res["message"]["text"].endswith("(s. 1, PDF-side 3)")
    root = ET.fromstring(render("junit", [result]))
    case = next(c for c in root.iter("testcase") if c.get("classname") == "plancheck.measure-has-owner")
    assert case.get("name").startswith("s. 1 (PDF-side 3): ")
    assert "printed page: 1" in ET.tostring(case, encoding="unicode")
    gh = render("github", [result], lang="en")
    assert "measure-has-owner (p. 1%2C PDF page 3)" in gh  # a comma in a property is escaped


def test_word_findings_name_their_place_in_sarif_and_junit(tmp_path):
    result = _result(tmp_path / "plan.docx", fmt="docx")
    f = Finding(
        rule="measure-has-owner",
        severity=Severity.error,
        message="Tiltaket mangler ansvarlig",
        quote="Alle barn skal ha det trygt",
        location="section 3, table 1, row 4",
    )
    result = result.model_copy(update={"findings": [f]})
    sarif = json.loads(render("sarif", [result]))
    res = sarif["runs"][0]["results"][0]
    assert res["properties"]["place"] == "section 3, table 1, row 4"
    assert "tabell 1" in res["message"]["text"]
    root = ET.fromstring(render("junit", [result]))
    case = next(root.iter("testcase"))
    assert "tabell 1" in case.get("name")
    assert "place: section 3, table 1, row 4" in case.find("failure").text


def test_survey_rows_carry_the_printed_page_and_the_word_place(tmp_path, monkeypatch):
    """A survey row says where a planner finds the finding: the printed page beside the PDF's,
    and for Word/OpenDocument input (no page) the place."""
    import plancheck.checks as checks
    import plancheck.checks.cache as cache
    from plancheck.survey import Target, survey_one

    pdf = _labelled_pdf(tmp_path)
    plan = _result(pdf).plan
    monkeypatch.setattr(cache, "load_plan", lambda path, **_: plan)
    rows = survey_one(Target(str(pdf)))
    owner = next(r for r in rows if r["rule"] == "measure-has-owner")
    assert (owner["page"], owner["page_label"], owner["place"]) == (3, "1", None)
    word = Finding(
        rule="measure-has-owner", severity=Severity.error, message="x", location="section 3, table 1, row 4"
    )
    docx = plan.model_copy(
        update={"source": SourceInfo(path=str(tmp_path / "plan.docx"), format="docx", sha256="", pages=0)}
    )
    monkeypatch.setattr(cache, "load_plan", lambda path, **_: docx)
    monkeypatch.setattr(checks, "check_plan", lambda p, **_: _result(pdf).model_copy(update={"findings": [word]}))
    (row,) = [r for r in survey_one(Target(str(tmp_path / "plan.docx"))) if r["row"] == "finding"]
    assert (row["page"], row["page_label"], row["place"]) == (None, None, "section 3, table 1, row 4")


def test_a_long_printed_label_keeps_a_space_before_the_severity(tmp_path):
    """A printed label longer than the column ('Sec1:22', a section-numbered PDF) ran into the
    severity word: 's. Sec1:22advarsel'."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(
        pdf_with_pages(
            ["Forside", "Innhold", "Alle barn skal ha det trygt"],
            b"<< /Nums [0 << /S /r >> 2 << /P (Sec1:) /S /D /St 22 >>] >>",
        )
    )
    text = render("text", [_result(path)])
    line = next(ln for ln in text.splitlines() if "measure-has-owner" in ln)
    assert "s. Sec1:22 feil" in line, line


def test_json_finding_carries_the_printed_page_label(tmp_path):
    """A developer reading the JSON report finds the page a planner sees printed beside the PDF
    page (``page_label``), and null where the two agree or nothing is printed (Word input)."""
    result = _result(_labelled_pdf(tmp_path))
    data = json.loads(render("json", [result]))
    owner = next(f for f in data["findings"] if f["rule"] == "measure-has-owner")
    assert (owner["page"], owner["page_label"]) == (3, "1")
    word = json.loads(render("json", [_result(tmp_path / "plan.docx", fmt="docx")]))
    assert all(f["page_label"] is None for f in word["findings"])
    assert result.findings[0].page_label is None  # the result itself is not changed


def test_api_check_fills_the_printed_page_label(tmp_path):
    import plancheck

    path = _labelled_pdf(tmp_path)
    g = goal("g1", "Mål", page=2)
    m = measure("m1", "Alle barn skal ha det trygt", ("g1",), due="2025", page=3)
    m.provenance = Provenance(page=3, source_text=m.text)
    plan = make_plan([g], [], [m]).model_copy(
        update={"source": SourceInfo(path=str(path), format="pdf", sha256="", pages=3)}
    )
    result = plancheck.check(plan)
    owner = next(f for f in result.findings if f.rule == "measure-has-owner")
    assert owner.page_label == "1"
