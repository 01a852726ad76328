"""Two printed pages on one PDF page (a spread): each half is cut into columns as a page of
its own — hand-built word boxes, and a reportlab spread read end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_layout_support import line_words

from plancheck.layout.columns import spread_halves
from plancheck.layout.document import page_regions
from plancheck.layout.settings import LayoutSettings
from plancheck.layout.words import Word

SPREAD_W, SPREAD_H = 1224.0, 792.0  # two letter pages side by side

FILLER = "text of the page that runs on and fills the column"


def display_line(text: str, right: float, top: float, size: float = 24) -> list[Word]:
    """A line of wide display type (14 pt per letter) set flush right at ``right``."""
    out, x = [], right - 14 * len(text)
    for t in text.split():
        out.append(Word(t, x, top, x + 14 * len(t), top + size, size))
        x += 14 * (len(t) + 1)
    return out


def spread_words() -> list[Word]:
    """Left page: a display heading of four stacked lines in a narrow strip, level with the
    first lines of a text column beside it. Right page: a heading over two text columns whose
    lines stand at the same heights."""
    words: list[Word] = []
    for i, t in enumerate(["ALPHA", "BRAVOCHARLIE", "DELTA ECHO", "FOXTROT"]):
        words += display_line(t, 288, 40 + 31 * i)
    for i in range(14):
        words += line_words(f"left{i} {FILLER}", 324, 40 + 16 * i)
    words += line_words("A HEADING OVER THE RIGHT PAGE", 700, 40, size=16)
    for i in range(7):
        words += line_words(f"first{i} {FILLER}", 648, 500 + 16 * i)
        words += line_words(f"second{i} {FILLER}", 936, 500 + 16 * i)
    return words


def region_texts(words: list[Word], width: float = SPREAD_W, height: float = SPREAD_H) -> list[str]:
    regions, _ = page_regions(words, width, height)
    return [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]


def test_a_spread_is_read_page_by_page_and_column_by_column():
    got = region_texts(spread_words())
    first = [t.split()[0] for t in got]
    assert first == ["ALPHA", "left0", "A", "first0", "second0"]
    # the heading strip beside the column does not cut the column's lines into pieces
    assert all(f"left{i} " in got[1] for i in range(14))
    assert "first6" not in got[4] and "second0" not in got[3]


def test_the_halves_are_cut_against_half_the_width():
    regions, width = page_regions(spread_words(), SPREAD_W, SPREAD_H)
    assert width == SPREAD_W / 2
    assert sum(1 for r in regions if r.column) >= 4


def test_a_landscape_page_is_no_spread():
    # the same two pages on a page only as wide as a landscape letter page
    words = [Word(w.text, w.x0 * 792 / SPREAD_W, w.top, w.x1 * 792 / SPREAD_W, w.bottom, w.size) for w in spread_words()]
    assert spread_halves(words, 792, 612) is None


def test_a_word_at_the_fold_makes_one_page():
    words = spread_words() + line_words("across", 600, 300)
    assert spread_halves(words, SPREAD_W, SPREAD_H) is None


def test_a_wide_table_parted_at_the_middle_is_no_spread():
    """The rows of a table stand level on both sides of the middle and hold cells apart by
    wide gaps: one table, read row by row, even with a wide empty column at the middle."""
    words: list[Word] = []
    for i in range(10):
        top = 60 + 20 * i
        words += line_words(f"Item{i} cell", 60, top) + line_words("owner", 300, top)
        words += line_words(f"2026 q{i}", 700, top) + line_words("cost 100", 1000, top)
    assert spread_halves(words, SPREAD_W, SPREAD_H) is None


def test_a_landscape_table_whose_owner_cells_wrap_is_no_spread():
    """An A4 landscape page is as wide for its height as two A4 pages side by side. A table on
    it parted at the middle, whose owner cells wrap onto lines of their own (level with
    nothing on the left), is still one table: the first line of every cell stands level with
    a line on the other side, and the right side's lines hold owner and deadline cells."""
    width, height = 842.0, 595.0
    words = line_words("Measure", 68, 86) + line_words("Lead officer", 476, 86) + line_words("By when", 658, 86)
    top = 104.0
    for i in range(6):
        words += line_words(f"Goal {i}: a goal set in a row across the table", 68, top)
        top += 18
        words += line_words(f"Measure {i} that the council will deliver", 68, top)
        words += line_words("Head of Service and", 476, top) + line_words("2027", 658, top)
        words += line_words("Climate Officer", 476, top + 12)
        top += 30
    assert spread_halves(words, width, height) is None


