"""A ruled table cut by the page break whose first column's cell spans rows: a browser draws the
rows beside it with their rules, leaves the spanning cell's foot undrawn, paints the lines of the
cell the rows beside it do not reach under the table's foot ("… med 50" in the cell, "prosent
innan 2030" under it), and draws the cell again, empty, beside the rows it spans on the next
page. The cell's lines under the foot are the cell's, and its text goes on over the rows of the
next page (:func:`plancheck.layout.tables.run_on_below`). Invented plan; the pages are drawn
with reportlab's canvas at the geometry Chromium prints."""

from __future__ import annotations

from pathlib import Path

from plancheck.layout.settings import DEFAULT
from plancheck.layout.tables import run_on_below
from plancheck.layout.words import Word

COLS = [62, 233, 541, 680, 780]  # the column rules
HEAD = ["Mål", "Tiltak", "Ansvar", "Frist"]


def _w(text: str, x: float, top: float) -> Word:
    return Word(text, x, top, x + 5.2 * len(text), top + 10.5, 10)


def test_the_lines_right_under_a_cell_left_open_inside_its_column_are_the_cells():
    placed = [(w, (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in (_w("direkte", 67, 493.5), _w("med", 67, 507.7))]
    box = (62.0, 489.0, 233.0, 522.0)
    under = [_w("prosent", 67, 522.0), _w("innan", 110, 522.0), _w("2030", 140, 522.0), _w("Side", 62, 566.0)]
    assert [w.text for w in run_on_below(under + [w for w, _x, _y in placed], placed, box, DEFAULT)] == ["prosent", "innan", "2030"]
    # a line running across the column's edge is the text after the table
    across = [_w("Planen", 67, 522.0), _w("skal", 300, 522.0)]
    assert run_on_below(across, placed, box, DEFAULT) == []
    # a line a paragraph's space below is no part of the cell
    apart = [_w("Planen", 67, 540.0)]
    assert run_on_below(apart, placed, box, DEFAULT) == []


def test_how_far_under_the_foot_a_cell_runs_on_is_a_layout_setting():
    placed = [(w, (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in (_w("direkte", 67, 493.5), _w("med", 67, 507.7))]
    box = (62.0, 489.0, 233.0, 522.0)
    # two lines under the foot, one line-height apart each; the same word twice on a line
    under = [_w("prosent", 67, 522.0), _w("innan", 110, 522.0), _w("2030", 140, 522.0),
             _w("og", 67, 533.0), _w("og", 110, 533.0)]
    assert [w.text for w in run_on_below(under, placed, box, DEFAULT)] == ["prosent", "innan", "2030", "og", "og"]
    # looked at over one line-height only: the second line is out of reach
    near = DEFAULT.model_copy(update={"run_on_reach_lines": 1.0})
    assert [w.text for w in run_on_below(under, placed, box, near)] == ["prosent", "innan", "2030"]


def _draw(path: Path, pages: list[tuple[list[list[str]], list[str], bool]]) -> None:
    """Each page: rows of (goal lines, action, owner, deadline) under the head; ``overflow``
    lines of the last row's goal cell painted under the table's foot; ``open`` leaves the goal
    column's foot undrawn (the last row's goal cell spans on over the break)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setLineWidth(0.75)
    for rows, overflow, open_foot in pages:
        y = 60.0  # top-down
        c.setFont("Helvetica-Bold", 10)
        for x, head in zip(COLS, HEAD, strict=False):
            c.drawString(x + 5, height - (y + 14), head)
        c.line(COLS[0], height - y, COLS[-1], height - y)
        tops = [y]
        y += 20
        c.line(COLS[0], height - y, COLS[-1], height - y)
        tops.append(y)
        c.setFont("Helvetica", 10)
        for k, (goal, action, owner, when) in enumerate(rows):
            lines = goal.split("\n") if goal else []
            n = max(len(lines), 1)
            for i, text in enumerate(lines):
                c.drawString(COLS[0] + 5, height - (y + 12 + 14.3 * i), text)
            c.drawString(COLS[1] + 5, height - (y + 12), action)
            c.drawString(COLS[2] + 5, height - (y + 12), owner)
            c.drawString(COLS[3] + 5, height - (y + 12), when)
            y += 4 + 14.3 * n
            last = k == len(rows) - 1
            # the goal column's rule under the row: drawn where the next row starts a goal of its own
            start = 0 if (not last and rows[k + 1][0]) or (last and not open_foot) else 1
            c.line(COLS[start], height - y, COLS[-1], height - y)
            tops.append(y)
        for i, text in enumerate(overflow):
            c.drawString(COLS[0] + 5, height - (y + 10 + 14.3 * i), text)
        for x in COLS:
            c.line(x, height - tops[0], x, height - tops[-1])
        c.setFont("Helvetica", 9)
        c.drawString(62, 30, "Side")
        c.showPage()
    c.save()


def test_a_spanning_goal_cell_cut_by_the_break_keeps_its_end_and_spans_the_next_pages_rows(tmp_path: Path):
    from plancheck.pipeline import extract_plan

    pdf = tmp_path / "plan.pdf"
    page1 = [(f"Elevene lærer fag {k}", f"Tiltak A{k}: Utvide leksehjelpen", "Skolesjef", "2026")
             for k in range(1, 19)] + [
        ("Kommunen skal redusere de direkte\nklimagassutslippene med 50", "Tiltak B: Bygge ladepunkter ved rådhuset",
         "Eiendom", "2027"),
    ]
    page2 = [
        ("", "Tiltak C: Kartlegge energibruken i skolene", "Eiendom", "2026"),
        ("", "Tiltak D: Fase ut fossil oppvarming", "Teknisk drift", "2028"),
    ]
    _draw(pdf, [(page1, ["prosent innen 2030"], True), (page2, [], False)])
    plan = extract_plan(pdf)
    goal = next(g for g in plan.goals if "klimagassutslippene" in g.text)
    assert goal.text.rstrip(".").endswith("50 prosent innen 2030")
    served = " | ".join(m.text for m in plan.measures if goal.id in m.goal_ids)
    assert all(word in served for word in ("ladepunkter", "energibruken", "oppvarming")), served


def test_a_goal_cell_merged_down_to_the_page_foot_goes_on_with_a_figure_in_mid_sentence(tmp_path: Path):
    """The goal cell spans the last rows of page 1 and breaks off on a word no phrase ends on
    ("… sammenlignet med"); page 2's first row opens the cell's column with a figure in
    mid-sentence ("2019 for hele kommunen"): the cell's rest, not a goal of its own."""
    from plancheck.pipeline import extract_plan

    pdf = tmp_path / "plan.pdf"
    page1 = [(f"Elevene lærer fag {k}", f"Tiltak A{k}: Utvide leksehjelpen", "Skolesjef", "2026") for k in range(1, 18)] + [
        ("Kommunen skal halvere utslippene\nsammenlignet med", "Tiltak B: Bygge ladepunkter ved rådhuset", "Eiendom", "2027"),
        ("", "Tiltak C: Kartlegge energibruken i skolene", "Eiendom", "2026"),
    ]
    page2 = [("2019 for hele kommunen", "Tiltak D: Fase ut fossil oppvarming", "Teknisk drift", "2028")]
    _draw(pdf, [(page1, [], False), (page2, [], False)])
    plan = extract_plan(pdf)
    assert not any(g.text.startswith("2019") for g in plan.goals)
    goal = next(g for g in plan.goals if "halvere" in g.text)
    assert goal.text.rstrip(".").endswith("sammenlignet med 2019 for hele kommunen")
    served = " | ".join(m.text for m in plan.measures if goal.id in m.goal_ids)
    assert all(word in served for word in ("ladepunkter", "energibruken", "oppvarming")), served
