"""Year cells marked only by their fill (a Gantt table), and a table on a page with /Rotate 90,
on small PDFs drawn here with reportlab; the goal labels and peers these plans lean on."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_support import goal, hide_installed_plugins, make_plan, measure

from plancheck.checks import check_plan
from plancheck.extract.roles import label_role
from plancheck.extract.tables import filled_years
from plancheck.layout.tables import cell_fill, fill_colour
from plancheck.models import Cell, Section

pytest.importorskip("reportlab")

DARK = (0.11, 0.36, 0.39)
LIGHT = (0.9, 0.94, 0.95)
HEADER = ["Action", "Lead", "2026", "2027", "2028", "2029"]
COLS = [40, 330, 470, 540, 610, 680, 750]  # column edges (pt), landscape A4
ROW_H = 18


@pytest.fixture(autouse=True)
def _default_pack_only(monkeypatch):
    hide_installed_plugins(monkeypatch)


def _gantt(path: Path, rows: list[tuple[str, str, list[int] | str]], *, fills: bool = True, rotate: bool = False,
           zebra: int | None = None) -> Path:
    """A landscape page: heading, a ruled table 'Action | Lead | 2026 … 2029' with the header
    shaded, rows whose year cells listed are filled dark (a group row: its text and "group",
    shaded across), row ``zebra`` shaded light across as a stripe; with ``rotate`` the page is
    portrait with /Rotate 90 and its content drawn turned, shown landscape."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h))
    if rotate:
        # reportlab writes a landscape page with /Rotate 90 as the portrait MediaBox [0 0 595 842];
        # the content is turned a quarter anticlockwise, and the viewer turns it back
        c.setPageRotation(90)
        c.translate(A4[0], 0)
        c.rotate(90)

    def y(top: float) -> float:  # top-down → reportlab's y up
        return h - top

    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, y(60), "4 Action plan")
    c.setFont("Helvetica", 10)
    c.drawString(40, y(85), "The table lists the actions of the plan, the lead and the years they run.")
    top = 110
    lines = [top]
    all_rows = [(*HEADER[:2], "header"), *rows]
    for k, (text, lead, years) in enumerate(all_rows):
        t = top + k * ROW_H
        if years in ("header", "group") or zebra == k - 1:
            c.setFillColorRGB(*LIGHT)
            c.rect(COLS[0], y(t + ROW_H), COLS[-1] - COLS[0], ROW_H, stroke=0, fill=1)
        if fills and isinstance(years, list):
            for year in years:
                i = 2 + year - 2026
                c.setFillColorRGB(*DARK)
                c.rect(COLS[i], y(t + ROW_H), COLS[i + 1] - COLS[i], ROW_H, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(COLS[0] + 3, y(t + 12), text)
        if years == "header":
            c.drawString(COLS[1] + 3, y(t + 12), lead)
            for i, head in enumerate(HEADER[2:], start=2):
                c.drawString(COLS[i] + 3, y(t + 12), head)
        elif years != "group":
            c.drawString(COLS[1] + 3, y(t + 12), lead)
        lines.append(t + ROW_H)
    c.setLineWidth(0.5)
    for t in lines:
        c.line(COLS[0], y(t), COLS[-1], y(t))
    for k, x in enumerate(COLS):
        # a group row spans the table: no column rules through it
        for r, (_t, _l, years) in enumerate(all_rows):
            if years == "group" and 0 < k < len(COLS) - 1:
                continue
            c.line(x, y(top + r * ROW_H), x, y(top + (r + 1) * ROW_H))
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, 20, "7")
    c.showPage()
    c.save()
    return path


ROWS: list[tuple[str, str, list[int] | str]] = [
    ("Goal 1: More residents read every week", "", "group"),
    ("Hand out a book bag to every newborn", "Library", [2026, 2027, 2028, 2029]),
    ("Start story hours in three nurseries", "Library", [2026]),
    ("Train nursery staff in reading aloud", "Education", [2027, 2028]),
    ("Offer homework help at the library", "Library", []),
]