def test_the_fold_margin_is_a_setting():
    words = spread_words() + line_words("near", 640, 300)  # 28 pt right of the middle
    assert spread_halves(words, SPREAD_W, SPREAD_H) is not None
    assert spread_halves(words, SPREAD_W, SPREAD_H, LayoutSettings(spread_fold_margin=40)) is None


def test_a_reportlab_spread_keeps_each_page_s_paragraphs_whole(tmp_path: Path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from plancheck.pipeline import load_document

    pdf = tmp_path / "spread.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(SPREAD_W, SPREAD_H))
    for i, t in enumerate(["SOLAR", "ROOFS", "FOR ALL"]):
        c.setFont("Helvetica", 24)
        c.drawRightString(288, SPREAD_H - 60 - 31 * i, t)
    left = ("The city will install solar panels on every school roof. Each roof is surveyed first "
            "and the panels are chosen to fit the roof and the budget of the school that owns it. "
            "Work on the first schools starts in the spring and the rest follow over the year.")
    right_a = ("The second page reports the figures of the past year in a column of its own that "
               "runs beside a second column of the same width on the right half of the sheet.")
    right_b = ("This last column closes the spread with a few more lines of running text so that "
               "both columns are long enough to be read as columns of their own page.")

    def column(text: str, x: float, top: float, width: float = 252) -> None:
        c.setFont("Helvetica", 10)
        line: list[str] = []
        y = SPREAD_H - top
        for w in text.split():
            if c.stringWidth(" ".join([*line, w]), "Helvetica", 10) > width and line:
                c.drawString(x, y, " ".join(line))
                line, y = [], y - 16
            line.append(w)
        c.drawString(x, y, " ".join(line))

    column(left, 324, 60)
    column(right_a, 648, 500)
    column(right_b, 936, 500)
    c.showPage()
    c.save()
    doc = load_document(pdf)
    texts = [b.text for b in doc.blocks]
    assert any(left in t for t in texts), texts
    assert any(right_a in t for t in texts), texts
    assert not any("SOLAR" in t and "school" in t for t in texts)


def test_side_headings_in_display_type_beside_one_column_are_read_first():
    words: list[Word] = []
    for i, t in enumerate(["SOLAR", "ROOFS"]):
        words += line_words(t, 60, 60 + 30 * i, size=24)
    for i in range(10):
        words += line_words(f"line{i} {FILLER}", 200, 60 + 14 * i)
    got = region_texts(words, 595, 842)
    assert [t.split()[0] for t in got] == ["SOLAR", "line0"]


def test_labels_in_body_type_beside_one_column_stay_in_its_rows():
    words: list[Word] = []
    for i in range(10):
        words += line_words(f"Label{i}", 60, 60 + 14 * i) + line_words(f"value{i} {FILLER}", 200, 60 + 14 * i)
    got = region_texts(words, 595, 842)
    assert len(got) == 1 and got[0].startswith("Label0 value0")


def test_a_heading_line_running_past_the_column_is_no_strip_of_side_headings():
    """The end of a long heading line stands right of the column below it, level with the
    heading's start: one line, not a strip of headings beside the text."""
    words = line_words("Goal 1: Young people are seen", 60, 60, size=20)
    words += line_words("heard and", 380, 60, size=20) + line_words("and taken seriously", 60, 84, size=20)
    for i in range(10):
        words += line_words(f"row{i} {FILLER}", 60, 120 + 14 * i)
    got = region_texts(words, 595, 842)
    assert not any(t.startswith("heard") for t in got), got
