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
