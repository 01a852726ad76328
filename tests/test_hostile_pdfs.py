"""Hostile pages for the mechanisms added in session 14, drawn with reportlab and run through
``plancheck check`` as CI runs it: 20 000 characters turned upright (each its own text object,
and one run of them in one column), text at every angle, a cross matrix of 200 columns of 'X'
and overlapping rows of tiles.

Each page is readable, so plancheck must read it (exit 0 or 1, a valid report, nothing on
stderr) well inside ``--timeout``: each takes about two seconds, and a quadratic step over
its characters or cells would take minutes, which the generous limit turns into exit 2 and a
failure here. That the limit holds for the whole run is checked on the largest page with a
limit it cannot meet: one line and exit 2, never a traceback.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from plancheck.cli import main

pytest.importorskip("reportlab")

LIMIT = "60"  # seconds: thirty times what each page takes, so a loaded runner does not flake


def _canvas(path: Path, size: tuple[float, float] | None = None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=size or A4)
    w, h = size or A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, h - 50, "Handlingsplan for klima 2026–2029")
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 70, "Mål 1 Utslippene skal ned med 50 prosent innen 2030.")
    return c, w, h


def _turned(c, x: float, y: float, angle: float, text: str, size: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont("Helvetica", size)
    c.drawString(0, 0, text)
    c.restoreState()


def upright_objects(path: Path, n: int = 20000) -> Path:
    """``n`` characters turned upright, each its own text object, in columns across the page:
    each column one run of touching characters (one label), alternately upward and downward."""
    c, w, h = _canvas(path)
    per = int(math.sqrt(n)) + 1
    step_x, step_y = (w - 60) / per, (h - 160) / per
    for k in range(n):
        col, row = divmod(k, per)
        up = col % 2 == 0
        y = 60 + row * step_y if up else h - 100 - row * step_y
        _turned(c, 30 + col * step_x, y, 90 if up else 270, "Tiltak"[k % 6], 4)
    c.save()
    return path


def one_run(path: Path, angle: float = 90, n: int = 20000) -> Path:
    """One string of ``n`` characters turned by ``angle`` (it runs far off the page)."""
    c, _w, _h = _canvas(path)
    _turned(c, 300, 200, angle, ("Bidrar til mål " * (n // 15 + 1))[:n], 6)
    c.save()
    return path


def every_angle(path: Path) -> Path:
    """A measure table's words and a goal at 0, 45, 90, 180 and 270 degrees and odd angles
    between, overlapping one another."""
    c, _w, _h = _canvas(path)
    for k, angle in enumerate((0, 45, 90, 135, 180, 225, 270, 315, 1, 89, 91, 179, 269, 359, 30, 60)):
        for j, text in enumerate(("Mål 2 Flere skal sykle", "Tiltak Ansvarlig Frist", "1 Bygge sykkelvei Kommunen 2027")):
            _turned(c, 120 + 180 * j, 200 + 30 * k, angle, text, 9)
    c.save()
    return path


def wide_marks(path: Path, goals: int = 196, rows: int = 20) -> Path:
    """A cross matrix of 200 columns, ruled as in tests/test_cross_matrix_and_rotated_headers.py:
    number, measure, owner and deadline, then ``goals`` goal columns under one spanning 'Bidrar
    til mål' cell, labelled 1, 2, 3 … on the row under it and marked 'X' in every other cell."""
    from test_cross_matrix_and_rotated_headers import _grid

    colw = 24.0  # the labels set in 9 pt stay inside their cells
    c, _w, h = _canvas(path, (500 + colw * goals + 40, 842))
    c.drawString(50, h - 84, "Mål 2 Flere skal sykle til skolen.")
    c.drawString(50, h - 98, "Mål 3 Alle skal ha kort vei til bussen.")
    cols = [40, 60, 300, 400, 500] + [500 + colw * (k + 1) for k in range(goals)]
    table = [
        (14, ["Nr", "Tiltak", "Ansvarlig", "Frist", "Bidrar til mål", *[None] * (goals - 1)]),
        (14, ["", "", "", "", *[str(k + 1) for k in range(goals)]]),
        *[(14, [str(r + 1), f"Bygge sykkelvei nummer {r + 1}", "Kommunen", "2027",
                *["X" if (k + r) % 2 == 0 else "" for k in range(goals)]]) for r in range(rows)],
    ]
    _grid(c, h, 130, cols, table)
    c.save()
    return path


def overlapping_tiles(path: Path) -> Path:
    """Rows of tiles headed by display numerals: one row of three as a designer sets them, then
    rows of twelve tiles 25 pt apart, overlapping each other, with icon specks beside them."""
    c, _w, h = _canvas(path)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, h - 100, "Kommunen har tre strategier")
    for row, (count, step) in enumerate(((3, 150), (12, 25), (12, 25), (40, 6))):
        for k in range(count):
            x, y = 60 + k * step, h - 170 - row * 150
            c.setFont("Helvetica-Bold", 36)
            c.drawString(x, y, str(k + 1))
            c.rect(x - 8, y + 10, 2, 2, fill=1)
            c.setFont("Helvetica", 10)
            for j, text in enumerate(("Plante flere", "trær langs", "veiene")):
                c.drawString(x, y - 20 - 12 * j, text)
    c.save()
    return path


PAGES = {
    "20000-upright-objects": upright_objects,
    "20000-upright-in-one-run": one_run,
    "20000-downward-in-one-run": lambda p: one_run(p, 270),
    "20000-at-45-degrees": lambda p: one_run(p, 45),
    "every-angle": every_angle,
    "200-columns-of-marks": wide_marks,
    "overlapping-tiles": overlapping_tiles,
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_hostile_page_is_read_within_the_limit(name, tmp_path, capfd):
    path = PAGES[name](tmp_path / f"{name}.pdf")
    code = main(["check", "--no-cache", "--timeout", LIMIT, "--format", "json", str(path)])
    out, err = capfd.readouterr()
    assert code in (0, 1), err  # exit 2 here: the page was given up on (a blow-up) or refused
    assert err == ""
    report = json.loads(out)
    assert report["plan"]["title"] and report["summary"]


def test_the_cross_matrix_of_200_columns_links_its_marks(tmp_path):
    """The wide matrix is read as one (not only survived): each measure serves the declared
    goals its row marks (1 and 3 on odd rows, 2 on even ones), and the 193 columns naming no
    declared goal link nothing."""
    from plancheck.pipeline import extract_plan

    plan = extract_plan(wide_marks(tmp_path / "wide.pdf"))
    number = {g.id: g.number for g in plan.goals}
    assert sorted(number.values()) == ["1", "2", "3"]
    assert [len(m.goal_marks) for m in plan.measures] == [98] * 20
    assert [sorted(number[g] for g in m.goal_ids) for m in plan.measures] == [["1", "3"], ["2"]] * 10


def test_the_time_limit_holds_on_the_largest_page(tmp_path, capfd):
    path = upright_objects(tmp_path / "upright.pdf")
    code = main(["check", "--no-cache", "--timeout", "0.05", "--lang", "en", str(path)])
    out, err = capfd.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plancheck: error: ") and "--timeout" in lines[0], err