def _deadlines(path: Path) -> dict[str, tuple[str | None, bool]]:
    from plancheck.pipeline import extract_plan

    plan = extract_plan(path)
    return {m.text: (m.deadline.text if m.deadline else None, m.has_deadline_column) for m in plan.measures}


def _missing(path: Path) -> list[str]:
    from plancheck.pipeline import extract_plan

    plan = extract_plan(path)
    return sorted(f.quote.split(" | ")[0] for f in check_plan(plan, lang="en").findings if f.rule == "measure-has-deadline")


# --------------------------------------------------------------------------- cell fills (layout)


def test_fill_colours_of_grey_rgb_and_cmyk():
    assert fill_colour((1,)) == "#ffffff"
    assert fill_colour(0) == "#000000"
    assert fill_colour((0.0, 0.5, 1.0)) == "#0080ff"
    assert fill_colour((0, 0, 0, 1)) == "#000000"
    assert fill_colour("P1") is None


def test_a_cell_takes_the_last_rectangle_painted_over_most_of_it():
    box = (10.0, 10.0, 50.0, 30.0)
    assert cell_fill(box, []) == ""
    assert cell_fill(box, [(0, 0, 100, 100, "#eeeeee"), (10, 10, 50, 30, "#1d5c63")]) == "#1d5c63"
    # a rectangle covering only part of the cell (a small mark, a neighbour's edge) is not its background
    assert cell_fill(box, [(10, 10, 20, 30, "#1d5c63")]) == ""


def test_the_ruled_table_of_a_gantt_page_carries_its_cell_fills(tmp_path):
    from plancheck.ingest.pdf import read_pdf

    doc = read_pdf(_gantt(tmp_path / "g.pdf", ROWS))
    table = next(b.table for b in doc.blocks if b.table)
    assert table.header == HEADER
    fills = {r[0].text: [c.fill for c in r[2:]] for r in table.rows}
    dark = fill_colour(DARK)
    assert fills["Start story hours in three nurseries"] == [dark, "", "", ""]
    assert fills["Train nursery staff in reading aloud"] == ["", dark, dark, ""]
    assert set(fills["Goal 1: More residents read every week"]) == {fill_colour(LIGHT)}


# --------------------------------------------------------------------------- year marks (extract)


def _row(*fills: str | None, first: str | None = "") -> list[Cell]:
    cells = [Cell(row=0, col=0, text="Do it", fill=first), Cell(row=0, col=1, text="Lead", fill=first)]
    return cells + [Cell(row=0, col=2 + i, text="", fill=f) for i, f in enumerate(fills)]


YEARS = {2: 2026, 3: 2027, 4: 2028}


def test_filled_year_cells_mark_their_years_but_a_stripe_or_a_column_shade_does_not():
    rows = [
        _row("#000000", "#000000", ""),
        _row("#cccccc", "#000000", "#cccccc", first="#cccccc"),  # a zebra stripe under the bar
        _row("#cccccc", "#cccccc", "#cccccc", first="#cccccc"),  # a group row shaded across
        _row("", "", ""),
        _row(None, None, None),  # fills not read
    ]
    assert filled_years(rows, YEARS) == [[2026, 2027], [2027], [], [], None]
    # a colour in every year cell of every row is the columns' own shading
    shaded = [_row("#eeeeee", "#eeeeee", "#eeeeee"), _row("#eeeeee", "#eeeeee", "#eeeeee")]
    assert filled_years(shaded, YEARS) == [[], []]


def test_a_gantt_bar_is_due_by_its_last_filled_year_and_a_row_without_one_has_no_deadline(tmp_path):
    path = _gantt(tmp_path / "g.pdf", ROWS, zebra=3)
    got = _deadlines(path)
    assert got["Hand out a book bag to every newborn"] == ("2029", True)
    assert got["Start story hours in three nurseries"] == ("2026", True)
    assert got["Train nursery staff in reading aloud"] == ("2028", True)  # on a zebra stripe
    assert got["Offer homework help at the library"] == (None, True)
    assert _missing(path) == ["Offer homework help at the library"]


