"""A responsibility matrix (ansvarsmatrise): a header cell with an owner word spans narrow unit
columns, and a row's owners are the units whose cell holds a mark — hand-built tables."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import MARK_GLYPHS, mark_owner_columns
from plancheck.ingest.docx import read_docx
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

HEADER = ["Tiltak", "Oppvekst (Ansvar)", "Helse (Ansvar)", "Kultur (Ansvar)", "Frist"]
ROWS = [
    ["Mål 1: Flere skal gå og sykle til jobb.", "", "", "", ""],
    ["Rydde stier i bydelene", "", "X", "✓", "2026"],
    ["Innføre aktive friminutt", "x", "", "", "Høst 2025"],
    ["Kartlegge møteplasser for unge", "", "", "", "2026"],
]


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _plan(table: Table):
    blocks = [Block(id="b0", kind=BlockKind.heading, text="Tiltak og ansvar", level=1),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None)


def test_the_unit_columns_under_an_owner_word_are_mark_columns():
    t = _table(HEADER, ROWS)
    roles = ["measure", None, None, None, "deadline"]
    assert mark_owner_columns(t.header, t.rows, roles) == {1: "Oppvekst", 2: "Helse", 3: "Kultur"}


def test_the_owners_are_the_marked_units_and_no_mark_is_no_owner():
    plan = _plan(_table(HEADER, ROWS))
    got = {m.text: [o.text for o in m.owners] for m in plan.measures}
    assert got == {
        "Rydde stier i bydelene": ["Helse", "Kultur"],
        "Innføre aktive friminutt": ["Oppvekst"],
        "Kartlegge møteplasser for unge": [],
    }
    # the table has an owner column: the row without a mark is a missing owner, not unread
    assert all(m.has_owner_column for m in plan.measures)


def test_a_matrix_whose_rows_mark_no_unit_yet_is_read_all_the_same():
    """A one-row matrix whose row marks no unit ('Kartlegge …' with a deadline alone): the header
    still says the unit columns are owner columns, so the row is a measure without an owner, not
    an unread table. A single unmarked column under a spanning cell is no matrix."""
    rows = [ROWS[0], ROWS[3]]
    t = _table(HEADER, rows)
    assert mark_owner_columns(t.header, t.rows, ["measure", None, None, None, "deadline"]) == {
        1: "Oppvekst", 2: "Helse", 3: "Kultur"}
    plan = _plan(t)
    assert [(m.text, [o.text for o in m.owners]) for m in plan.measures] == [("Kartlegge møteplasser for unge", [])]
    one = _table(["Tiltak", "Helse (Ansvar)", "Frist"], [["Kartlegge møteplasser for unge", "", "2026"]])
    assert mark_owner_columns(one.header, one.rows, ["measure", None, "deadline"]) == {}


def test_columns_with_words_in_them_are_no_mark_columns():
    rows = [r[:] for r in ROWS]
    rows[2][1] = "Rektor"
    t = _table(HEADER, rows)
    assert mark_owner_columns(t.header, t.rows, ["measure", None, None, None, "deadline"]) == {}


def test_a_spanning_cell_without_an_owner_word_is_no_matrix():
    header = ["Tiltak", "2025 (Kostnad)", "2026 (Kostnad)", "Frist"]
    t = _table(header, [["Tiltak A", "X", "", "2026"]])
    assert mark_owner_columns(t.header, t.rows, ["measure", None, None, "deadline"]) == {}


def test_of_a_lead_and_a_partner_group_the_lead_group_owns():
    header = ["Tiltak", "Helse (Hovedansvar)", "Kultur (Hovedansvar)", "Helse (Medansvar)", "Kultur (Medansvar)"]
    t = _table(header, [["Tiltak A", "X", "", "", "X"]])
    assert mark_owner_columns(t.header, t.rows, ["measure", None, None, None, None]) == {1: "Helse", 2: "Kultur"}


def test_the_mark_glyphs_are_a_data_list():
    assert {"X", "x", "✓", "•"} <= set(MARK_GLYPHS)


def test_a_word_table_names_a_spanned_column_by_its_own_label_and_the_span_in_brackets(tmp_path: Path):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 3).text = "Tiltak", "Ansvar", "Frist"
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 3).merge(t.cell(1, 3))
    t.cell(1, 1).text, t.cell(1, 2).text = "Helse", "Kultur"
    for r in (0, 1):
        t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {w}/>"))
    t.cell(2, 0).text, t.cell(2, 2).text, t.cell(2, 3).text = "Starte dansekurs for eldre", "X", "2026"
    path = tmp_path / "m.docx"
    d.save(str(path))
    table = read_docx(path).blocks[0].table
    assert table.header == ["Tiltak", "Helse (Ansvar)", "Kultur (Ansvar)", "Frist"]
