"""The pypdfium2 path and the pdfplumber path give the same blocks.

Both char sources feed the same words → lines → blocks stages, so any difference comes from
the characters themselves. Every authored and defect PDF must give identical blocks. Of the
real PDFs in ../shared/corpora/real (when present) a few small ones are compared here to keep
the suite fast; over all 23 the blocks are the same except where pdfminer maps a font's glyphs
to other letters than pdfium does (small-caps fonts with a broken ToUnicode map: pdfminer
reads "GuNNEL SiMu", pdfium "Gunnel Simu"), which no reading order can make equal.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from plancheck.evaluate import shared_corpora_dir
from plancheck.layout.document import assemble, read_pages
from plancheck.layout.settings import LayoutSettings

SHARED = shared_corpora_dir(ROOT) or ROOT / "missing"
CORPUS = sorted(
    p
    for p in [*(ROOT / "corpora" / "authored").glob("*/*.pdf"), *(ROOT / "corpora" / "defects").glob("*/*.pdf")]
    if p.parent.name != "bad-input"
)
REAL_SAMPLE = [
    "no_telemark_ungdomsrad_handlingsplan_2025.pdf",
    "se_olofstrom_handlingsplan_klimat_energi_2023.pdf",
]


def blocks(path: Path, source: str) -> list[tuple[str, str]]:
    layout = assemble(read_pages(path, settings=LayoutSettings(char_source=source)))
    return [(b.kind, b.text) for b in layout.blocks]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_both_character_sources_give_the_same_blocks(path: Path):
    assert blocks(path, "pdfium") == blocks(path, "pdfplumber")


@pytest.mark.parametrize("name", REAL_SAMPLE)
def test_both_character_sources_agree_on_real_plans(name: str):
    path = SHARED / name
    if not path.exists():
        pytest.skip("the shared real document is not present (../shared/corpora/real)")
    assert blocks(path, "pdfium") == blocks(path, "pdfplumber")


ITALIC = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf")


@pytest.mark.skipif(not ITALIC.exists(), reason="Liberation Serif Italic not installed")
def test_a_slanted_letter_ends_where_its_advance_ends(tmp_path: Path):
    """An italic 'f' reaches past its advance into the gap before the next word; its box from
    pdfium used to end there and "of the" became "ofthe". The end of a glyph is where its
    advance ends, as pdfminer gives it, so the word gap stays a gap on both paths."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("SerifItalic", str(ITALIC)))
    path = tmp_path / "italic.pdf"
    c = canvas.Canvas(str(path), pagesize=(300, 100))
    c.setFont("SerifItalic", 10)
    x = 20.0
    for word in ("Leader", "of", "the", "Council"):  # each word placed on its own, as browsers do
        c.drawString(x, 50, word)
        x += pdfmetrics.stringWidth(word + " ", "SerifItalic", 10)
    c.save()
    assert blocks(path, "pdfium") == blocks(path, "pdfplumber") == [("paragraph", "Leader of the Council")]


def test_a_winansi_bullet_without_a_glyph_name_is_a_bullet_on_both_paths(tmp_path: Path):
    """reportlab writes its Helvetica bullet as code 0x7F, which WinAnsiEncoding leaves unused
    and the PDF reference maps to the bullet; pdfminer reads "(cid:127)", pdfium "•"."""
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "bullets.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(400, 200))
    c.setFont("Helvetica", 10)
    c.drawString(40, 150, "\u2022 Healthy life expectancy is rising.")
    c.drawString(40, 135, "\u2022 One adult in four is inactive.")
    c.save()
    plumber = blocks(pdf, "pdfplumber")
    assert plumber == blocks(pdf, "pdfium")
    assert all("(cid:" not in text for _, text in plumber)
    assert [kind for kind, _ in plumber] == ["list_item", "list_item"]
