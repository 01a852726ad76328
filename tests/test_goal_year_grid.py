"""A goal × year grid: one row per goal ('Mål | 2026 | 2027 | 2028 | Løpande'), each measure written
in the cell of the year it is done, its owner in brackets after it; a box over several years is
due by the end of the last, a box over every column is a note across the row — hand-built tables
as a PDF (cell boxes) and a word processor (cells of their own) give them."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.swimlanes import grid_items
from plancheck.ingest.sections import build_sections
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance, Table

HEADER = ["Mål", "2026", "2027", "2028", "Løpande"]
LEFTS = [40.0, 200.0, 320.0, 440.0, 560.0]
RIGHT = 680.0


def _cell(r: int, c: int, text: str, span: int = 1, pdf: bool = True) -> Cell:
    x1 = LEFTS[c + span] if c + span < len(LEFTS) else RIGHT
    return Cell(row=r, col=c, text=text, page=1, bbox=BBox(x0=LEFTS[c], top=100.0 + 50 * r, x1=x1, bottom=140.0 + 50 * r) if pdf else None,
                own=not pdf)


def _covered(r: int, c: int, pdf: bool) -> Cell:
    """A column a box merged in from the left covers: no box of its own, no cell of its own."""
    return Cell(row=r, col=c, text="", page=1)


def _grid(pdf: bool) -> Table:
    rows = [
        [_cell(0, 0, "Mål 1 Alle skal kunne lese kommunens brev", pdf=pdf),
         _cell(0, 1, "Skrive om alle standardbrev (Dokumentsenteret)", span=2, pdf=pdf), _covered(0, 2, pdf),
         _cell(0, 3, "Kurse alle saksbehandlere i klarspråk (Personalavdelingen)", pdf=pdf),
         _cell(0, 4, "Måle lesbarheten hvert år (Kommunikasjonsavdelingen)", pdf=pdf)],
        [_cell(1, 0, "Mål 2 Flere skal bruke biblioteket", pdf=pdf),
         _cell(1, 1, "", pdf=pdf),
         _cell(1, 2, "Åpne biblioteket på søndager (Biblioteket) Starte lesesirkler for eldre (Frivilligsentralen)",
               pdf=pdf),
         _cell(1, 3, "", pdf=pdf), _cell(1, 4, "", pdf=pdf)],
        [_cell(2, 0, "Mål 3 Flere skal delta i frivillig arbeid", pdf=pdf),
         _cell(2, 1, "Tiltak for dette målet vedtas ved rulleringen av planen.", span=4, pdf=pdf),
         _covered(2, 2, pdf), _covered(2, 3, pdf), _covered(2, 4, pdf)],
    ]
    return Table(header=HEADER, rows=rows, pages=[1])


def _plan(table: Table):
    blocks = [Block(id="g0", kind=BlockKind.heading, text="Mål", level=1),
              Block(id="g1", kind=BlockKind.paragraph, text="Mål 1: Alle skal kunne lese kommunens brev"),
              Block(id="g2", kind=BlockKind.paragraph, text="Mål 2: Flere skal bruke biblioteket"),
              Block(id="g3", kind=BlockKind.paragraph, text="Mål 3: Flere skal delta i frivillig arbeid"),
              Block(id="b0", kind=BlockKind.heading, text="Tiltak år for år", level=1),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None)


def _read(pdf: bool) -> dict[str, tuple[list[str], str | None, list[str]]]:
    plan = _plan(_grid(pdf))
    goals = {g.id: g.text for g in plan.goals}
    return {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None,
                     sorted(goals[g][:8] for g in m.goal_ids)) for m in plan.measures}


def test_each_cell_item_is_a_measure_of_the_row_goal_due_by_its_column():
    for pdf in (True, False):
        got = _read(pdf)
        assert got["Kurse alle saksbehandlere i klarspråk"] == (["Personalavdelingen"], "2028", ["Alle ska"]), pdf
        assert got["Måle lesbarheten hvert år"][1:] == ("Løpande", ["Alle ska"]), pdf
        assert got["Åpne biblioteket på søndager"] == (["Biblioteket"], "2027", ["Flere sk"]), pdf


def test_a_box_over_two_years_is_due_by_the_end_of_the_last():
    for pdf in (True, False):
        got = _read(pdf)
        assert got["Skrive om alle standardbrev"][1] == "2027", pdf


def test_a_box_over_every_column_is_a_note_not_a_measure():
    for pdf in (True, False):
        assert not any("rulleringen" in t for t in _read(pdf)), pdf


def test_two_bracket_closed_items_in_one_cell_are_two_items():
    assert grid_items("Åpne biblioteket (Biblioteket) Starte lesesirkler (Frivilligsentralen)") == [
        "Åpne biblioteket (Biblioteket)", "Starte lesesirkler (Frivilligsentralen)"]
    # a bracket of tags followed by another bracket stays one item
    assert grid_items("Skifte lys (Mål 1) (Mål 2)") == ["Skifte lys (Mål 1) (Mål 2)"]


def test_everyone_in_lower_case_in_a_closing_bracket_is_a_bracket_owner():
    from plancheck.extract.bracketowners import closing_names

    assert closing_names("Lage ei ordliste for nettsida (alle einingar)", "nn") is not None
    assert closing_names("Lage ei ordliste (sjå kapittel tre)", "nn") is None


def test_a_goal_by_year_table_of_targets_holds_no_measures():
    rows = [[_cell(r, 0, f"Mål {r + 1} Flere skal lese"), _cell(r, 1, "Minst 60 % av elevane les dagleg"),
             _cell(r, 2, "Minst 70 % av elevane les dagleg"), _cell(r, 3, "Minst 80 % av elevane les dagleg"),
             _cell(r, 4, "")] for r in range(2)]
    plan = _plan(Table(header=HEADER, rows=rows, pages=[1]))
    assert plan.measures == []
