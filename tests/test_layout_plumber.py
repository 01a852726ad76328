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
from plancheck.layout.document import may_have_ruled_table
from plancheck.layout.plumber import graphics_only

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
