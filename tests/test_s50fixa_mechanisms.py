"""Session 50 (fixa): measure cards hanging under the units of an organisation chart, each stage on
hand-built inputs with invented wording: the layout finds each card on the spine under its unit's
box (plancheck/layout/orgcharts.py) and reads it as a card of its own, its tag first, its lines
carrying the unit's name (layout/document.py, layout/blocks.py, Block.hangs_under); extraction
reads the card as the unit's measure, its 'When:' line as its deadline, a 'together with …' line
as a second owner, a unit saying its owner is not settled as none, and its tag as its goal
(extract/plan.py ``_hanging_card``)."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from plancheck.models import Block, BlockKind, Document, Provenance

WIDTH, HEIGHT = 842.0, 595.0


def _unit(x: float, top: float, name: str, note: str | None = None):
    """A unit's box 150 x 24 pt (34 with a note under its name in smaller type)."""
    box = (x, top, x + 150.0, top + (34.0 if note else 24.0))
    words = line_words(name, x + 10, top + 6)
    if note:
        words += line_words(note, x + 10, top + 19, size=7)
    return words, [box]


def _card(x: float, top: float, tag: str, lines: tuple[str, ...]):
    """A card 130 pt wide at (x, top): a tag in a chip at its head, then its lines."""
    height = 22.0 + 12.0 * len(lines)
    box = (x, top, x + 130.0, top + height)
    chip = (x + 4, top + 3, x + 4 + 5 * len(tag) + 8, top + 15)
    words = line_words(tag, x + 8, top + 5, size=8)
    words += [w for k, t in enumerate(lines) for w in line_words(t, x + 6, top + 19 + 12 * k, size=8)]
    return words, [box, chip], box


def _chart():
    """Two units with a spine each and cards beside it, and a third unit with none."""
    words, shapes = [], []
    for x, name, note, cards in (
        (40.0, "Library Service", None, [("Goal 2", ("Open a seed library", "When: autumn 2031")),
                                         ("Goal 1", ("Lend out reading bags", "When: 2030"))]),
        (300.0, "Parks Team", "staff", [("Goal 1", ("Plant a reading garden", "When: 2032"))]),
        (560.0, "Town Archive", None, []),
    ):
        w, s = _unit(x, 100.0, name, note)
        words += w
        shapes += s
        bottom = s[0][3]
        if not cards:
            continue
        spine = (x + 6, bottom + 2, x + 6.8, bottom + 2 + 70.0 * len(cards))
        shapes.append(spine)
        for k, (tag, lines) in enumerate(cards):
            w, s, _b = _card(x + 14, bottom + 6 + 70.0 * k, tag, lines)
            words += w
            shapes += s
    return words, shapes


def test_cards_on_a_spine_hang_under_the_units_box_named_in_its_largest_type():
    from plancheck.layout.orgcharts import hanging_cards

    words, shapes = _chart()
    found = hanging_cards(shapes, words, WIDTH)
    assert [(h.name, len(h.chips)) for h in found] == [("Library Service", 1), ("Parks Team", 1), ("Library Service", 1)]
    assert found[0].box[0] == 54.0 and found[1].unit == (300.0, 100.0, 450.0, 134.0)  # ('staff' is no part of the name)
    # one unit alone with cards is no organisation chart (a side bar beside a list of boxes)
    alone = [s for s in shapes if s[0] < 250]
    assert hanging_cards(alone, [w for w in words if w.x0 < 250], WIDTH) == []
    # the side of a box is no spine: a card's own border with a box beside it hangs nothing
    assert hanging_cards([s for s in shapes if s[2] - s[0] > 2], words, WIDTH) == []


def test_an_organisation_charts_cards_are_read_card_by_card_tag_first_each_line_naming_its_unit():
    words, shapes = _chart()
    page = layout_page(1, WIDTH, HEIGHT, word_chars(words), shapes=shapes)
    blocks = build_blocks([page.lines], [])
    cards = [(b.text, b.head_chip, b.hangs_under) for b in blocks if b.hangs_under]
    assert cards == [
        ("Goal 2", True, "Library Service"),
        ("Open a seed library", False, "Library Service"),
        ("When: autumn 2031", False, "Library Service"),
        ("Goal 1", True, "Parks Team"),
        ("Plant a reading garden", False, "Parks Team"),
        ("When: 2032", False, "Parks Team"),
        ("Goal 1", True, "Library Service"),
        ("Lend out reading bags", False, "Library Service"),
        ("When: 2030", False, "Library Service"),
    ]


def _plan(blocks: list[Block]):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="en", model=None)


def _p(text: str, unit: str | None = None, head: bool = False) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, hangs_under=unit, chip=head, head_chip=head)


def test_a_hanging_card_is_its_units_measure_with_its_deadline_partner_and_tagged_goal():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Goals", level=1),
        Block(id="", kind=BlockKind.list_item, text="Goal 1 Every child reads a book a month.", level=0),
        Block(id="", kind=BlockKind.list_item, text="Goal 2 Seeds are shared between neighbours.", level=0),
        Block(id="", kind=BlockKind.heading, text="Who does what", level=1),
        _p("Goal 2", "Library Service", head=True),
        _p("Open a seed library in the town hall", "Library Service"),
        _p("When: autumn 2031", "Library Service"),
        _p("Goal 1", "Library Service", head=True),
        _p("Lend out reading bags to families", "Library Service"),
        _p("together with Parks Team", "Library Service"),
        _p("Goal 1", "Owner to be decided", head=True),
        _p("Build a story trail along the river", "Owner to be decided"),
        _p("When: 2033", "Owner to be decided"),
    ]
    plan = _plan(blocks)
    got = {m.text: ([o.text for o in m.owners], m.deadline and m.deadline.text,
                    [next(g.text for g in plan.goals if g.id == i) for i in m.goal_ids]) for m in plan.measures}
    assert got == {
        "Open a seed library in the town hall": (["Library Service"], "autumn 2031", ["Seeds are shared between neighbours."]),
        "Lend out reading bags to families": (["Library Service", "Parks Team"], None, ["Every child reads a book a month."]),
        "Build a story trail along the river": ([], "2033", ["Every child reads a book a month."]),
    }
