"""JUnit XML for CI test-report views: one test suite per document; each finding is a test
case that fails when its severity reaches --fail-on, and each rule without findings is a
passing test case, so the report also shows what was checked."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from plancheck.checks.base import Rule, localized
from plancheck.checks.engine import at_or_above, shorten
from plancheck.ingest.sections import place
from plancheck.models import CheckResult
from plancheck.report.labels import page_ref
from plancheck.report.pages import printed_labels
from plancheck.report.sanitize import for_xml, xml_for_log


def render_junit(
    results: list[CheckResult],
    *,
    lang: str = "nb",
    rules: Sequence[Rule] = (),
    fail_on: str = "error",
    failed: Sequence[tuple[str, str]] = (),
    **_: object,
) -> str:
    """The JUnit XML of ``results``; each document in ``failed`` (its path and the one-line
    reason it could not be read) is a test suite of its own with one erroring test case, so a
    test-report view shows the plan that was not checked."""
    root = ET.Element("testsuites", name="plancheck")
    total_tests = total_failures = 0
    for result in results:
        path = result.plan.source.path
        printed = printed_labels(path, result.plan.source.format)
        suite = ET.SubElement(root, "testsuite", name=path)
        tests = failures = 0
        seen = set()
        for f in result.findings:
            seen.add(f.rule)
            tests += 1
            # the printed page, or for Word/OpenDocument input the place: "kapittel 3, tabell 1"
            ref = page_ref(f.page, lang, printed) or (place(f.location, lang) if f.location else "")
            name = f"{ref}: {shorten(f.quote, 80)}" if ref else shorten(f.quote or f.message, 80)
            case = ET.SubElement(
                suite, "testcase", classname=f"plancheck.{f.rule}", name=name, file=path
            )
            body = "\n".join(
                x
                for x in (
                    f.message,
                    f"rule: {f.rule}",
                    f"page: {f.page}" if f.page else "",
                    f"printed page: {printed[f.page]}" if f.page in printed else "",
                    f"place: {f.location}" if f.location and not f.page else "",
                    f"quote: {f.quote}" if f.quote else "",
                    f"fingerprint: {f.fingerprint}",
                )
                if x
            )
            if at_or_above(f.severity, fail_on):
                failures += 1
                fail = ET.SubElement(case, "failure", message=f.message, type=str(f.severity))
                fail.text = body
            else:
                ET.SubElement(case, "system-out").text = f"{f.severity}: {body}"
        for rule in rules:
            if rule.id not in seen:
                tests += 1
                ET.SubElement(
                    suite,
                    "testcase",
                    classname=f"plancheck.{rule.id}",
                    name=localized(rule.summary, lang),
                    file=path,
                )
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total_tests += tests
        total_failures += failures
    for path, reason in failed:
        suite = ET.SubElement(
            root, "testsuite", name=path, tests="1", failures="0", errors="1", skipped="0"
        )
        case = ET.SubElement(suite, "testcase", classname="plancheck.input", name=path, file=path)
        ET.SubElement(case, "error", message=reason, type="input").text = reason
        total_tests += 1
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", str(len(failed)))
    _xml_safe(root)
    ET.indent(root)
    body = xml_for_log(ET.tostring(root, encoding="unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _xml_safe(root: ET.Element) -> None:
    """Every text and attribute made :func:`for_xml`: ElementTree writes control characters
    from a document as they are, which no XML parser accepts."""
    for el in root.iter():
        if el.text:
            el.text = for_xml(el.text)
        for key, value in el.attrib.items():
            el.set(key, for_xml(value))
