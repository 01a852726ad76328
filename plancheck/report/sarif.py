"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, VS Code viewers).

One run for all documents checked. Each result names the document (``artifactLocation``,
relative to the working directory with ``%SRCROOT%`` when it lies below it) and the page: a
PDF has no text lines, so the region is line 1 with the page in ``region.properties.page`` and
in the message text, with the page number printed on it in ``pageLabel`` when that differs
("3" on the 7th sheet); a Word/OpenDocument finding with no page names its place
(``properties.place``: "section 3, table 1, row 4"). ``partialFingerprints`` carry plancheck's fingerprint so alerts survive
edits elsewhere in the document.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from plancheck import __version__
from plancheck.checks.base import Rule, localized
from plancheck.checks.docs import rule_markdown
from plancheck.ingest.sections import place
from plancheck.models import CheckResult
from plancheck.report.labels import page_ref
from plancheck.report.pages import printed_labels
from plancheck.report.sanitize import json_for_log

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
}
SRCROOT = "%SRCROOT%"


def _name(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def artifact_location(path: str) -> dict:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return {"uri": p.as_uri()}
    return {"uri": quote(p.as_posix()), "uriBaseId": SRCROOT}


def _descriptor(rule: Rule, lang: str) -> dict:
    docs = rule.docs or {}
    d: dict = {
        "id": rule.id,
        "name": _name(rule.id),
        "shortDescription": {"text": localized(rule.summary, lang)},
        "fullDescription": {
            "text": " ".join((docs.get("why") or localized(rule.summary, "en")).split())
        },
        "help": {
            "text": " ".join((docs.get("why") or "").split()) or localized(rule.summary, lang),
            "markdown": rule_markdown(rule),
        },
        "defaultConfiguration": {"level": LEVEL[str(rule.effective_severity)]},
        "properties": {"tags": ["plancheck", rule.pack]},
    }
    return d


def render_sarif(
    results: list[CheckResult],
    *,
    lang: str = "nb",
    rules: Sequence[Rule] = (),
    failed: Sequence[tuple[str, str]] = (),
    **_: object,
) -> str:
    """The SARIF log of ``results``; each document in ``failed`` (its path and the one-line
    reason it could not be read) is an error notification of the run, so a code-scanning view
    shows that a plan was not checked rather than nothing at all."""
    rules = list(rules)
    index = {r.id: i for i, r in enumerate(rules)}
    artifacts: dict[str, dict] = {}  # by uri: a document checked twice is one artifact
    sarif_results: list[dict] = []
    for result in results:
        src = result.plan.source
        loc = artifact_location(src.path)
        if loc["uri"] not in artifacts:
            artifact: dict = {"location": loc, "roles": ["analysisTarget"]}
            mime = MIME.get(Path(src.path).suffix.lower())
            if mime:
                artifact["mimeType"] = mime
            if re.fullmatch(r"[0-9a-f]{64}", src.sha256 or ""):
                artifact["hashes"] = {"sha-256": src.sha256}
            artifacts[loc["uri"]] = artifact
        artifact_index = list(artifacts).index(loc["uri"])
        printed = printed_labels(src.path, src.format)
        for f in result.findings:
            # the printed page ("s. 3 (PDF-side 7)"), or for Word/OpenDocument input the place
            ref = page_ref(f.page, lang, printed, inline=True) or (place(f.location, lang) if f.location else "")
            region: dict = {"startLine": 1}
            if f.quote:
                region["snippet"] = {"text": f.quote}
            if f.page:
                region["properties"] = {"page": f.page}
                if f.page in printed:
                    region["properties"]["pageLabel"] = printed[f.page]
            location: dict = {
                "physicalLocation": {
                    "artifactLocation": {**loc, "index": artifact_index},
                    "region": region,
                }
            }
            if ref:
                location["message"] = {"text": ref}
            entry: dict = {
                "ruleId": f.rule,
                "level": LEVEL[str(f.severity)],
                "message": {"text": f"{f.message} ({ref})" if ref else f.message},
                "locations": [location],
                "partialFingerprints": {"plancheckFingerprint/v1": f.fingerprint},
                "properties": {
                    k: v
                    for k, v in (
                        ("page", f.page),
                        ("pageLabel", printed.get(f.page) if f.page else None),
                        ("place", f.location),
                        ("nodeId", f.node_id),
                    )
                    if v is not None
                },
            }
            if f.rule in index:
                entry["ruleIndex"] = index[f.rule]
            sarif_results.append(entry)
    run = {
        "tool": {
            "driver": {
                "name": "plancheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(r, lang) for r in rules],
            }
        },
        "language": lang,
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "artifacts": list(artifacts.values()),
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": not failed,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": reason},
                        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path)}}],
                    }
                    for path, reason in failed
                ],
            }
        ],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json_for_log(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