def test_the_bar_keeps_its_first_year_as_the_start(tmp_path):
    from plancheck.pipeline import extract_plan

    plan = extract_plan(_gantt(tmp_path / "g.pdf", ROWS))
    m = next(m for m in plan.measures if m.text.startswith("Train"))
    assert (m.deadline.start.year, m.deadline.end.year) == (2027, 2028)


def test_year_columns_with_no_mark_read_flag_no_row(tmp_path):
    """The same table with nothing in its year cells: how its timing is shown cannot be told,
    so no row is reported for lacking a deadline."""
    path = _gantt(tmp_path / "g.pdf", ROWS, fills=False)
    assert all(v == (None, False) for v in _deadlines(path).values())
    assert _missing(path) == []


# --------------------------------------------------------------------------- a page with /Rotate 90


def test_a_table_on_a_rotated_page_is_read_upright_in_the_shown_page(tmp_path):
    """Portrait MediaBox, /Rotate 90, content drawn turned: both character sources read the
    words upright, with boxes on the page as shown (landscape), inside the cells pdfplumber
    finds there; fills and deadlines as on the unturned page."""
    from plancheck.ingest.pdf import read_pdf
    from plancheck.layout.document import assemble, read_pages
    from plancheck.layout.settings import LayoutSettings

    path = _gantt(tmp_path / "r.pdf", ROWS, rotate=True)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    assert (pdf[0].get_rotation(), pdf[0].get_mediabox()[2:]) == (90, pytest.approx((595.3, 841.9), abs=0.1))
    pdf.close()
    doc = read_pdf(path)
    table = next(b.table for b in doc.blocks if b.table)
    assert table.header == HEADER
    cell = next(r[0] for r in table.rows if r[0].text.startswith("Train"))
    assert cell.page == 1 and cell.bbox is not None
    # the shown page is 842 wide: the cell is where the unturned drawing put it
    assert abs(cell.bbox.x0 - COLS[0]) < 1 and abs(cell.bbox.x1 - COLS[1]) < 1
    assert abs(cell.bbox.top - (110 + 4 * ROW_H)) < 1
    heading = next(b for b in doc.blocks if b.text.endswith("Action plan"))
    assert heading.provenance.bbox is not None and heading.provenance.bbox.x0 < 60
    blocks = {
        src: [(b.kind, b.text) for b in assemble(read_pages(path, settings=LayoutSettings(char_source=src))).blocks]
        for src in ("pdfium", "pdfplumber")
    }
    assert blocks["pdfium"] == blocks["pdfplumber"]
    got = _deadlines(path)
    assert got["Train nursery staff in reading aloud"] == ("2028", True)


@pytest.mark.parametrize("rotate", [False, True])
def test_the_page_number_in_the_shown_margin_of_a_rotated_page(tmp_path, rotate):
    import pypdfium2

    from plancheck.report.pages import margin_text

    pdf = pypdfium2.PdfDocument(str(_gantt(tmp_path / "r.pdf", ROWS, rotate=rotate)))
    try:
        text = margin_text(pdf[0], 0.08)
    finally:
        pdf.close()
    assert "7" in text.split() and "Action" not in text


# --------------------------------------------------------------------------- goals: labels and peers


@pytest.mark.parametrize("text", [
    "Outcome: More residents get online safely.",
    "Aim: Every school serves a warm meal.",
    "Objective: Fewer households are cold in winter.",
    "Målsetting: Fleire skal lese.",
])
def test_a_goal_word_as_a_label_makes_the_sentence_after_it_a_goal(text):
    role, _num, rest = label_role(text)
    assert role in ("goal", "sub_goal", "main_goal")
    assert rest == text.split(": ", 1)[1]


