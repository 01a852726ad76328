"""A row of a ruled table cut by a page break in the middle of a list of owners ("PPT,
Helsestasjonen og" at the foot of the page, "Kommunedirektør" at the head of the next): the rest
opens with a capital, but a cell that ends in "og"/"and" is no whole cell — hand-built pieces."""

from __future__ import annotations

import pytest

from plancheck.ingest.text import use_language
from plancheck.layout.tables import TablePiece, ends_with_joiner, join_pieces
from plancheck.models import BBox, Cell

XS = [60.0, 300.0, 430.0, 530.0]
HEAD = ["Tiltak", "Ansvar", "Frist"]


def _row(r: int, page: int, top: float, texts: list[str]) -> list[Cell | None]:
    return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=XS[c], top=top, x1=XS[c + 1], bottom=top + 20))
            for c, t in enumerate(texts)]


def _joined(owner_at_foot: str, rest: str, lang: str) -> list[list[str]]:
    use_language(lang)
    first = TablePiece(1, (60, 700, 530, 800), XS[:-1],
                       [_row(0, 1, 700, HEAD), _row(1, 1, 720, ["Lage en plan for skolevei", "Skolen", "2026"]),
                        _row(2, 1, 760, ["Tilby kurs for ansatte", owner_at_foot, "Høst 2026"])], [False] * 3)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, HEAD), _row(1, 2, 80, ["", rest, ""]),
                         _row(2, 2, 100, ["Bygge ut ladepunkter", "Teknisk drift", "2027"])], [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (700, 800), 2: (60, 140)})
    return [[c.text for c in r] for r in table.rows]


@pytest.mark.parametrize(("lang", "foot", "rest"), [("nb", "Biblioteket, Skolen og", "Kulturkontoret"),
                                                    ("en", "Library and", "Parks Office")])
def test_a_cell_ending_in_and_goes_on_with_the_rest_at_the_head_of_the_next_page(lang, foot, rest):
    rows = _joined(foot, rest, lang)
    assert ["Tilby kurs for ansatte", f"{foot} {rest}", "Høst 2026"] in rows
    assert ["Bygge ut ladepunkter", "Teknisk drift", "2027"] in rows
    assert not any(r[1] == rest for r in rows)


def test_a_whole_cell_above_leaves_a_row_opening_with_a_capital_alone():
    rows = _joined("Biblioteket", "Kulturkontoret", "nb")
    assert ["", "Kulturkontoret", ""] in rows


def test_a_cell_ends_with_a_joiner_of_its_language():
    use_language("nb")
    assert ends_with_joiner("PPT, Helsestasjonen og") and ends_with_joiner("Skolen eller")
    assert not ends_with_joiner("Helsestasjonen") and not ends_with_joiner("PPT,") and not ends_with_joiner("")
    assert ends_with_joiner("PPT,", comma=True)  # an unruled table: no rule says the row closed


def test_a_new_row_under_a_cell_ending_in_and_stays_a_row_of_its_own():
    """A goal cell merged down over the rows and cut after "og" at the foot of the page: the
    next page's first row has a number and a measure of its own, opening with capitals; only
    the cell ending in "og" could go on, so the row is no rest of the row above."""
    use_language("nb")
    first = TablePiece(1, (60, 700, 530, 800), XS[:-1],
                       [_row(0, 1, 700, HEAD), _row(1, 1, 720, ["Lage en plan for skolevei", "Skolen og", "2026"])],
                       [False] * 3)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, HEAD), _row(1, 2, 80, ["Bygge ut ladepunkter", "Teknisk drift", "2027"])],
                        [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (700, 800), 2: (60, 140)})
    assert ["Bygge ut ladepunkter", "Teknisk drift", "2027"] in [[c.text for c in r] for r in table.rows]


