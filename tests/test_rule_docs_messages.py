"""A rule's documentation page shows the messages a reader meets in the report.

A draft rule prints one message per kind of defect (its ``variants``); its generic ``message``
is never printed, so the page must list the variants, or the docs promise wording the report
does not use.
"""

from __future__ import annotations

from plancheck.checks.docs import rule_markdown
from plancheck.drafts import DraftRule


def test_draft_rule_page_lists_the_messages_of_its_variants():
    rule = DraftRule(
        id="x-rule",
        summary={"nb": "Sammendrag", "nn": "Samandrag", "en": "Summary"},
        message={"nb": "Generisk «{text}»", "nn": "Generisk «{text}»", "en": "Generic «{text}»"},
        variants={
            "one": {"nb": "Første slag «{found}»", "nn": "Første slaget «{found}»", "en": "First kind «{found}»"},
            "two": {"nb": "Andre slag «{found}»", "nn": "Andre slaget «{found}»", "en": "Second kind «{found}»"},
        },
        docs={},
    )
    page = rule_markdown(rule)
    messages = page.split("## Messages", 1)[1]
    assert "| warning | Første slag «{found}» | Første slaget «{found}» | First kind «{found}» |" in messages
    assert "Second kind «{found}»" in messages
    assert "Generic" not in messages
