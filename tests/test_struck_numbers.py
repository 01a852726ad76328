"""A revised plan shows the rows it takes out struck through ('1.3 … Utgår', a thin rule through
each cell): struck text is no part of the plan, and the number it held is no gap in the plan's
numbering. Hand-built characters and plans with invented wording."""

from __future__ import annotations

from plancheck.drafts import numbering_problems
from plancheck.layout.chars import Char
from plancheck.layout.strike import split_struck
from plancheck.models import Provenance
from tests.test_drafts import Doc


def _chars(text: str, x: float, top: float = 100, size: float = 10) -> list[Char]:
    return [Char(c, x + 5 * k, top, x + 5 * (k + 1), top + size, size, "Body") for k, c in enumerate(text)]


def test_struck_characters_are_kept_apart_from_the_text():
    chars = _chars("1.3Kurs", 50)
    kept, struck = split_struck(chars, [(50.0, 106.5, 85.0, 107.5)])
    assert "".join(c.text for c in struck) == "1.3Kurs" and kept == []
    kept, struck = split_struck(chars, [(40.0, 99.0, 100.0, 100.0)])  # a rule over the line strikes nothing
    assert len(kept) == 7 and struck == []


def _plan(struck: list[str]):
    doc = Doc().heading("Mål 1", 2)
    for n in ("1.1", "1.2", "1.4"):
        doc.measure(n, f"Tiltak nummer {n} for skogen")
    doc.plan.struck = [Provenance(page=1, source_text=t) for t in struck]
    return doc.plan


def test_a_number_printed_struck_through_is_no_gap():
    assert [d.rule for d in numbering_problems(_plan([]))] == ["numbering-gap"]
    assert numbering_problems(_plan(["1.3 Rydde ungskog langs kommunale vegar Skogbrukssjefen 2030 Utgår"])) == []
    # struck text that holds another number leaves the gap a gap
    assert [d.rule for d in numbering_problems(_plan(["2.3 Kurs i motorsag Utgår"]))] == ["numbering-gap"]
