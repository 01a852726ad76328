"""JSON: the ``CheckResult`` contract (findings, summary, coverage and the extracted plan).

One document gives one object; several give a list of them, in the order checked."""

from __future__ import annotations

import json

from plancheck.models import CheckResult
from plancheck.report.pages import with_page_labels
from plancheck.report.sanitize import json_for_log


def render_json(results: list[CheckResult], **_: object) -> str:
    # each finding with the page number printed on its page (Finding.page_label)
    data = [with_page_labels(r).model_dump(mode="json") for r in results]
    text = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2)
    return json_for_log(text) + "\n"