def test_a_theme_whose_one_goal_has_no_measure_is_judged_beside_the_other_themes():
    sections = [Section(id="themes", title="Our themes", level=1)] + [
        Section(id=f"t{i}", title=f"Theme {i}: {t}", level=2, parent_id="themes")
        for i, t in ((1, "Skills"), (2, "Devices"))
    ]
    plan = make_plan(
        [goal("g1", "More residents have digital skills", section_id="t1"),
         goal("g2", "No resident lacks a device", section_id="t2")],
        [],
        [measure("m1", "Run drop-in sessions", ("g1",), (), owners=("Libraries",), due="2026", section_id="act")],
        sections=[*sections, Section(id="act", title="Action plan", level=1)],
    )
    got = [f.quote for f in check_plan(plan).findings if f.rule == "goal-has-measure"]
    assert got == ["No resident lacks a device"]
    # themes without a numbered label are not one part of the plan
    for s in sections[1:]:
        s.title = s.title.split(": ")[1]
    assert [f.quote for f in check_plan(plan).findings if f.rule == "goal-has-measure"] == []


def test_a_group_row_repeating_a_goals_heading_names_that_goal():
    from plancheck.extract.link import goal_under_heading

    sections = [Section(id="t2", title="Theme 2: Access to devices", level=2),
                Section(id="t3", title="Theme 3: Services", level=2)]
    g2 = goal("g2", "No resident is left out for want of a device", section_id="t2")
    g3a = goal("g3a", "Services are simple", section_id="t3")
    g3b = goal("g3b", "Services are open", section_id="t3")
    assert goal_under_heading("THEME 2: Access to devices", [g2, g3a, g3b], sections) is g2
    assert goal_under_heading("Theme 2: Access", [g2], sections) is None
    assert goal_under_heading("Theme 3: Services", [g2, g3a, g3b], sections) is None  # two goals there


# --------------------------------------------------------------------------- Word and OpenDocument shading

YEAR_ROWS = [("Hand out a book bag", "Library", [2026, 2027]), ("Offer homework help", "Library", [])]


def test_a_word_table_shaded_as_a_gantt_gives_the_fills(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from plancheck.ingest.docx import read_docx

    d = docx.Document()
    t = d.add_table(rows=1 + len(YEAR_ROWS), cols=len(HEADER))
    for i, head in enumerate(HEADER):
        t.cell(0, i).text = head
    for r, (text, lead, years) in enumerate(YEAR_ROWS, start=1):
        t.cell(r, 0).text, t.cell(r, 1).text = text, lead
        for year in years:
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "1D5C63")
            t.cell(r, 2 + year - 2026)._tc.get_or_add_tcPr().append(shd)
    d.save(str(tmp_path / "g.docx"))
    table = next(b.table for b in read_docx(tmp_path / "g.docx").blocks if b.table)
    assert [[c.fill for c in r[2:]] for r in table.rows] == [["#1d5c63", "#1d5c63", "", ""], ["", "", "", ""]]
    assert filled_years(table.rows, {2: 2026, 3: 2027, 4: 2028, 5: 2029}) == [[2026, 2027], []]


def test_an_opendocument_table_shaded_as_a_gantt_gives_the_fills(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableCellProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    from plancheck.ingest.odt import read_odt

    doc = OpenDocumentText()
    dark = Style(name="Dark", family="table-cell")
    dark.addElement(TableCellProperties(backgroundcolor="#1D5C63"))
    doc.automaticstyles.addElement(dark)
    table = Table(name="T")
    table.addElement(TableColumn(numbercolumnsrepeated=len(HEADER)))
    for texts, years in [(HEADER, []), *(([text, lead, "", "", "", ""], years) for text, lead, years in YEAR_ROWS)]:
        tr = TableRow()
        for i, text in enumerate(texts):
            tc = TableCell(stylename=dark) if i >= 2 and 2024 + i in years else TableCell()
            tc.addElement(P(text=text))
            tr.addElement(tc)
        table.addElement(tr)
    doc.text.addElement(table)
    doc.save(str(tmp_path / "g.odt"))
    got = next(b.table for b in read_odt(tmp_path / "g.odt").blocks if b.table)
    assert [[c.fill for c in r[2:]] for r in got.rows] == [["#1d5c63", "#1d5c63", "", ""], ["", "", "", ""]]
