"""Pages where a table, not text, decides what the column cut must do: a table carried on at the
head of the next column beside a text column, and the short last page of a two-column table
whose running header and footer stand over one side only. Hand-built words for the column stage."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.columns import looks_like_columns, xy_cut
from plancheck.layout.words import Word

FULL = "lang linje som fyller spalten"  # 5 pt a letter: about 160 pt


def _mark(k: int, x0: float, top: float, x1: float, bottom: float) -> Word:
    """A table's place among the page's words, as the page layout marks it (no size)."""
    return Word(f"\x00table{k}", x0, top, x1, bottom, 0.0)


def _text_column() -> list[Word]:
    words = line_words("Skills and work", 62, 192, size=14)
    for k in range(3):
        words += line_words(FULL, 62, 210 + 14 * k)
    words += line_words("A The Council will have safe streets", 62, 260)
    words.append(_mark(1, 57, 300, 278, 390))
    words += line_words("B All pupils will take part", 62, 413)
    words.append(_mark(2, 57, 452, 278, 555))
    return words


def test_a_table_alone_beside_a_text_column_is_read_after_it():
    """The right column holds only the rest of the left column's last table: read after the
    left column, not level with its heading."""
    words = [*_text_column(), _mark(0, 306, 191, 527, 555)]
    regions = xy_cut(words, 595)
    order = [k for k, r in enumerate(regions) if any(w.text == "\x00table0" for w in r.words)]
    assert len(order) == 1
    right = regions[order[0]]
    assert all(w.text == "\x00table0" for w in right.words) and right.column
    assert order[0] == len(regions) - 1  # after every region of the left column


def _short_table_page() -> tuple[list[Word], list[Word]]:
    left = line_words("Hällnäs kommun · Handlingsplan för äldreomsorg", 62, 35)  # the running header
    left += line_words("Insats", 62, 71.4)
    left += line_words("Ta fram en gemensam rutin för övergången", 62, 119.2) + line_words("och skola", 62, 133.1)
    left += line_words("Genomföra energieffektivisering i kommunens", 62, 157.0)
    left += line_words("byggnader", 62, 170.9)
    left += line_words("Sida 3", 62, 793.2)  # the footer
    right = line_words("Ansvarig förvaltning (klart)", 360, 71.4)
    right += line_words("Förskolechef (Löpande)", 360, 95.3)  # the rest of the row the page break cut
    right += line_words("Alla förvaltningar (Vid behov)", 360, 119.2)
    right += line_words("Elevhälsan (31.12.2025)", 360, 157.0)
    return left, right


def test_the_short_last_page_of_a_two_column_table_is_no_pair_of_text_columns():
    """Three rows: each row starts level on both sides; the right side breaks once more where
    the left cell is empty (the rest of the row cut by the page break), and the running header
    and footer over the left side only have no row on the right to match."""
    left, right = _short_table_page()
    assert not looks_like_columns([left, right], 595)


def test_text_columns_under_a_header_over_one_side_stay_columns():
    """Two columns of running text, paragraphs starting beside the middle of the other's lines."""
    left = line_words("Hällnäs kommun Handlingsplan 2025 2028", 62, 35)
    right: list[Word] = []
    for k in range(12):
        top = 71.4 + 14 * k + (6 if k >= 5 else 0)
        left += line_words(FULL + " og mer", 62, top)
        right += line_words(FULL + " og mer", 330, 71.4 + 14 * k + (6 if k >= 3 else 0) + (6 if k >= 8 else 0))
    left += line_words("Sida 3", 62, 793.2)
    assert looks_like_columns([left, right], 595)


def test_a_short_column_beside_a_long_one_whose_breaks_it_shares_stays_a_column():
    """The left column ends early with two items whose breaks stand level with two of the right
    column's many: the right breaks far more often, so the first row does not count and the
    page is no table (a short column beside a long one)."""
    left = line_words("3 TRANSPORT", 62, 60) + line_words(FULL, 62, 74) + line_words(FULL, 62, 88)
    left += line_words("Action Item A", 62, 120) + line_words("Establish baseline now", 62, 134)
    left += line_words("Action Item B", 62, 160) + line_words(FULL, 62, 174) + line_words("information", 62, 188)
    right = line_words("4 RENEWABLE", 330, 60) + line_words(FULL, 330, 74) + line_words(FULL, 330, 88)
    top = 120.0
    for _ in range(8):
        right += line_words(FULL, 330, top) + line_words(FULL, 330, top + 14)
        top += 40
    assert looks_like_columns([left, right], 595)
