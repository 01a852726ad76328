"""Less repeated work per cell and per line of a table (issue 12), on hand-built inputs: each
short cut gives what the long way gave."""

from __future__ import annotations

from plancheck.lang.vocab import parent_goal_header
from plancheck.layout.lines import segments, words_to_lines
from plancheck.layout.settings import DEFAULT
from plancheck.layout.tables import (
    _placed_text,
    cell_fill,
    column_words_head,
    fills_across,
    row_band,
    set_cell_fills,
)
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell


def _word(text: str, x0: float, top: float, size: float = 10.0) -> Word:
    return Word(text, x0, top, x0 + 6.0 * len(text), top + size, size)


def _placed(words: list[Word]) -> list[tuple[Word, float, float]]:
    return [(w, w.mid_x, w.mid_y) for w in words]


def test_a_row_band_keeps_the_words_whose_middle_stands_in_it_in_their_order():
    words = [_word("over", 10, 0), _word("b", 60, 22), _word("a", 10, 21), _word("under", 10, 60)]
    bands: dict = {}
    band = row_band(_placed(words), 20.0, 32.0, 1.0, bands)
    assert [p[0].text for p in band] == ["b", "a"]  # the order given, not sorted
    # a word whose middle is within the slack of the band's edge is in it, as in a cell
    edge = [_word("edge", 10, 27.5)]  # middle 32.5: 0.5 below the band, slack 1
    assert [p[0].text for p in row_band(_placed(edge), 20.0, 32.0, 1.0, {})] == ["edge"]
    assert [p[0].text for p in row_band(_placed(edge), 20.0, 32.0, 0.0, {})] == []


def test_a_row_band_is_worked_out_once_per_band():
    words = [_word("a", 10, 21)]
    bands: dict = {}
    first = row_band(_placed(words), 20.0, 32.0, 1.0, bands)
    assert row_band([], 20.0, 32.0, 1.0, bands) is first  # kept: the table's words are not walked again
    assert row_band([], 40.0, 52.0, 1.0, bands) == []


def test_a_cell_reads_the_same_text_from_its_row_band_as_from_the_whole_table():
    words = [
        _word("Tiltak", 10, 0), _word("Ansvar", 110, 0),
        _word("Bygge", 10, 21), _word("ny", 50, 21), _word("skole", 10, 33), _word("Rektor", 110, 21),
        _word("Frist", 10, 60), _word("2027", 110, 60),
    ]
    placed = _placed(words)
    for bbox in [(5, 18, 100, 47), (105, 18, 200, 47), (5, 55, 100, 75), (5, -2, 100, 14)]:
        band = row_band(placed, bbox[1], bbox[3], DEFAULT.cell_slack, {})
        assert _placed_text(band, bbox, DEFAULT) == _placed_text(placed, bbox, DEFAULT)
    assert _placed_text(row_band(placed, 18, 47, DEFAULT.cell_slack, {}), (5, 18, 100, 47), DEFAULT) == "Bygge ny skole"


def test_fills_across_a_band_are_those_a_cell_of_it_can_take_in_drawing_order():
    fills = [
        (0, 0, 100, 10, "#aaaaaa"),  # the row above
        (0, 10, 100, 30, "#111111"),  # the band
        (40, 12, 60, 28, "#222222"),  # a part of it
        (0, 30, 100, 40, "#333333"),  # the row below, touching the band's foot only
        (0, 0, 100, 100, "#444444"),  # across the whole table
    ]
    near = fills_across(fills, 10.0, 30.0)
    assert [f[4] for f in near] == ["#111111", "#222222", "#444444"]
    for box in [(0, 10, 40, 30), (40, 10, 60, 30), (60, 10, 100, 30)]:
        assert cell_fill(box, near) == cell_fill(box, fills)


def test_cell_fills_of_a_grid_are_the_same_as_against_every_fill():
    def cell(row: int, col: int, x0: float, top: float, x1: float, bottom: float) -> Cell:
        return Cell(row=row, col=col, text="", page=1, bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom))

    grid = [[cell(0, 0, 0, 0, 50, 20), cell(0, 1, 50, 0, 100, 20)],
            [cell(1, 0, 0, 20, 50, 40), cell(1, 1, 50, 20, 100, 40)]]
    fills = [(0, 0, 100, 20, "#dddddd"), (50, 20, 100, 40, "#1d5c63"), (0, 25, 10, 30, "#ff0000")]
    set_cell_fills(grid, fills, DEFAULT)
    assert [[c.fill for c in row] for row in grid] == [["#dddddd", "#dddddd"], ["", "#1d5c63"]]


def test_a_line_of_one_segment_is_no_head_and_its_words_are_not_looked_up():
    asked: list[str] = []

    def role(text: str) -> str | None:
        asked.append(text)
        return {"ansvar": "owner", "frist": "deadline", "tiltak": "measure"}.get(text.lower())

    one = words_to_lines([_word("Ansvar", 10, 0), _word("frist", 50, 0)], 1, DEFAULT)[0]
    assert len(segments(one, DEFAULT)) == 1
    assert column_words_head(segments(one, DEFAULT), role, DEFAULT) is False
    assert asked == []
    head = words_to_lines([_word("Tiltak", 10, 0), _word("Ansvar", 200, 0), _word("Frist", 400, 0)], 1, DEFAULT)[0]
    assert len(segments(head, DEFAULT)) == 3
    assert column_words_head(segments(head, DEFAULT), role, DEFAULT) is True
    assert asked == ["Tiltak", "Ansvar", "Frist"]


def test_a_parent_goal_header_is_one_of_the_lexicons_words_whole_whatever_its_case():
    assert parent_goal_header("Samfunnsdelsmål")
    assert parent_goal_header("SAMFUNNSDELSMÅL:")
    assert not parent_goal_header("Tiltak")
    assert not parent_goal_header("")


def test_no_two_strings_score_above_the_ratio_their_lengths_allow():
    from rapidfuzz import fuzz

    from plancheck.lang.vocab import ratio_bound

    pairs = [("ansvar", "ansvarlig"), ("frist", "tidsfrist"), ("mål", "målsetting"), ("abc", "abc"), ("ab", "ba")]
    for a, b in pairs:
        assert fuzz.ratio(a, b) <= ratio_bound(len(a), len(b)) + 1e-9
    assert ratio_bound(5, 5) == 100.0
    assert round(ratio_bound(6, 8), 1) == 85.7  # two letters apart in six: never 86


def test_a_fuzzy_match_among_the_choices_in_reach_is_the_one_among_all():
    from rapidfuzz import fuzz, process

    from plancheck.lang.vocab import _fuzzy_choices, fuzzy_best

    choices = _fuzzy_choices("column")[0]
    for text in ["ansvalig", "ansvarleg", "tidsfirst", "responsable", "hazard mitigation", "x", "", "gjennomføring"]:
        hit = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=86)
        assert fuzzy_best(text, "column", 86) == ((hit[0], hit[1]) if hit else None)
    assert fuzzy_best("ansvalig", "column", 86) is not None  # a misspelt owner column is still found
