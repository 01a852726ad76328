"""The mechanisms blind plans batch 18 asked for, each on small hand-built input: a filled PDF
form's fields read as page text, a form's table drawn box by box, owners and deadlines in a
table keyed by measure numbers, deadlines inherited from sibling year headings, owners
inherited from group rows of a measure table, owners not decided yet, goal sentences repeated
as a summary's bullets, and work reported as completed."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell, Table

# --------------------------------------------------------------------------- form fields


def _form_pdf(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A page with a printed head line and, under it, one row of three filled text fields
    (no border, value in the appearance) for each row: what a filled, unflattened form holds."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, h - 100, "Action")
    c.drawString(300, h - 100, "Lead")
    c.drawString(420, h - 100, "Due")
    cols = [(58, 236), (298, 116), (418, 116)]
    for k, row in enumerate(rows):
        y = h - 130 - k * 33
        for j, ((x, w), value) in enumerate(zip(cols, row, strict=True)):
            c.acroForm.textfield(name=f"f{k}_{j}", value=value, x=x, y=y, width=w, height=30,
                                 borderWidth=1, borderColor=None, fontName="Helvetica", fontSize=9)
    c.showPage()
    c.save()
    return path


def _page_text(pdf: Path, settings: LayoutSettings = DEFAULT) -> str:
    from plancheck.layout.document import assemble, read_pages

    layout = assemble(read_pages(pdf, settings=settings))
    return " ".join(b.text for b in layout.blocks)


def test_the_values_of_a_filled_form_are_read_as_page_text(tmp_path):
    pdf = _form_pdf(tmp_path / "form.pdf", [("Paint the east wall", "Caretaker", "2027-05-31")])
    assert "Paint the east wall" in _page_text(pdf)
    # the same file read from its content streams alone: the values are not there
    assert "Paint the east wall" not in _page_text(pdf, LayoutSettings(read_form_fields=False))


def test_a_page_without_form_fields_is_not_flattened(tmp_path):
    import pypdfium2 as pdfium
    from reportlab.pdfgen import canvas

    from plancheck.layout.forms import flatten_forms

    path = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 700, "Plain text")
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    assert flatten_forms(doc, range(len(doc))) == set()
    form = pdfium.PdfDocument(str(_form_pdf(tmp_path / "form.pdf", [("A", "B", "C")])))
    assert flatten_forms(form, range(len(form))) == {0}


# --------------------------------------------------------------------------- rows drawn box by box


def _box_row(top: float, texts: list[str], col_x=(40.0, 300.0, 420.0), right: float = 540.0) -> TablePiece:
    edges = [*col_x, right]
    cells = [Cell(row=0, col=k, text=t, page=1, fill="#ffffff",
                  bbox=BBox(x0=edges[k], top=top, x1=edges[k + 1], bottom=top + 30)) for k, t in enumerate(texts)]
    return TablePiece(1, (col_x[0], top, right, top + 30), list(col_x), [cells])


def _words(texts_x: list[tuple[str, float]], top: float) -> list[Word]:
    return [Word(t, x, top, x + 5 * len(t), top + 9, 9, bold=True) for t, x in texts_x]


def test_one_row_tables_stacked_close_under_column_heads_are_one_table():
    from plancheck.layout.boxedrows import stack_boxed_rows

    rows = [_box_row(100, ["Paint the wall", "Caretaker", "2027"]), _box_row(133, ["Fix the lift", "Janitor", "2026"])]
    heads = _words([("Action", 42), ("Lead", 302), ("Due", 422)], 85)
    out = stack_boxed_rows(rows, heads)
    assert len(out) == 1
    assert [[c.text for c in r] for r in out[0].rows] == [
        ["Action", "Lead", "Due"], ["Paint the wall", "Caretaker", "2027"], ["Fix the lift", "Janitor", "2026"]]
    assert out[0].has_header
    # without a line of heads above, the rows are joined, headless
    bare = stack_boxed_rows([_box_row(100, ["a", "b", "c"]), _box_row(133, ["d", "e", "f"])], [])
    assert len(bare) == 1 and not bare[0].has_header and len(bare[0].rows) == 2


def test_stripes_a_row_apart_or_rows_of_other_columns_are_not_joined():
    from plancheck.layout.boxedrows import stack_boxed_rows

    # zebra stripes: a whole unshaded row between them
    apart = [_box_row(100, ["a", "b", "c"]), _box_row(160, ["d", "e", "f"])]
    assert len(stack_boxed_rows(apart, [])) == 2
    other = [_box_row(100, ["a", "b", "c"]), _box_row(133, ["d", "e", "f"], col_x=(40.0, 200.0, 420.0))]
    assert len(stack_boxed_rows(other, [])) == 2


# --------------------------------------------------------------------------- a table keyed by measure number


def test_measure_number_cells_ranges_and_lists():
    from plancheck.extract.keyed import row_codes

    assert row_codes("5.1–5.3") == ["5.1", "5.2", "5.3"]
    assert row_codes("4.2 - 4.4") == ["4.2", "4.3", "4.4"]
    assert row_codes("1.1, 1.2") == ["1.1", "1.2"]
    assert row_codes("3.4") == ["3.4"]
    assert row_codes("2.1–3.3") is None  # ends under different parents: no range of measures
    assert row_codes("Helse og omsorg") is None
    assert row_codes("12,1") is None or row_codes("12,1") == ["12", "1"]


def _docx_keyed(path: Path) -> Path:
    from docx import Document as Docx

    d = Docx()
    d.add_heading("Handlingsplan for idrett 2026–2029", 0)
    d.add_heading("Mål 1 Flere skal være fysisk aktive", 1)
    for n, text in [("1.1", "Bygge en ny ballbinge ved skolen"), ("1.2", "Holde åpen hall hver fredag"),
                    ("1.3", "Lage et turkart for hele kommunen")]:
        d.add_paragraph(f"Tiltak {n} {text}")
    d.add_heading("Mål 2 Flere skal bli med i et lag", 1)
    for n, text in [("2.1", "Gi støtte til nye lag"), ("2.2", "Låne ut utstyr gratis")]:
        d.add_paragraph(f"Tiltak {n} {text}")
    d.add_heading("Ansvar og frister for tiltakene", 1)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Nr.", "Ansvarlig", "Frist"], strict=True):
        c.text = h
    for row in [("1.1", "Idrettskonsulent", "2027"), ("1.2", "Kulturkontoret", "Høst 2026"),
                ("2.1–2.2", "Kultursjef", "31.12.2028"), ("5.1", "Rådmann", "2026")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=True):
            c.text = v
    d.save(str(path))
    return path


def test_owners_and_deadlines_of_a_table_keyed_by_measure_number_join_their_measures(tmp_path):
    import plancheck

    plan = plancheck.extract(str(_docx_keyed(tmp_path / "plan.docx")))
    by = {m.number: m for m in plan.measures}
    assert {"1.1", "1.2", "1.3", "2.1", "2.2"} <= set(by)
    assert [o.text for o in by["1.1"].owners] == ["Idrettskonsulent"] and by["1.1"].deadline.text == "2027"
    assert by["2.1"].deadline.text == by["2.2"].deadline.text == "31.12.2028"
    assert [o.text for o in by["2.2"].owners] == ["Kultursjef"]
    # a measure no row names has none, but had a place for both
    assert by["1.3"].owners == [] and by["1.3"].deadline is None
    assert by["1.3"].has_owner_column and by["1.3"].has_deadline_column
    # the row naming no measure adds none
    assert "5.1" not in by


# --------------------------------------------------------------------------- year headings


def test_a_heading_names_one_year_or_none():
    from plancheck.extract.timeheadings import heading_year

    assert heading_year("Tiltak for 2031") == "2031"
    assert heading_year("2028") == "2028"
    assert heading_year("Tiltak 2026–2028") is None
    assert heading_year("Tiltak som går over hele perioden") is None


def _docx_years(path: Path, years: list[str]) -> Path:
    from docx import Document as Docx

    d = Docx()
    d.add_heading("Handlingsplan for bibliotek 2026–2028", 0)
    d.add_heading("Mål", 1)
    d.add_paragraph("Mål 1: Flere skal låne bøker.")
    d.add_heading("Tiltak", 1)
    rows = {"2026": [("Kjøpe inn flere lydbøker", "Biblioteksjef", "1")],
            "2027": [("Åpne filial på Nordsida innen mai 2027", "Kultursjef", "1")],
            "2028": [("Lage lesekampanje for ungdom", "Bibliotekar", "1")]}
    for year in years:
        d.add_heading(f"Dette gjør vi i {year}", 2)
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ["Tiltak", "Ansvarlig", "Mål"], strict=True):
            c.text = h
        for row in rows[year]:
            for c, v in zip(t.add_row().cells, row, strict=True):
                c.text = v
    d.add_heading("Dette gjør vi hvert år", 2)
    t = d.add_table(rows=2, cols=3)
    for c, v in zip(t.rows[0].cells, ["Tiltak", "Ansvarlig", "Mål"], strict=True):
        c.text = v
    for c, v in zip(t.rows[1].cells, ["Holde leseombud i gang", "Biblioteksjef", "1"], strict=True):
        c.text = v
    d.save(str(path))
    return path


def test_measures_under_sibling_year_headings_are_due_by_that_year(tmp_path):
    import plancheck

    plan = plancheck.extract(str(_docx_years(tmp_path / "plan.docx", ["2026", "2027", "2028"])))
    due = {m.text: (m.deadline.text if m.deadline else None) for m in plan.measures}
    assert due["Kjøpe inn flere lydbøker"] == "2026"
    assert due["Lage lesekampanje for ungdom"] == "2028"
    assert due["Åpne filial på Nordsida innen mai 2027"] == "innen mai 2027"  # its own date first
    assert due["Holde leseombud i gang"] is None
    assert all(m.has_deadline_column for m in plan.measures)


def test_one_year_heading_alone_gives_no_deadline(tmp_path):
    import plancheck

    plan = plancheck.extract(str(_docx_years(tmp_path / "plan.docx", ["2026"])))
    assert all(m.deadline is None for m in plan.measures if "lydbøker" in m.text)


# --------------------------------------------------------------------------- owner group rows


def _cells(texts: list[str], row: int) -> list[Cell]:
    return [Cell(row=row, col=k, text=t) for k, t in enumerate(texts)]


def test_group_rows_naming_an_owner_give_it_to_the_rows_under_them():
    from plancheck.extract.groupowners import owner_groups

    table = Table(header=["Nr", "Indsats", "Frist"], rows=[
        _cells(["Ansvarlig: Kulturforvaltningen", "", ""], 0), _cells(["1", "Åbne et nyt bibliotek", "2027"], 1),
        _cells(["2", "Holde en bogfestival", "2026"], 2), _cells(["Ansvarlig: Skoleafdelingen", "", ""], 3),
        _cells(["3", "Give alle elever et lånerkort", "2028"], 4)])
    out = owner_groups(table)
    assert out is not None and out.header == ["Nr", "Indsats", "Frist", "Ansvarlig"]
    assert [r[-1].text for r in out.rows] == ["Kulturforvaltningen", "Kulturforvaltningen", "Skoleafdelingen"]
    # a table with an owner column, or whose first row is no group row, is left alone
    assert owner_groups(Table(header=["Indsats", "Ansvarlig"], rows=[_cells(["Ansvarlig: X", ""], 0)])) is None
    assert owner_groups(Table(header=["Nr", "Indsats", "Frist"], rows=[_cells(["1", "Åbne et bibliotek", "2027"], 0)])) is None


@pytest.mark.parametrize(("text", "lang"), [("Ikke afklaret", "da"), ("Stadig ikke afklaret", "da"), ("Fortsatt ikke avklart", "nb"),
                                            ("Ikke avklart", "nb"), ("ikkje avklart", "nn"), ("Ej fastställt", "sv")])
def test_an_owner_not_decided_yet_is_no_owner(text, lang):
    from plancheck.lang.owners import split_owners

    assert split_owners(text, lang=lang) == []


def test_two_swedish_roles_joined_by_och_are_two_owners():
    from plancheck.lang.owners import split_owners

    assert [o.text for o in split_owners("Rektor och skolsköterska", lang="sv")] == ["Rektor", "skolsköterska"]


# --------------------------------------------------------------------------- summaries and done work


def test_strategies_repeating_goal_sentences_word_for_word_are_dropped():
    from plancheck.extract.summaries import drop_goal_repeats
    from plancheck.models import Goal, Plan, SourceInfo, Strategy

    plan = Plan(source=SourceInfo(path="plan.pdf", format="pdf", sha256="", pages=1), goals=[Goal(id="goal-1", text="Alle skal ha en trygg skolevei.")],
                strategies=[Strategy(id="strategy-1", text="Alle skal ha en trygg skolevei"),
                            Strategy(id="strategy-2", text="Bygge fortau langs fylkesveien")])
    drop_goal_repeats(plan)
    assert [s.id for s in plan.strategies] == ["strategy-2"]


@pytest.mark.parametrize(("text", "lang"), [("Indsatserne fra sidste plan er afsluttet.", "da"),
                                            ("Tiltakene fra forrige periode er avsluttet.", "nb")])
def test_work_reported_as_completed(text, lang):
    from plancheck.extract.plan import reports_done_work

    assert reports_done_work(text, lang)


# --------------------------------------------------------------------------- a form's period field


def test_a_field_labelled_as_the_period_gives_the_plan_period():
    from plancheck.extract.plan import find_plan_period
    from plancheck.models import Block, BlockKind, Document, Provenance

    def doc(cell: str) -> Document:
        table = Table(header=["Enhet Solsidan skole", cell], rows=[_cells(["Dato 2026-01-05", "Rektor Per Hansen"], 0)])
        return Document(path="form.pdf", blocks=[
            Block(id="b1", kind=BlockKind.heading, text="Handlingsplan for arbeidsmiljø", provenance=Provenance(page=1)),
            Block(id="b2", kind=BlockKind.table, text="", table=table, provenance=Provenance(page=1))])

    period = find_plan_period(doc("Gjelder for perioden 2026-2027"))
    assert period is not None and (period.start, period.end) == (2026, 2027)
    # years in a table cell with no period label (a table of figures) give none
    assert find_plan_period(doc("Sykefravær 2024-2025")) is None


# --------------------------------------------------------------------------- a form's headings and numbered fields


def _words_of(spec: list[tuple[str, float, bool, str]], top: float = 100.0) -> list[Word]:
    """(text, size, bold, font) words set left to right, 5 pt per letter, 3 pt apart."""
    out, x = [], 40.0
    for text, size, bold, font in spec:
        out.append(Word(text, x, top, x + 5 * len(text), top + size, size, font, bold))
        x += 5 * len(text) + 3
    return out


def test_a_bold_heading_with_a_small_italic_note_in_brackets_is_a_heading():
    from plancheck.layout.blocks import classify
    from plancheck.layout.lines import words_to_lines

    spec = [("Goals", 11, True, "Sans-Bold"), ("this", 11, True, "Sans-Bold"), ("year", 11, True, "Sans-Bold"),
            ("(what", 7.5, False, "Sans-Oblique"), ("do", 7.5, False, "Sans-Oblique"), ("we", 7.5, False, "Sans-Oblique"),
            ("want?)", 7.5, False, "Sans-Oblique")]
    line = words_to_lines(_words_of(spec), 1)[0]
    assert line.bold and line.size == 11
    assert classify(line, 8.0)[0] == "heading"
    # the note set in the heading's own size and upright: running text
    plain = [(t, 11, b, "Sans-Bold" if b else "Sans") for t, _s, b, _f in spec]
    assert not words_to_lines(_words_of(plain), 1)[0].bold


def test_a_number_printed_in_another_type_before_larger_text_is_a_list_number():
    from plancheck.layout.blocks import classify
    from plancheck.layout.lines import words_to_lines

    words = _words_of([("1", 9.5, True, "Sans-Bold"), ("All", 9.5, False, "Sans"), ("staff", 9.5, False, "Sans"),
                       ("feel", 9.5, False, "Sans"), ("safe", 9.5, False, "Sans")])
    words[1:] = [Word(w.text, w.x0 + 8, w.top, w.x1 + 8, w.bottom, w.size, w.font, w.bold) for w in words[1:]]
    kind, number, _bullet, text = classify(words_to_lines(words, 1)[0], 7.5)
    assert (kind, number, text) == ("list", "1", "All staff feel safe")
    # a heading's number in its own type: still a numbered heading
    same = [Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, "Sans", False) for w in words]
    assert classify(words_to_lines(same, 1)[0], 7.5)[0] == "heading"


def test_a_question_in_brackets_after_a_role_heading_is_a_prompt():
    from plancheck.extract.roles import heading_role

    assert heading_role("Mål för enheten (vad vill vi uppnå i år?)")[0] == "goal"
    assert heading_role("Tiltak (hva skal gjøres?)")[0] == "measure"
    # a bracket that asks nothing and is long is no prompt: the heading names no role
    assert heading_role("Mål for enheten (slik det ble vedtatt i kommunestyret i fjor)")[0] is None