def _cut_row(foot: list[str], rest: list[str], lang: str = "en", rows_above: int = 2) -> list[list[str]]:
    """A table of ``rows_above`` whole rows and a last row ``foot`` at the foot of page 1, its
    rest ``rest`` at the head of page 2 over a row of its own."""
    use_language(lang)
    above = [_row(1 + k, 1, 700 + 20 * k, [f"Plant trees in park {k}", "Parks Office", "2026"]) for k in range(rows_above)]
    first = TablePiece(1, (60, 680, 530, 800), XS[:-1],
                       [_row(0, 1, 680, HEAD), *above, _row(9, 1, 760, foot)], [False] * 3)
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1],
                        [_row(0, 2, 60, HEAD), _row(1, 2, 80, rest),
                         _row(2, 2, 100, ["Open a youth club", "Youth Services", "2027"])], [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (680, 800), 2: (60, 140)})
    return [[c.text for c in r] for r in table.rows]


def test_a_cell_in_lower_case_in_a_capitalised_column_goes_on_with_its_row_and_takes_the_others():
    rows = _cut_row(["Run training in safe practice for", "Director of Leisure", "Spring 2027"],
                    ["school staff", "Services / Sports Clubs", ""])
    assert ["Run training in safe practice for school staff", "Director of Leisure Services / Sports Clubs",
            "Spring 2027"] in rows
    assert ["Open a youth club", "Youth Services", "2027"] in rows


def test_a_cell_in_lower_case_under_a_finished_sentence_or_in_a_column_without_capitals_stays_apart():
    rows = _cut_row(["Run training in safe practice.", "Director of Leisure", "Spring 2027"],
                    ["school staff", "Services / Sports Clubs", ""])
    assert ["school staff", "Services / Sports Clubs", ""] in rows
    # one row above the break is too few to say the column is written with capitals
    rows = _cut_row(["Run training in safe practice for", "Director of Leisure", "Spring 2027"],
                    ["school staff", "Services / Sports Clubs", ""], rows_above=0)
    assert ["school staff", "Services / Sports Clubs", ""] in rows


def test_an_owner_cell_ending_in_a_slash_goes_on_with_the_rest_of_its_list():
    rows = _cut_row(["Run a drop-in service for young people", "Director of Leisure Services /", "31.12.2026"],
                    ["", "Sports Clubs", ""], rows_above=0)
    assert ["Run a drop-in service for young people", "Director of Leisure Services / Sports Clubs", "31.12.2026"] in rows
    use_language("nb")
    assert ends_with_joiner("Skolen /") and not ends_with_joiner("Skolen")


def test_the_rest_of_a_cell_merged_down_beside_rows_of_their_own_leaves_them_apart():
    """A goal cell merged down over the next page's rows, its rest in lower case at the head of
    that page: the rows beside it are rows of their own, not the rest of the row above."""
    use_language("nb")
    above = [_row(1 + k, 1, 700 + 20 * k, [f"Alle barn skal lese {k}", "Skolen", "2026"]) for k in range(2)]
    first = TablePiece(1, (60, 680, 530, 800), XS[:-1],
                       [_row(0, 1, 680, HEAD), *above, _row(9, 1, 760, ["Alle barn skal ha en trygg vei til", "Skolen", "2026"])],
                       [False] * 3)
    second_rows = [_row(0, 2, 60, HEAD), _row(1, 2, 80, ["skolen", "Teknisk drift", "2027"]),
                   _row(2, 2, 100, ["skolen", "PPT", "2028"])]
    second_rows[2][0].merged_from = 1
    second = TablePiece(2, (60, 60, 530, 140), XS[:-1], second_rows, [False] * 3)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (680, 800), 2: (60, 140)})
    rows = [[c.text for c in r] for r in table.rows]
    assert [r[1:] for r in rows[-3:]] == [["Skolen", "2026"], ["Teknisk drift", "2027"], ["PPT", "2028"]]


