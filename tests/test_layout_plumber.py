"""pdfplumber pages parsed without their text find the same ruled tables.

The layout layer reads characters with pypdfium2 and asks pdfplumber only for the tables drawn
with ruling lines; :func:`plancheck.layout.plumber.graphics_only` skips drawing the text, which
was most of pdfplumber's time. Every page of the authored and defect PDFs that may hold a ruled
table, and the pages of two real plans (when present), must give the same tables both ways.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from conftest import ROOT

from plancheck.evaluate import shared_corpora_dir
from plancheck.layout.document import enough_rules, may_have_ruled_table
from plancheck.layout.plumber import graphics_only
from plancheck.layout.rules import grid_cells, has_table_grid, kept_shape, subpath_edges

LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
SHARED = shared_corpora_dir(ROOT) or ROOT / "missing"
CORPUS = sorted(
    p
    for p in [*(ROOT / "corpora" / "authored").glob("*/*.pdf"), *(ROOT / "corpora" / "defects").glob("*/*.pdf")]
    if p.parent.name != "bad-input"
)
REAL_SAMPLE = ["se_olofstrom_handlingsplan_klimat_energi_2023.pdf", "no_telemark_ungdomsrad_handlingsplan_2025.pdf"]


def tables_both_ways(path: Path) -> tuple[list, list]:
    doc = pdfium.PdfDocument(str(path))
    pages = [i for i in range(len(doc)) if may_have_ruled_table(doc[i])]
    doc.close()
    with pdfplumber.open(path) as whole, pdfplumber.open(path) as graphics:
        a = [[(t.bbox, t.cells) for t in whole.pages[i].find_tables(LINES)] for i in pages]
        b = [[(t.bbox, t.cells) for t in graphics_only(graphics.pages[i]).find_tables(LINES)] for i in pages]
        assert not any(graphics.pages[i].chars for i in pages)  # the text was not drawn
    return a, b


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_tables_without_the_text_are_the_same(path: Path):
    a, b = tables_both_ways(path)
    assert a == b


@pytest.mark.parametrize("name", REAL_SAMPLE)
def test_tables_without_the_text_are_the_same_on_real_plans(name: str):
    path = SHARED / name
    if not path.exists():
        pytest.skip("the shared real document is not present (../shared/corpora/real)")
    a, b = tables_both_ways(path)
    assert a == b


# --------------------------------------------------------------------------- pdfium's grid check
#
# pdfplumber is opened only for pages whose painted paths (read by pypdfium2) make a table
# grid (plancheck.layout.rules). A page kept out must be one where pdfplumber finds no table
# the layout keeps; every page of the authored and defect PDFs and the real plans where the
# check keeps out most pages are compared here (bench/table_pages.py compares every page of
# every corpus PDF).

REAL_GRID_SAMPLE = [
    "en_us_boulder_co_resiliency_plan_2016.pdf",
    "en_us_savannah_ga_green_plan_2009.pdf",
    "en_us_napa_ca_adaptation_plan_2024.pdf",
    "se_haparanda_klimatstrategi_2020_2050.pdf",
]


def kept_out_with_tables(path: Path) -> tuple[int, list[int]]:
    """(pages the grid check keeps out, those of them where pdfplumber keeps a table)."""
    doc = pdfium.PdfDocument(str(path))
    out = [i for i in range(len(doc)) if enough_rules(doc[i]) and not has_table_grid(doc[i])]
    doc.close()
    with pdfplumber.open(path) as pdf:
        missed = [
            i + 1
            for i in out
            if any(t.rows and kept_shape(len(t.rows), len(t.rows[0].cells)) for t in graphics_only(pdf.pages[i]).find_tables(LINES))
        ]
    return len(out), missed


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_pages_kept_out_by_the_grid_check_have_no_table(path: Path):
    _n, missed = kept_out_with_tables(path)
    assert missed == []


@pytest.mark.parametrize("name", REAL_GRID_SAMPLE)
def test_pages_kept_out_by_the_grid_check_have_no_table_on_real_plans(name: str):
    path = SHARED / name
    if not path.exists():
        pytest.skip("the shared real document is not present (../shared/corpora/real)")
    n, missed = kept_out_with_tables(path)
    assert n > 0  # the check does keep pages out of these plans
    assert missed == []


def _rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[tuple[float, float], bool]]:
    """A closed rectangle as pdfium gives it: move, three lines, a line back, closed."""
    pts = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return [(p, True) for p in pts] + [((x0, y0), True)]


def test_a_rectangle_gives_its_four_sides():
    edges = subpath_edges(_rect(10, 10, 110, 40), 100)
    sides = sorted((e["orientation"], e["x0"], e["top"], e["x1"], e["bottom"]) for e in edges if e["width"] or e["height"])
    assert sides == [
        ("h", 10, 60, 110, 60), ("h", 10, 90, 110, 90), ("v", 10, 60, 10, 90), ("v", 110, 60, 110, 90),
    ]


def test_a_single_slanted_line_is_a_vertical_edge_as_in_pdfplumber():
    (edge,) = subpath_edges([((0, 0), True), ((50, 30), True)], 100)
    assert edge["orientation"] == "v" and (edge["x0"], edge["x1"], edge["height"]) == (0, 50, 30)
    (curve,) = [e for e in subpath_edges([((0, 0), True), ((50, 30), False), ((50, 60), True)], 100)]
    assert curve["orientation"] == "v" and curve["x0"] == 50  # a curve: only its upright chord


def test_a_grid_of_boxes_is_a_table_and_stacked_or_single_boxes_are_not():
    def tables(rects):
        return grid_cells([e for r in rects for e in subpath_edges(_rect(*r), 800)])

    two_by_two = [(0, 0, 100, 20), (100, 0, 200, 20), (0, 20, 100, 40), (100, 20, 200, 40)]
    (cells,) = tables(two_by_two)
    assert len(cells) == 4
    assert tables([(0, 0, 100, 20)]) == []  # one box: one cell, no table
    assert tables([(0, 0, 100, 20), (300, 300, 400, 320)]) == []  # boxes apart
    (stack,) = tables([(0, 0, 100, 20), (0, 20, 100, 40)])  # two stacked boxes: one column
    assert len({c[0] for c in stack}) == 1


def test_kept_shape_follows_find_ruled_tables():
    assert kept_shape(2, 2) and kept_shape(1, 3)
    assert not kept_shape(5, 1) and not kept_shape(1, 2) and not kept_shape(0, 4)
