"""Ditto marks in a table ('"', '〃', 'dito', 'som over'): a cell holding only one takes the value
printed in the same column of the row above, chained, never across a group band
(:mod:`plancheck.extract.dittos`)."""

from __future__ import annotations

import pytest

from plancheck.extract.dittos import ditto_table, ditto_tables, same_as_above
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _rows(rows: list[list[str]]) -> list[list[Cell]]:
    return [[Cell(row=i, col=k, text=t) for k, t in enumerate(r)] for i, r in enumerate(rows)]


def _texts(table: Table) -> list[list[str]]:
    return [[c.text for c in r] for r in table.rows]


@pytest.mark.parametrize(("mark", "lang"), [('"', "nb"), ("〃", "nn"), ("-\"-", "da"), ("dito", "nb"), ("Do.", "da"),
                                            ("d:o", "sv"), ("som over", "nb"), ("Same as above", "en"), ("ditto", "en")])
def test_a_mark_or_the_languages_same_as_above_alone_is_a_ditto(mark, lang):
    assert same_as_above(mark, lang)


@pytest.mark.parametrize("text", ["", "Helse og omsorg", '"Leve hele livet"', "2026", "Som over alt annet"])
def test_a_value_or_a_quotation_is_no_ditto(text):
    assert not same_as_above(text, "nb")


def test_a_ditto_cell_takes_the_value_above_chained_and_an_empty_cell_above_gives_none():
    table = Table(header=["Nr", "Tiltak", "Ansvar", "Frist"], rows=_rows([
        ["1.1", "Kartlegge behov", "Hjemmetjenesten og fastlegene", "Høst 2026"],
        ["1.2", "Låne ut hjelpemidler", '"', '"'],
        ["1.3", "Lage rutine", "〃", "2027"],
        ["1.4", "Lage sjekkliste", "dito", ""],
        ["1.5", "Gi kurs", "", "Løpende"],
        ["1.6", "Evaluere", '"', '"']]))
    got = ditto_table(table, "nb")
    assert got is not None
    assert [r[2:] for r in _texts(got)] == [
        ["Hjemmetjenesten og fastlegene", "Høst 2026"], ["Hjemmetjenesten og fastlegene", "Høst 2026"],
        ["Hjemmetjenesten og fastlegene", "2027"], ["Hjemmetjenesten og fastlegene", ""],
        ["", "Løpende"], ["", "Løpende"]]


def test_a_ditto_never_reaches_across_a_band_merged_over_the_table():
    band = "Mål 2: Eldre skal trene mer"
    table = Table(header=["Tiltak", "Ansvar", "Frist"], rows=_rows([
        ["Kartlegge behov", "Hjemmetjenesten", "2026"],
        [band, band, band],
        ["Starte treningsgrupper", '"', '"']]))
    got = ditto_table(table, "nb")
    assert got is not None and _texts(got)[2] == ["Starte treningsgrupper", "", ""]


def test_a_measure_cell_and_a_table_without_marks_are_left_as_they_are():
    table = Table(header=["Tiltak", "Ansvar"], rows=_rows([["Kartlegge behov", "Hjemmetjenesten"], ['"', "NAV"]]))
    assert ditto_table(table, "nb") is None


def _block(table: Table, page: int) -> Block:
    return Block(id=f"b{page}{len(table.header)}", kind=BlockKind.table, text=" | ".join(table.header), table=table, provenance=Provenance(page=page))


def test_a_table_continued_on_the_next_page_looks_up_to_the_last_row_of_its_first_part():
    head = ["Tiltak", "Ansvar", "Frist"]
    first = Table(header=head, rows=_rows([["Kartlegge behov", "Hjemmetjenesten", "2026"]]))
    second = Table(header=head, rows=_rows([["Lage rutine", '"', '"']]))
    other = Table(header=["Aktivitet", "Ansvarlig", "Når"], rows=_rows([["Gi kurs", '"', "2027"]]))
    doc = Document(path="plan.pdf", blocks=[_block(first, 1), _block(second, 2), _block(other, 2)])
    out = ditto_tables(doc, "nb")
    assert _texts(out.blocks[1].table) == [["Lage rutine", "Hjemmetjenesten", "2026"]]
    assert _texts(out.blocks[2].table) == [["Gi kurs", "", "2027"]]  # another table: nothing above


def test_a_word_table_with_ditto_marks_gives_each_measure_the_owner_and_deadline_above(tmp_path):
    from docx import Document as Docx

    from plancheck.mandate.evaluate import load_plan

    d = Docx()
    d.add_heading("Handlingsplan for trafikksikkerhet 2026–2029", 0)
    d.add_paragraph("Mål 1: Ingen barn skal bli skadet på skoleveien.")
    rows = [("Nr", "Tiltak", "Ansvar", "Frist"),
            ("1.1", "Bygge fortau langs skoleveien til Nordbygda skole", "Drift og vedlikehold", "2027"),
            ("1.2", "Sette opp nye gatelys i undergangen ved idrettsplassen", '"', '"'),
            ("1.3", "Gjennomføre sykkelopplæring for alle elever på 5. trinn", "Oppvekstsektoren", "Hvert år"),
            ("1.4", "Merke gangfeltene foran barnehagene på nytt", "dito", "")]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, text in zip(cells, r, strict=True):
            c.text = text
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = load_plan(path, lang="nb")
    got = [(m.owner_text, m.deadline and m.deadline.text) for m in plan.measures]
    assert got == [("Drift og vedlikehold", "2027"), ("Drift og vedlikehold", "2027"),
                   ("Oppvekstsektoren", "Hvert år"), ("Oppvekstsektoren", None)]


def test_a_deadline_bullet_beside_bulleted_measures_may_be_a_ditto_too():
    from plancheck.extract.parallelcells import parallel_values

    assert parallel_values(3, '• Vår 2026 • " • 2027', "deadline", "nb") == ["Vår 2026", "Vår 2026", "2027"]
    assert parallel_values(3, "• Rektor • dito • NAV", "owner", "nb") == ["Rektor", "Rektor", "NAV"]
