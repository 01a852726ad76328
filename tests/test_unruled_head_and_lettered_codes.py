"""A two-row table header whose first cells are merged down and across with no rule between
them (one dark band over "Mål" and "Tiltak", beside "Ansvar" over "Hovedansvar | Samarbeid"),
and a goal column naming a lettered sub-goal by its goal's number and its letter ("II b")."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.extract.link import lettered_sub_goal, match_goal, numbered
from plancheck.models import Goal, GoalKind


def _two_row_head_pdf(path: Path, *, split_words: bool = True) -> Path:
    """A reportlab table whose header is two rows: the first two cells merged down and (no rule
    drawn between them) read by the ruling lines as one cell over two columns; "Ansvar" spans
    "Hovedansvar | Samarbeid" and "Tid" spans "Start | Slutt". ``split_words`` False: one label
    written across both first columns instead of one word in each."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    first = ["Mål", "Tiltak"] if split_words else ["Mål og tiltak for perioden", ""]
    data = [
        [first[0], first[1], "Ansvar", "", "Tid", ""],
        ["", "", "Hovedansvar", "Samarbeid", "Start", "Slutt"],
        ["1 a", "Lage en rutine for overgang", "Rådgiver skole", "PPT", "2026", "Høst 2026"],
        ["2 b", "Holde kurs for foreldre", "Helsestasjonen", "NAV", "2027", "2028"],
        ["3", "Evaluere tilbudet", "Kommunalsjef", "", "2028", "2029"],
    ]
    widths = [45, 150, 90, 80, 50, 60]
    style = [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#5b2a4e")),
        ("TEXTCOLOR", (0, 0), (-1, 1), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        # rules inside the band only where the groups are: none between the first two columns
        ("LINEBELOW", (2, 0), (-1, 0), 0.5, colors.white),
        ("LINEBEFORE", (2, 0), (2, 1), 0.5, colors.white),
        ("LINEBEFORE", (4, 0), (4, 1), 0.5, colors.white),
        ("LINEBEFORE", (3, 1), (3, 1), 0.5, colors.white),
        ("LINEBEFORE", (5, 1), (5, 1), 0.5, colors.white),
        ("GRID", (0, 2), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ]
    if not split_words:
        style.insert(0, ("SPAN", (0, 0), (1, 1)))
        style = [s for s in style if s[:3] not in (("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)))]
    table = Table(data, colWidths=widths)
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def _table_of(path: Path):
    from plancheck.pipeline import load_document

    doc = load_document(path)
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert len(tables) == 1
    return tables[0]


def test_a_header_band_merged_down_and_across_gives_each_column_its_own_label(tmp_path):
    pytest.importorskip("reportlab")
    table = _table_of(_two_row_head_pdf(tmp_path / "head.pdf"))
    assert table.header[:2] == ["Mål", "Tiltak"]
    assert table.header[2].startswith("Hovedansvar") and table.header[3].startswith("Samarbeid")
    assert table.header[5].startswith("Slutt")
    assert [r[0].text for r in table.rows] == ["1 a", "2 b", "3"]


def test_one_label_written_across_the_merged_columns_stays_one_label(tmp_path):
    pytest.importorskip("reportlab")
    table = _table_of(_two_row_head_pdf(tmp_path / "head.pdf", split_words=False))
    # the words cross the body's rule between the first two columns: a label over both
    assert "Mål og tiltak for perioden" in " ".join(table.header[:2])
    assert table.header[1] in ("", table.header[0])


def _goals() -> list[Goal]:
    out = []
    for n, (num, letters) in enumerate([("I.", "ab"), ("II.", "ab"), ("III.", "")], start=1):
        parent = Goal(id=f"g{n}", text=f"Hovedmål {n} skal nås", number=num, kind=GoalKind.goal, page=1)
        out.append(parent)
        out += [Goal(id=f"g{n}{c}", text=f"Delmål {n}{c} skal nås", number=f"{c})", kind=GoalKind.sub_goal,
                     parent_id=parent.id, page=1) for c in letters]
    return out


def test_a_number_and_a_letter_name_the_lettered_sub_goal_of_that_goal():
    goals = _goals()
    assert lettered_sub_goal("II b", goals).id == "g2b"
    assert lettered_sub_goal("I a", goals).id == "g1a"
    assert lettered_sub_goal("2b", goals).id == "g2b"  # the numeral's value in digits
    assert lettered_sub_goal("Delmål 1.a", goals).id == "g1a"
    assert match_goal("II b", goals).id == "g2b"
    assert lettered_sub_goal("III a", goals) is None  # goal III has no sub-goal a
    assert lettered_sub_goal("IV a", goals) is None  # no goal IV
    assert lettered_sub_goal("Bo trygt", goals) is None


def test_a_roman_goal_number_and_its_digits_name_the_same_goal():
    goals = _goals()
    assert [g.id for g in numbered(goals, "3")] == ["g3"]
    assert [g.id for g in numbered(goals, "III")] == ["g3"]
    assert match_goal("Mål 2", goals).id == "g2"


def _row_border_pdf(path: Path, *, borders: bool = True) -> Path:
    """A web table as a browser prints it: shaded header cells, no column rules, a thin filled
    rectangle under each body row (its bottom border, drawn cell by cell), and first cells
    wrapped over two lines whose second line starts in upper case. ``borders`` False: the same
    rows with no border under them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    cols = [(60, 330), (330, 450), (450, 540)]
    top = 120.0
    c.setFillColorRGB(0.86, 0.92, 0.95)
    for x0, x1 in cols:
        c.rect(x0, h - top - 21, x1 - x0, 21, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    for (x0, _x1), label in zip(cols, ["Indsats", "Ansvarlig", "Hvornår"], strict=True):
        c.drawString(x0 + 5, h - top - 14, label)
    rows = [
        (["Gennemføre en vurdering af skolevejene ved alle", "Skolerne Nord"], "Vej og Trafik", "2026"),
        (["Etablere sikre krydsninger ved Nordskolen og", "Sydskolen"], "Plan og Byg", "2027"),
        (["Uddele cykelhjelme til alle elever i 0. klasse"], "", "2028"),
    ]
    y = top + 21
    c.setFont("Helvetica", 9)
    for lines, owner, when in rows:
        for k, text in enumerate(lines):
            c.drawString(cols[0][0] + 5, h - y - 13 - 13 * k, text)
        c.drawString(cols[1][0] + 5, h - y - 13, owner)
        c.drawString(cols[2][0] + 5, h - y - 13, when)
        y += 13 * len(lines) + 10
        if borders:
            c.setFillColorRGB(0.78, 0.85, 0.89)
            for x0, x1 in cols:
                c.rect(x0, h - y, x1 - x0, 0.75, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        y += 9
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, h - y - 30, "Indsatsområde 2: Cykelstier")
    c.save()
    return path


def test_rules_under_the_rows_of_a_borderless_body_part_its_rows(tmp_path):
    pytest.importorskip("reportlab")
    table = _table_of(_row_border_pdf(tmp_path / "rows.pdf"))
    assert table.header == ["Indsats", "Ansvarlig", "Hvornår"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Gennemføre en vurdering af skolevejene ved alle Skolerne Nord", "Vej og Trafik", "2026"],
        ["Etablere sikre krydsninger ved Nordskolen og Sydskolen", "Plan og Byg", "2027"],
        ["Uddele cykelhjelme til alle elever i 0. klasse", "", "2028"],
    ]


def test_row_rules_are_pieced_from_cell_borders_across_the_width():
    from plancheck.layout.rules import row_rules

    def h(x0: float, x1: float, y: float) -> dict:
        return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0}

    edges = [h(60, 330, 200), h(330, 450, 200), h(450, 540, 200.5),  # a border drawn cell by cell
             h(60, 330, 240),  # under the first column only: a rule of a cell, not of the row
             h(60, 540, 280), h(60, 540, 280.7)]  # a thin rectangle's two edges: one rule
    assert row_rules(edges, 60, 540, 150, 400) == [200, 280]
    assert row_rules(edges, 60, 540, 250, 400) == [280]


def test_a_goal_label_before_a_clause_with_a_modal_labels_the_goal():
    from plancheck.extract.roles import aim_statement, heading_role

    assert heading_role("Målsætning: Flere borgere skal vælge cyklen til arbejde") == (
        "goal", "Flere borgere skal vælge cyklen til arbejde")
    assert aim_statement("Alle barn skal ha en trygg skolevei")
    assert not aim_statement("Hva vil vi oppnå med planen?")  # a question: a heading's tail
    assert not aim_statement("Klima og energi i kommunen")  # a noun phrase: no modal
    assert not aim_statement("Alle skal lykkes")  # too short for a stated aim
    assert heading_role("Mål: Hva vil vi oppnå?")[1] == ""


def test_a_sentence_pointing_at_another_document_for_the_items_is_no_item():
    from plancheck.extract.plan import points_elsewhere

    assert points_elsewhere("Indsatser under målsætning 5 (Bolig) fremgår af boligpolitikken 2025–2030.", "da")
    assert points_elsewhere("Tiltakene for bolig står i boligsosial handlingsplan.", "nb")
    assert points_elsewhere("Actions for housing are set out in the Housing Strategy 2024.", "en")
    # an item that happens to hold the phrase, not opening with a role noun
    assert not points_elsewhere("Samle alt som står i planen på én side", "nb")
    assert not points_elsewhere("Indsatser for bedre cykelstier i hele kommunen", "da")
