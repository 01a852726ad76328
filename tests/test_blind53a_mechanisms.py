"""Forms of session 48 (blind batch 53, first half), made general, on hand-built inputs with
invented wording: a slide printed from a story map (a shaded panel with a goal's label, heading and
background beside a drawing whose only words are its numbered pins), and tour-stop cards read as
titled records whose titles name a place and whose descriptions say the work."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.extract.tables import described_items
from plancheck.layout.boxes import figure_panels
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind

# ----------------------------------------------------------------- a panel beside a figure's labels

_PANEL = (40.0, 100.0, 230.0, 200.0)


def _line(words: str, x: float, top: float, size: float = 10.0, step: float = 4.0) -> list[Word]:
    out = []
    for w in words.split():
        width = len(w) * size * 0.5
        out.append(Word(w, x, top, x + width, top + size, size, space_after=True))
        x += width + step
    return out


def _slide(pins: list[tuple[str, float, float]], caption: str | None = None) -> list[Word]:
    words = [
        *_line("THEME 1", 50, 108, 8),
        *_line("Every lane of the old town", 50, 122, 13),
        *_line("is quiet after ten at night", 50, 140, 13),
        *_line("Deliveries and bins wake the people", 50, 160),
        *_line("who live above the shops.", 50, 174),
    ]
    for text, x, top in pins:
        words += _line(text, x, top, 8)
    if caption:
        words += _line(caption, 300, 190, 7)
    return words


_PINS = [("4", 420, 126), ("7", 300, 144), ("12", 380, 150), ("2", 330, 164), ("9", 450, 176)]


def test_a_panel_beside_a_drawing_of_numbered_pins_is_read_on_its_own():
    words = _slide(_PINS, "Map: route of the night buses.")
    assert figure_panels([_PANEL], words, 595.0) == [_PANEL]


def test_a_panel_beside_running_text_is_no_figure_panel():
    words = _slide([])
    words += _line("The night buses run every half hour", 300, 126)
    words += _line("from the square to the station and", 300, 140)
    words += _line("back, six nights a week in winter.", 300, 154)
    assert figure_panels([_PANEL], words, 595.0) == []


def test_too_few_labels_make_no_figure():
    words = _slide(_PINS[:2])
    assert figure_panels([_PANEL], words, 595.0) == []


# ----------------------------------------------------------------- titled records read by their descriptions


_CARD_HEAD = ["", "Lead", "When", ""]


def _cards(rows: list[list[str]], head: list[str] = _CARD_HEAD):
    return table_of(head, rows)


def test_place_titles_over_action_sentences_give_the_sentences():
    table = _cards([
        ["Mill Lane bridge", "Bridges Team", "Autumn 2031", "Repair the parapet and repaint the railings."],
        ["Town square", "Parks Service", "2032", "Plant six lime trees along the north side."],
    ])
    assert described_items(table, "en") == 3


def test_titles_that_are_actions_keep_the_titles():
    table = _cards([
        ["Improve the bridge", "Bridges Team", "Autumn 2031", "The parapet is cracked in two places."],
        ["Plant trees", "Parks Service", "2032", "Six lime trees along the north side."],
    ])
    assert described_items(table, "en") is None


def test_numbered_titles_keep_the_titles():
    table = _cards([
        ["Action 2.1 Bridge", "Bridges Team", "Autumn 2031", "Repair the parapet and repaint the railings."],
    ])
    assert described_items(table, "en") is None


def test_descriptions_without_an_action_verb_need_an_earlier_table_of_the_form():
    table = _cards([["Town square", "Parks Service", "2032", "Sweep the square every morning before eight."]])
    assert described_items(table, "en") is None
    assert described_items(table, "en", seen=True) == 3


def _b(kind: BlockKind, text: str, level: int | None = None, table=None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table)


def test_the_plan_reads_the_cards_actions_as_its_measures():
    first = _cards([
        ["Mill Lane bridge", "Bridges Team", "Autumn 2031", "Repair the parapet and repaint the railings."],
        ["Town square", "Parks Service", "2032", "Plant six lime trees along the north side."],
    ])
    second = _cards([["Market hall", "Markets Office", "Spring 2032", "Open the hall on Sundays in December."]])
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Old Town Action Plan 2031–2034", 1),
        _b(BlockKind.heading, "Goal 1: The old town is green and easy to cross", 2),
        _b(BlockKind.table, "Lead | When", table=first),
        _b(BlockKind.table, "Lead | When", table=second),
    ], "en")
    assert [m.text.rstrip(".") for m in plan.measures] == [
        "Repair the parapet and repaint the railings",
        "Plant six lime trees along the north side",
        "Open the hall on Sundays in December",
    ]
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Bridges Team"], ["Parks Service"], ["Markets Office"]]