def test_a_value_in_lower_case_in_a_whole_row_under_a_finished_cell_is_a_row_of_its_own():
    """'unknown' under 'High (over 1 million)' in a column written with capitals, in a row that
    fills every cell the row above filled: a value of its own, not the rest of a cut row."""
    rows = _cut_row(["Run training in safe practice for staff", "Parks Office", "High (over 1 million)"],
                    ["Open a youth club", "Youth Services", "unknown"])
    assert ["Open a youth club", "Youth Services", "unknown"] in rows
    # a row that fills every cell does not go on, though a cell above ends in a word
    rows = _cut_row(["Run training in safe practice for", "Parks Office", "2026"],
                    ["school staff", "Youth Services", "2027"])
    assert ["school staff", "Youth Services", "2027"] in rows


@pytest.mark.parametrize(("lang", "foot", "rest"), [("nn", "innan utgangen av", "2025"), ("en", "by the end of", "2026")])
def test_a_cell_ending_in_a_function_word_goes_on_with_the_figure_heading_the_next_page(lang, foot, rest):
    """A deadline cut mid-phrase by the page break ("innan utgangen av" / "2025"): no phrase ends
    with a preposition, so the figure at the head of the next page is the cell's rest, not a row
    of its own (tables.ends_mid_phrase)."""
    rows = _cut_row(["Etablere eit tilbod for ungdom", "Alle", foot], ["", "", rest], lang=lang)
    assert ["Etablere eit tilbod for ungdom", "Alle", f"{foot} {rest}"] in rows
    assert ["", "", rest] not in rows
    # a whole cell above leaves the figure a row of its own, where the table does not show that
    # every row fills its first cell (with three such rows above, tables.table_filled_first_rows
    # reads a row with an empty first cell at a page head as the rest of the row above)
    rows = _cut_row(["Etablere eit tilbod for ungdom", "Alle", "Haust"], ["", "", rest], lang=lang, rows_above=1)
    assert ["", "", rest] in rows


@pytest.mark.parametrize(("lang", "deadline"), [("en", "by 30.06.26"), ("da", "inden 30.06.26")])
def test_a_row_opening_its_item_with_a_capital_stays_a_row_though_its_deadline_opens_in_lower_case(lang, deadline):
    """An ansvarsmatrise cut by the page between two rows: the next page's first row has an item
    of its own, opening with a capital in a column of capitals, and a deadline in lower case
    ("inden 30.06.26") in a column whose other deadlines open with capitals; it leaves empty an
    owner column the row above marked. A deadline phrase opens in lower case by itself: the row
    is a row of its own, not the rest of the one above."""
    use_language(lang)
    xs = [60.0, 300.0, 340.0, 380.0, 530.0]
    head = ["Handling", "Sundhed", "Teknik", "Hvornår"]

    def row(r: int, page: int, top: float, texts: list[str]) -> list[Cell | None]:
        return [Cell(row=r, col=c, text=t, page=page, bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + 20))
                for c, t in enumerate(texts)]

    above = [row(1 + k, 1, 700 + 20 * k, [f"Plant trees in park {k}", "X", "", "Spring 2026"]) for k in range(3)]
    first = TablePiece(1, (60, 680, 530, 800), xs[:-1],
                       [row(0, 1, 680, head), *above, row(9, 1, 760, ["Offer home visits to all citizens", "", "X", "Annually"])],
                       [False] * 4)
    second = TablePiece(2, (60, 60, 530, 140), xs[:-1],
                        [row(0, 2, 60, head), row(1, 2, 80, ["Review procedures for follow-up", "X", "", deadline]),
                         row(2, 2, 100, ["Open a youth club", "X", "", "Autumn 2027"])], [False] * 4)
    [(_, table)] = join_pieces([first, second], {1: 842, 2: 842}, {1: (680, 800), 2: (60, 140)})
    rows = [[c.text for c in r] for r in table.rows]
    assert ["Offer home visits to all citizens", "", "X", "Annually"] in rows
    assert ["Review procedures for follow-up", "X", "", deadline] in rows
