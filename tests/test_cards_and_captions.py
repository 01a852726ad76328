"""Cards with unlabelled chips, numbers drawn in badge shapes, and numbered captions over
measure tables: each stage on hand-built inputs (plancheck/layout/cards.py, extract/plan.py
``_chip_card`` / ``_goal_over_cards``, extract/roles.py captions, lang/owners.py)."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.extract.plan import build_plan
from plancheck.extract.roles import heading_role, label_role
from plancheck.ingest.sections import build_sections
from plancheck.lang.owners import split_owners
from plancheck.layout.blocks import build_blocks
from plancheck.layout.cards import item_boxes, shape_numbers
from plancheck.layout.document import layout_page
from plancheck.models import Block, BlockKind, Document, Provenance

# two cards side by side, 8 pt apart, each a sentence on two lines and a row of two chips
LEFT, RIGHT = (40.0, 100.0, 290.0, 160.0), (298.0, 100.0, 548.0, 160.0)


def _card_words(x: float, sentence: tuple[str, str], chips: tuple[str, str]) -> tuple[list, list]:
    words = line_words(sentence[0], x + 10, 108) + line_words(sentence[1], x + 10, 122)
    a = line_words(chips[0], x + 12, 142, size=8)
    b = line_words(chips[1], a[-1].x1 + 14, 142, size=8)
    boxes = [(a[0].x0 - 4, 139.0, a[-1].x1 + 4, 153.0), (b[0].x0 - 4, 139.0, b[-1].x1 + 4, 153.0)]
    return words + a + b, boxes


def _grid() -> tuple[list, list]:
    w1, c1 = _card_words(LEFT[0], ("Resurface the cycle lanes on the", "main routes into the centre"), ("Parks Team", "March 2027"))
    w2, c2 = _card_words(RIGHT[0], ("Open the playing fields to the", "public outside school hours"), ("Property Services", "2026"))
    return w1 + w2, [LEFT, RIGHT, *c1, *c2]


def test_a_box_holding_text_and_chips_is_a_card_and_a_box_without_chips_is_not():
    words, shapes = _grid()
    cards = item_boxes(shapes, words, 612)
    assert [c[0] for c in cards] == [LEFT, RIGHT]
    assert all(len(chips) == 2 for _b, chips in cards)
    # the same boxes without their chips drawn: panels of text, no cards
    assert item_boxes([LEFT, RIGHT], words, 612) == []
    # a box that cuts through a word is a background, not a card
    assert item_boxes(shapes, words + line_words("xx", 284, 120), 612)[0][0] == RIGHT


def test_cards_side_by_side_are_read_one_by_one_and_each_chip_is_a_block_of_its_own():
    words, shapes = _grid()
    page = layout_page(1, 612, 792, word_chars(words), shapes=shapes)
    blocks = build_blocks([page.lines], [])
    assert [(b.text, b.chip) for b in blocks] == [
        ("Resurface the cycle lanes on the main routes into the centre", False),
        ("Parks Team", True),
        ("March 2027", True),
        ("Open the playing fields to the public outside school hours", False),
        ("Property Services", True),
        ("2026", True),
    ]
    # without the shapes the two cards' lines run into each other
    plain = [ln.text for ln in layout_page(1, 612, 792, word_chars(words)).lines]
    assert any("in" in t and "Open" in t for t in plain) or len(plain) < 6


def test_a_number_in_a_badge_goes_on_the_first_line_of_the_text_beside_it():
    first = line_words("Our parks are richer in wildlife and better", 80, 100, size=13)
    second = line_words("able to cope with a changing climate.", 80, 116, size=13)
    digit = line_words("2", 57, 108, size=11)
    badge = (50.0, 97.0, 72.0, 120.0)
    moved = shape_numbers([badge], first + second + digit)
    two = next(w for w in moved if w.text == "2")
    assert two.top == first[0].top
    # a digit with no text beside it (a page number in a box) stays where it is
    alone = shape_numbers([badge], digit)
    assert alone[0].top == digit[0].top
    # a word in a shape is no number
    word = line_words("Go", 55, 108, size=11)
    assert shape_numbers([badge], first + second + word)[-1].top == word[0].top


def _plan(blocks: list[Block], lang: str = "en"):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def _card(text: str, *chips: str) -> list[Block]:
    return [Block(id="", kind=BlockKind.paragraph, text=text),
            *[Block(id="", kind=BlockKind.paragraph, text=c, chip=True) for c in chips]]


def test_a_cards_chips_are_its_owner_and_deadline_and_the_numbered_heading_above_is_their_goal():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Our objectives and actions", level=1),
        Block(id="", kind=BlockKind.heading, text="Every resident lives within a short walk of a park.", level=2, number="1"),
        *_card("Resurface the cycle lanes on the main routes into the centre", "Roads and Transport Team", "March 2027"),
        *_card("Turn a quarter of mown grass into meadows", "2028"),
        Block(id="", kind=BlockKind.heading, text="Green spaces are safe and welcoming after dark.", level=2, number="2"),
        Block(id="", kind=BlockKind.paragraph, text="We will agree actions for this outcome with the police during 2026."),
    ]
    plan = _plan(blocks)
    assert [g.text for g in plan.goals] == ["Every resident lives within a short walk of a park.",
                                            "Green spaces are safe and welcoming after dark."]
    first, second = plan.measures
    assert [o.text for o in first.owners] == ["Roads and Transport Team"]
    assert first.deadline is not None and "2027" in first.deadline.text
    assert not second.owners and second.has_owner_column  # a card with a date chip only
    assert first.goal_ids == [plan.goals[0].id] and second.goal_ids == [plan.goals[0].id]
    assert not any("agree" in m.text for m in plan.measures)


def test_chips_that_read_as_neither_owner_nor_date_make_no_card():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Every resident lives within a short walk of a park.", level=2, number="1"),
        *_card("Resurface the cycle lanes on the main routes into the centre", "new", "popular with families"),
    ]
    plan = _plan(blocks)
    assert not plan.goals
    assert all(m.owners == [] for m in plan.measures)


def test_a_numbered_caption_before_a_goal_label_is_that_goal():
    assert heading_role("Tabel 3. Mål 3: Flere borgere skal være en del af et fællesskab.") == (
        "goal", "Flere borgere skal være en del af et fællesskab.")
    assert heading_role("Table 2 – Goal 2: Cut emissions from council buildings") == ("goal", "Cut emissions from council buildings")
    assert label_role("Tabell 1: Mål 1: Alle skal ha en trygg skolevei")[0] == "goal"
    # a caption with no label after it is no item, nor is a label without a number
    assert heading_role("Tabel 3. Antal borgere i kommunen")[0] is None
    assert heading_role("Tabel 3. Mål for borgere")[0] is None


def test_a_caption_goal_above_a_measure_table_is_the_goal_of_its_rows():
    from plancheck.models import Cell, Table

    def table(*rows: tuple[str, str, str]) -> Block:
        return Block(id="", kind=BlockKind.table, text="Hvad | Hvem | Hvornår", table=Table(
            header=["Hvad", "Hvem", "Hvornår"],
            rows=[[Cell(row=r, col=c, text=t) for c, t in enumerate(row)] for r, row in enumerate(rows)], pages=[1]))

    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål og handlinger", level=1, number="3"),
        Block(id="", kind=BlockKind.heading, text="Tabel 1. Mål 1: Færre ældre skal opleve at være uønsket alene.", level=3),
        table(("Tilbyde forebyggende hjemmebesøg til alle", "Forebyggelsesteamet", "2026")),
        Block(id="", kind=BlockKind.heading, text="Tabel 2. Mål 2: Unge skal vide, hvor de kan få hjælp.", level=3),
        table(("Uddanne medarbejdere i ungdomsklubberne", "Kultur og Fritid", "2027")),
    ]
    plan = _plan(blocks, lang="da")
    assert [g.text for g in plan.goals] == ["Færre ældre skal opleve at være uønsket alene.",
                                            "Unge skal vide, hvor de kan få hjælp."]
    assert [m.goal_ids for m in plan.measures] == [[plan.goals[0].id], [plan.goals[1].id]]


def test_english_owners_joined_twice_are_read_from_the_right():
    assert [o.text for o in split_owners("Road Safety Officer and Roads and Transport Team", lang="en")] == [
        "Road Safety Officer", "Roads and Transport Team"]
    assert [o.text for o in split_owners("Roads and Transport Team", lang="en")] == ["Roads and Transport Team"]


def test_a_small_table_drawn_with_a_box_per_cell_is_no_card():
    # a two-row table: a box per cell, single-line label cells and a two-line text cell
    words = line_words("Lead", 50, 108) + line_words("Parks Team", 150, 108)
    words += line_words("What", 50, 130) + line_words("Create three new pocket", 150, 124) + line_words("parks in the wards", 150, 136)
    cells = [(45.0, 104.0, 140.0, 118.0), (145.0, 104.0, 300.0, 118.0), (45.0, 120.0, 140.0, 150.0), (145.0, 120.0, 300.0, 150.0)]
    assert item_boxes([(40.0, 100.0, 305.0, 155.0), *cells], words, 612) == []
