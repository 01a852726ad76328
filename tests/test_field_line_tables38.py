"""Measure lines with an aligned field line under each ('Responsible: X      Target date: Y') that the
layout read as one unruled table: read again as lines (extract/fieldlines.py) — hand-built tables."""

from __future__ import annotations

from plancheck.extract.fieldlines import field_line_rows, field_line_tables
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _cells(texts: list[str], r: int) -> list[Cell]:
    return [Cell(row=r, col=c, text=t) for c, t in enumerate(texts)]


def _table(header: list[str], rows: list[list[str]], ruled: bool = False) -> Table:
    return Table(header=header, rows=[_cells(t, r) for r, t in enumerate(rows)], pages=[1], ruled=ruled)


EN = _table(["", "Responsible: Waste Services", "Target date: March 2027"],
            [["Action 1.2 Run a schools campaign on food waste", "", ""],
             ["", "Responsible: Education Services", "Target date: Q3 2027"]])


def test_an_unruled_run_of_text_and_field_rows_is_lines():
    assert field_line_rows(EN.header, EN.rows) == [
        "Responsible: Waste Services   Target date: March 2027", "Action 1.2 Run a schools campaign on food waste",
        "Responsible: Education Services   Target date: Q3 2027"]


def test_a_measure_table_is_no_run_of_field_lines():
    t = _table(["Tiltak", "Ansvar", "Frist"], [["Bygge 40 ladepunkter", "Teknisk drift", "2027"],
                                               ["Legge solceller på skolen", "Eiendom", "2028"]])
    assert field_line_rows(t.header, t.rows) is None
    # one field row is a card's record, read as it stands; a row of two texts is a table's row
    one = _table(["", "Ansvar: Teknisk drift", "Frist: 2027"], [["Bygge 40 ladepunkter", "", ""]])
    assert field_line_rows(one.header, one.rows) is None
    two = _table(["", "Ansvar: Teknisk drift", "Frist: 2027"],
                 [["Bygge 40 ladepunkter", "ved skolene", ""], ["", "Ansvar: Eiendom", "Frist: 2028"]])
    assert field_line_rows(two.header, two.rows) is None


def _doc(sv: bool = False) -> Document:
    spec = [(BlockKind.heading, "Mål 1: Färre unga ska dras in i kriminalitet" if sv else
             "Objective 1: Halve the food waste in household bins", 2, None),
            (BlockKind.paragraph, "Starta nattvandring på helgerna" if sv else
             "Action 1.1 Offer every household a free kitchen caddy", None, None),
            (BlockKind.table, "", None,
             _table(["", "Ansvarig: Fritidsförvaltningen", "Klart: hösten 2026"],
                    [["Inrätta ett trygghetsråd med polisen", "", ""],
                     ["", "Ansvarig: Kommunledningskontoret", "Klart: Q1 2027"]]) if sv else EN)]
    blocks = []
    for k, (kind, text, level, table) in enumerate(spec):
        b = Block(id=f"b{k}", kind=kind, text=text, level=level, table=table, font_size=11.0)
        b.provenance = Provenance(page=1, source_text=text)
        blocks.append(b)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def test_the_lines_replace_the_table_in_reading_order():
    doc = field_line_tables(_doc())
    assert [b.kind for b in doc.blocks] == [BlockKind.heading] + [BlockKind.paragraph] * 4
    assert doc.blocks[2].text == "Responsible: Waste Services   Target date: March 2027"
    assert field_line_tables(doc) is doc  # nothing left to read again


def test_each_measure_gets_the_fields_under_it():
    for sv, want in ((False, {"Offer every household a free kitchen caddy": (["Waste Services"], "March 2027"),
                              "Run a schools campaign on food waste": (["Education Services"], "Q3 2027")}),
                     (True, {"Starta nattvandring på helgerna": (["Fritidsförvaltningen"], "hösten 2026"),
                             "Inrätta ett trygghetsråd med polisen": (["Kommunledningskontoret"], "Q1 2027")})):
        plan = build_plan(_doc(sv), lang="sv" if sv else "en", model=None)
        got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
        assert got == want
