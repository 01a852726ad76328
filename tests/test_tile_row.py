"""A row of tiles headed by display numerals ("1st", "2", "03") beside a caption: each tile read
on its own, its numeral as its item number — hand-built pages."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.layout.columns import tile_badge, tile_row, xy_cut
from plancheck.layout.document import assemble, layout_page
from plancheck.layout.marks import bullet_words
from plancheck.layout.words import Word
from plancheck.models import BlockKind

BADGES = ("1st", "2nd", "3rd")
PHRASES = (("Plant more", "street trees"), ("Open the", "river banks"), ("Cool the", "school yards"))


def tile_page(badge_size: float = 30, numerals: tuple[str, ...] = BADGES) -> list[Word]:
    """A bold caption of five lines at the left, then three tiles: a numeral in ``badge_size``
    pt over two lines of 10 pt text, 70 pt apart; the numerals level with the caption's top."""
    words: list[Word] = []
    for i, text in enumerate(("The town has", "three ways to", "keep the", "streets cool in", "summer")):
        words += line_words(text, 50, 700 + 12 * i)
    for k, (numeral, (one, two)) in enumerate(zip(numerals, PHRASES, strict=True)):
        x = 230 + 130 * k
        words.append(Word(numeral, x, 700, x + 0.6 * badge_size * len(numeral), 700 + badge_size, badge_size, bold=True))
        words += line_words(one, x, 732)
        words += line_words(two, x, 744)
    return words


def read(words: list[Word]) -> list[str]:
    return [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in xy_cut(words, 595)]


def test_tiles_are_read_one_by_one_after_their_caption():
    got = read(tile_page())
    assert got[0] == "The town has three ways to keep the streets cool in summer"
    assert got[1:] == ["1st Plant more street trees", "2nd Open the river banks", "3rd Cool the school yards"]


def test_without_display_numerals_the_row_reads_as_before():
    # numerals in the text's own size are no badges: the row is left to the other readings
    words = tile_page(badge_size=10)
    parts = [[w for w in words if lo <= w.x0 < lo + 130] for lo in (0, 230, 360, 490)]
    assert tile_row(parts) is None
    assert tile_row([[w for w in words if w.x0 >= 230]]) is None  # one part: no row
    assert "1st Plant more street trees" not in read(words)


def test_a_badge_holds_a_digit_and_is_short():
    part = [Word("Goal", 0, 0, 40, 30, 30), *line_words("Plant more", 0, 32)]
    assert tile_badge(part) is None
    part = [Word("02", 0, 0, 40, 30, 30), *line_words("Plant more", 0, 32)]
    assert tile_badge(part) is part[0]


def test_badges_must_stand_level():
    words = tile_page()
    shifted = [Word(w.text, w.x0, w.top + 40, w.x1, w.bottom + 40, w.size, bold=w.bold) if w.text == "3rd" else w for w in words]
    got = read(shifted)
    assert "3rd Cool the school yards" not in got


def test_tiles_become_numbered_list_items_at_one_level():
    page = layout_page(1, 595, 842, word_chars(tile_page()))
    blocks = [b for b in assemble([page]).blocks if b.kind == BlockKind.list_item]
    assert [(b.number, b.text) for b in blocks] == [
        ("1st", "Plant more street trees"), ("2nd", "Open the river banks"), ("3rd", "Cool the school yards"),
    ]
    assert len({b.level for b in blocks}) == 1


def test_a_speck_beside_display_type_is_no_bullet():
    numeral = Word("2nd", 300, 700, 355, 730, 30)
    assert bullet_words([(282.0, 712.0, 285.6, 715.6)], [numeral]) == []  # 3.6 pt beside 30 pt type
    body = Word("Plant", 300, 700, 325, 710, 10)
    assert len(bullet_words([(292.0, 703.0, 295.6, 706.6)], [body])) == 1  # the same mark beside 10 pt text


def test_figures_over_captions_are_no_tiles():
    # "45%" over its caption is a quantity; numerals that do not count on are no numbering
    assert "1st Plant more street trees" not in read(tile_page(numerals=("45%", "12%", "3%")))
    assert read(tile_page(numerals=("4", "9", "2")))[1:] != ["4 Plant more street trees", "9 Open the river banks", "2 Cool the school yards"]
    assert read(tile_page(numerals=("01", "02", "03")))[1:] == [
        "01 Plant more street trees", "02 Open the river banks", "03 Cool the school yards",
    ]
