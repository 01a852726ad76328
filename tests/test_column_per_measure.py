"""A wide table whose first column holds field labels ('Kva gjer vi / Ansvarleg / Frist') and
whose every further column is one measure: one record per column
(:func:`plancheck.extract.fieldrows.column_records`)."""

from __future__ import annotations

import pytest

from plancheck.extract.fieldrows import column_records, field_records
from plancheck.models import Cell, Table


def _cells(texts: list[str], row: int = 0) -> list[Cell]:
    return [Cell(row=row, col=k, text=t) for k, t in enumerate(texts)]


def _sheet() -> Table:
    return Table(header=["", "Tiltak 2.1", "Tiltak 2.2", "Tiltak 2.3"], rows=[
        _cells(["Kva gjer vi", "Opprette ei kontaktordning", "Halde eit årleg møte", "Lage ei nettside"], 0),
        _cells(["Ansvarleg", "Næringsavdelinga", "Kulturkontoret og Frivilligsentralen", ""], 1),
        _cells(["Frist", "1.1.2027", "Kvar vår", "2026"], 2),
        _cells(["Kostnad (kr)", "250 000 per år", "50 000", "30 000"], 3)])


def test_each_further_column_of_a_labelled_sheet_is_one_record_with_its_heads_number():
    recs = field_records(_sheet())
    assert recs is not None
    assert recs.header[1:] == ["Kva gjer vi", "Ansvarleg", "Frist", "Kostnad (kr)"]
    assert [[c.text for c in r] for r in recs.rows] == [
        ["2.1", "Opprette ei kontaktordning", "Næringsavdelinga", "1.1.2027", "250 000 per år"],
        ["2.2", "Halde eit årleg møte", "Kulturkontoret og Frivilligsentralen", "Kvar vår", "50 000"],
        ["2.3", "Lage ei nettside", "", "2026", "30 000"]]


def test_a_sheet_without_heads_and_with_an_empty_trailing_column_reads_the_filled_columns():
    table = Table(header=["Tiltak", "Rydde stiar", "Merke løyper", ""], rows=[
        _cells(["Ansvar", "Teknisk drift", "Turlaget", ""], 0), _cells(["Frist", "2027", "Vår 2026", ""], 1)])
    recs = column_records(table)
    assert recs is not None and recs.header == ["Tiltak", "Ansvar", "Frist"]
    assert [[c.text for c in r] for r in recs.rows] == [["Rydde stiar", "Teknisk drift", "2027"],
                                                        ["Merke løyper", "Turlaget", "Vår 2026"]]


def test_a_table_whose_first_column_holds_units_or_figures_is_no_sheet():
    units = Table(header=["", "2026", "2027"], rows=[
        _cells(["Helsestasjonen", "Kartleggje behov", "Evaluere"], 0),
        _cells(["Skulane", "Lage plan", "Følgje opp"], 1)])
    assert column_records(units) is None
    figures = Table(header=["", "2020", "2025"], rows=[_cells(["Fritidsbustader", "1 890", "2 104"], 0),
                                                       _cells(["Nye tomter", "64", "112"], 1)])
    assert column_records(figures) is None


def test_an_ordinary_measure_table_and_a_card_drawn_over_two_columns_are_no_sheet():
    ordinary = Table(header=["Tiltak", "Ansvar", "Frist"], rows=[_cells(["Rydde stiar", "Teknisk drift", "2027"], 0)])
    assert column_records(ordinary) is None
    # one item's text in a cell merged over both value columns: a card, one record
    card = Table(header=["Tiltak", "Rydde stiar", "Rydde stiar"], rows=[
        _cells(["Ansvar", "Teknisk drift", "Teknisk drift"], 0), _cells(["Frist", "2027", "2027"], 1)])
    assert column_records(card) is None
    assert [[c.text for c in r] for r in field_records(card).rows] == [["Rydde stiar", "Teknisk drift", "2027"]]


def test_a_sheet_with_no_owner_or_deadline_row_or_a_label_twice_is_no_sheet():
    no_fields = Table(header=["", "A", "B"], rows=[_cells(["Tiltak", "Rydde stiar", "Merke løyper"], 0)])
    assert column_records(no_fields) is None
    twice = Table(header=["", "A", "B"], rows=[
        _cells(["Tiltak", "Rydde stiar", "Merke løyper"], 0), _cells(["Ansvar", "Drift", "Turlaget"], 1),
        _cells(["Ansvar", "Drift", "Turlaget"], 2)])
    assert column_records(twice) is None


def test_a_landscape_pdf_with_one_column_per_measure_reads_owner_and_deadline_from_the_same_column(tmp_path):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as RLTable

    from plancheck.mandate.evaluate import load_plan

    ss = getSampleStyleSheet()
    path = tmp_path / "plan.pdf"
    data = [["", "Tiltak 4.1", "Tiltak 4.2", "Tiltak 4.3"],
            ["Kva gjer vi", "Rydde og merke stiane rundt vatnet", "Setje opp nye skilt ved alle innfallsportar",
             "Kartleggje slitasje på dei mest brukte turvegane"],
            ["Ansvarleg", "Teknisk drift", "Kulturkontoret og Turlaget", ""],
            ["Frist", "Haust 2026", "", "2027"]]
    t = RLTable([[Paragraph(c, ss["BodyText"]) for c in row] for row in data], colWidths=[110, 200, 200, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story = [Paragraph("Handlingsplan for friluftsliv 2026–2029", ss["Title"]),
             Paragraph("Mål 4", ss["Heading2"]),
             Paragraph("Innbyggjarane skal ha gode og trygge turvegar nær der dei bur", ss["Heading2"]), t]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    plan = load_plan(path, lang="nn")
    got = [(m.text, m.owner_text, m.deadline and m.deadline.text) for m in plan.measures]
    assert got == [(data[1][k], data[2][k] or None, data[3][k] or None) for k in (1, 2, 3)]
    assert [m.number for m in plan.measures] == ["4.1", "4.2", "4.3"]


def test_a_sheet_with_no_text_row_takes_each_measure_from_its_columns_head():
    table = Table(header=["", "Byggje ny gangbru over elva", "Setje opp nye gatelys i undergangen"], rows=[
        _cells(["Ansvarleg", "Kommunalteknikk", "Drift og vedlikehald"], 0), _cells(["Frist", "2027", "Haust 2026"], 1)])
    recs = column_records(table)
    assert recs is not None and recs.header[1:] == ["Ansvarleg", "Frist"]
    assert [[c.text for c in r] for r in recs.rows] == [
        ["Byggje ny gangbru over elva", "Kommunalteknikk", "2027"],
        ["Setje opp nye gatelys i undergangen", "Drift og vedlikehald", "Haust 2026"]]


@pytest.mark.parametrize("heads", [["", "2026", "2027"], ["", "Skule A", "Skule B"], ["", "Ansvar", "Frist"],
                                   ["", "Byggje ny gangbru over elva", ""]])
def test_heads_of_years_short_names_or_column_words_or_one_head_alone_are_no_measures(heads):
    table = Table(header=heads, rows=[_cells(["Ansvarleg", "Kommunalteknikk", "Drift"], 0),
                                      _cells(["Frist", "2027", "Haust 2026"], 1)])
    assert column_records(table) is None


def test_a_card_whose_text_is_broken_over_two_cells_stays_one_card():
    card = Table(header=["Action", "Plan for long-", "term care places"], rows=[
        _cells(["Owner", "Health and care services", ""], 0), _cells(["Deadline", "2027", ""], 1)])
    assert column_records(card) is None
    recs = field_records(card)
    assert recs is not None and len(recs.rows) == 1
