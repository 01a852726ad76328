"""Two text columns of numbered items of like length: their paragraph breaks fall level, as a
table's rows do, but the items' numbers run down one column and on down the next; a table's
rows number across. Invented text, hand-built words."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.columns import looks_like_columns

PAGE_WIDTH = 595.0


def _side(items: list[tuple[str, list[str]]], x: float) -> list:
    """Items of a side, each a numbered first line and its wrapped lines, at a leading of 14 pt
    and 18 pt between items."""
    words, top = [], 60.0
    for first, rest in items:
        for k, text in enumerate([first, *rest]):
            words += line_words(text, x, top + 14 * k, 10)
        top += 14 * (1 + len(rest)) + 18
    return words


def _items(prefix: str) -> list[tuple[str, list[str]]]:
    return [
        (f"Tiltak {prefix}.1: Etablere et fast samarbeidsforum", ["for skolene og helsestasjonen i hver", "bydel med møter hvert kvartal"]),
        (f"Tiltak {prefix}.2: Utvide åpningstidene ved biblioteket", ["i alle bydeler slik at flere barn", "og unge kan bruke tilbudet"]),
        (f"Tiltak {prefix}.3: Kartlegge behovet for nye turstier", ["i nærheten av sentrum sammen med", "lag og foreninger i kommunen"]),
    ]


def test_items_numbered_down_each_column_make_text_columns_though_their_breaks_are_level():
    left, right = _side(_items("4.1"), 80), _side(_items("4.2"), 330)
    assert looks_like_columns([left, right], PAGE_WIDTH)


def test_items_numbered_across_the_rows_stay_a_table():
    # the left side holds 4.1.1, 4.2.1, 4.3.1 and the right 4.1.2, 4.2.2, 4.3.2: row by row in order
    left = _side([(f"Tiltak 4.{k}.1: {t}", r) for k, (t, r) in enumerate(((a.split(": ", 1)[1], b) for a, b in _items("x")), 1)], 80)
    right = _side([(f"Tiltak 4.{k}.2: {t}", r) for k, (t, r) in enumerate(((a.split(": ", 1)[1], b) for a, b in _items("x")), 1)], 330)
    assert not looks_like_columns([left, right], PAGE_WIDTH)
