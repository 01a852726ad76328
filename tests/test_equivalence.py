"""A draft read as .docx/.odt gives the same plan as the PDF exported from it (issue 6).

For every authored document in corpora/: the same goals, strategies, measures, owners and
deadlines, whichever file a planner checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AUTHORED, extracted

from plancheck.ingest.text import normalise

SOURCES = sorted(p for p in AUTHORED.glob("*/*") if p.suffix in (".docx", ".odt"))


def signature(plan):
    return {
        "goals": sorted(normalise(g.text) for g in plan.goals),
        "strategies": sorted(normalise(s.text) for s in plan.strategies),
        "measures": sorted(
            (
                normalise(m.text),
                tuple(sorted(o.text for o in m.owners)),
                m.deadline.text if m.deadline else None,
                m.deadline.kind if m.deadline else None,
            )
            for m in plan.measures
        ),
    }


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_source_and_exported_pdf_give_the_same_plan(source: Path):
    pdf = source.with_suffix(".pdf")
    from_source, from_pdf = signature(extracted(str(source))), signature(extracted(str(pdf)))
    for key in ("goals", "strategies", "measures"):
        assert from_source[key] == from_pdf[key], key


def test_word_provenance_names_the_place_not_a_page():
    plan = extracted(str(AUTHORED / "handlingsplan-oppvekst" / "handlingsplan-oppvekst.docx"))
    m = plan.measures[0]
    assert m.provenance.location and m.provenance.location.endswith("table 1, row 1")
    assert plan.source.format == "docx"
