"""A word broken at a narrow cell's edge where both pieces are words ('…/Kommunal' / 'sjef'): the
line filled the cell, but a whole word may fill a cell too, so geometry alone does not join.
The column decides: where the table prints the joined word whole elsewhere ('Kommunalsjef' in
the same column), the writer spells it solid and the pieces are one word."""

from __future__ import annotations

from plancheck.ingest.text import join_lines, use_language

LINES = ["Kommunalsjef", "oppvekst/Frivilligsentralen/Kommunal", "sjef helse"]


def test_pieces_the_column_prints_whole_are_joined():
    use_language("nb")
    assert join_lines(LINES, full_width=[False, True, False], solid=frozenset({"kommunalsjef"})) == (
        "Kommunalsjef oppvekst/Frivilligsentralen/Kommunalsjef helse")


def test_without_the_whole_word_in_the_column_the_words_decide():
    use_language("nb")
    assert join_lines(LINES, full_width=[False, True, False]) == "Kommunalsjef oppvekst/Frivilligsentralen/Kommunal sjef helse"
    # two words the column never prints solid stay two ('Daglig' / 'leder')
    assert join_lines(["Daglig", "leder"], full_width=[True, False], solid=frozenset({"kommunalsjef"})) == "Daglig leder"


def test_a_line_that_did_not_fill_the_cell_is_not_joined_whatever_the_column_prints():
    use_language("sv")
    assert join_lines(["Familje", "centralen"], full_width=[False, False], solid=frozenset({"familjecentralen"})) == (
        "Familje centralen")
    assert join_lines(["Familje", "centralen"], full_width=[True, False], solid=frozenset({"familjecentralen"})) == (
        "Familjecentralen")


def test_a_ruled_cell_joins_by_its_column():
    """The printed geometry of round trip seed 0 d0057-odt (a Writer cell 466.6–647.9 pt): the
    slashed owner runs to the edge and 'sjef' wraps; the column prints 'Kommunalsjef' whole."""
    from plancheck.layout.tables import _placed_text, column_words
    from plancheck.layout.words import Word

    use_language("nb")

    def w(text, x0, x1, top):
        return Word(text, x0, top, x1, top + 10, 10)

    cell = [w("Kommunalsjef", 469.3, 535.8, 253.1), w("oppvekst/Frivilligsentralen/Kommunal", 469.3, 643.1, 265.2),
            w("sjef", 469.3, 485.6, 277.3), w("helse", 488.5, 513.6, 277.3)]
    other = [w("Kommunalsjef", 469.3, 535.8, 471.0), w("helse", 538.6, 563.8, 471.0)]
    placed = [(x, x.mid_x, x.mid_y) for x in cell + other]
    bbox = (466.6, 250.0, 647.9, 290.0)
    solid = column_words(placed, bbox, {})
    assert "kommunalsjef" in solid and "oppvekst" in solid
    assert _placed_text(placed, bbox, solid=lambda: solid) == "Kommunalsjef oppvekst/Frivilligsentralen/Kommunalsjef helse"
    # the column printing no such word: the words decide, two words
    alone = [(x, x.mid_x, x.mid_y) for x in cell[1:]]
    assert _placed_text(alone, bbox, solid=lambda: column_words(alone, bbox, {})) == "oppvekst/Frivilligsentralen/Kommunal sjef helse"


def test_an_unruled_cell_joins_by_its_column():
    """An unruled table (no cell edge drawn: the column's edge is where its widest line ends), as
    Writer prints a borderless Word table: '…/Kommunal' runs to that edge and 'sjef' wraps; the
    column prints 'Kommunalsjef' whole in another row, so the pieces are one word (round trip
    seed 3601 d0004-docx, nynorsk). A column printing no such word: the words decide, two."""
    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.tables import find_unruled_tables

    use_language("nn")

    def row(top, *cells):
        return [w for x, text in cells for w in line_words(text, x, top)]

    def table(first_owner: str) -> list[list[str]]:
        head = row(100, (50, "Tiltak"), (350, "Ansvar"), (450, "Frist"))
        for w in head:
            w.bold = True
        words = head + row(122, (50, "Lage ein plan"), (350, first_owner), (450, "2026"))
        words += row(144, (50, "Utvide tilbodet"), (350, "kultur/Kommunal"), (450, "2027"))
        words += row(158, (50, "om sommarjobb"), (350, "sjef helse"))
        words += row(180, (50, "Byggje ut ladepunkt"), (350, "Rådgjevar"), (450, "2028"))
        [(piece, _used)] = find_unruled_tables(words_to_lines(words, 1), lambda _t: None, 1)
        return [[c.text for c in r] for r in piece.rows[1:]]

    assert table("Kommunalsjef")[1] == ["Utvide tilbodet om sommarjobb", "kultur/Kommunalsjef helse", "2027"]
    assert table("Rektor")[1] == ["Utvide tilbodet om sommarjobb", "kultur/Kommunal sjef helse", "2027"]
