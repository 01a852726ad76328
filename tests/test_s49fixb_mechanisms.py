"""Session 49 (fixb): a whiteboard's sticky notes, each stage on hand-built inputs with invented
wording: notes stuck over the edge of a larger note belong to it, a board's columns of notes
under their bands are read column by column (plancheck/layout/stickynotes.py, layout/document.py),
a stuck note of several lines is one block (layout/blocks.py), a chip is no labelled record
(layout/records.py), and a labelled chip gives its value as the card's owner or deadline
(extract/plan.py ``_chips_after``)."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from plancheck.layout.records import records_to_tables
from plancheck.layout.stickynotes import note_columns, stuck_notes, without_shadows
from plancheck.models import Block, BlockKind, Document, Provenance

WIDTH, HEIGHT = 842.0, 595.0


def _note(x: float, top: float, lines: tuple[str, ...], *, lead: tuple[str, ...] = (), by: tuple[str, ...] = ()):
    """A note 180 x 80 pt at (x, top) with its shadow, its text on ``lines``, and a note 100 pt
    wide stuck over its right edge for each of ``lead`` and ``by`` (each a note's lines)."""
    box = (x, top, x + 180.0, top + 80.0)
    panels = [(x + 2.5, top + 2.5, x + 182.5, top + 82.5), box]  # the shadow first, the note on it
    words = [w for k, t in enumerate(lines) for w in line_words(t, x + 8, top + 8 + 14 * k)]
    stuck = []
    for k, text in enumerate((lead, by)):
        if not text:
            continue
        s_top = top + 12 + 34 * k
        s_box = (x + 150.0, s_top, x + 250.0, s_top + 30.0)
        panels.append(s_box)
        stuck.append(s_box)
        words += [w for j, t in enumerate(text) for w in line_words(t, x + 156, s_top + 4 + 11 * j, size=8)]
    return words, panels, box, stuck


def _band(x: float, text: str):
    box = (x, 60.0, x + 240.0, 92.0)
    return line_words(text, x + 8, 68, size=12), [box], box


def _board():
    words, panels = [], []
    for x, head, notes in (
        (40.0, "TARGET 1", [(("Plant fruit trees along", "the school path"), ("Lead:", "Parks Team"), ("By: Spring 2031",)),
                            (("Map the old orchards", "with the pupils"), ("Lead: Nature Club",), ())]),
        (320.0, "TARGET 2", [(("Open a seed library", "in the town hall"), ("Lead: Library",), ("By: Autumn 2030",)),
                             (("Hold a harvest market", "every October"), ("Lead: Market Group",), ("By: Every autumn",))]),
    ):
        w, p, _b = _band(x, head)
        words += w
        panels += p
        for k, (text, lead, by) in enumerate(notes):
            w, p, _box, _s = _note(x, 110.0 + 100.0 * k, text, lead=lead, by=by)
            words += w
            panels += p
    return words, panels


def test_a_small_note_stuck_over_a_larger_ones_edge_belongs_to_it():
    words, panels, box, stuck = _note(40.0, 110.0, ("Plant fruit trees along", "the school path"),
                                      lead=("Lead: Parks Team",), by=("By: Spring 2031",))
    groups = stuck_notes(panels, words, WIDTH)
    assert len(groups) == 1
    group, note, chips = groups[0]
    assert note[0] == box[0] and note[1] == box[1]  # the note with its shadow
    assert chips == stuck
    assert group[2] >= stuck[0][2]  # the group reaches over the stuck notes
    # a shadow is one box with its note
    assert len(without_shadows(panels[:2])) == 1
    # a box wholly inside the note (a badge on it) is stuck over no edge: no group
    inner = (60.0, 150.0, 120.0, 175.0)
    inside = [w for w in words if w.x0 < 190] + line_words("new", 64, 156, size=8)
    assert stuck_notes([*panels[:2], inner], inside, WIDTH) == []
    # a band across the note's top, as wide as the note, is no note stuck on it (a chart's panel title)
    band = (40.0, 100.0, 220.0, 125.0)
    own = [w for w in words if w.x0 < 190]
    assert stuck_notes([*panels[:2], band], [*own, *line_words("Totals", 46, 103, size=8)], WIDTH) == []
    # nor is a value label much smaller than the box it straddles (a chart's figure on its bar)
    tiny = (170.0, 180.0, 200.0, 200.0)
    assert stuck_notes([*panels[:2], tiny], [*own, *line_words("4.1", 173, 185, size=6)], WIDTH) == []
    # a lone note: nothing stuck on it
    assert stuck_notes(panels[:2], [w for w in words if w.x0 < 190], WIDTH) == []


def test_a_boards_columns_of_notes_are_read_column_by_column_each_note_before_what_is_stuck_on_it():
    words, panels = _board()
    page = layout_page(1, WIDTH, HEIGHT, word_chars(words), panels=panels, shapes=panels)
    blocks = build_blocks([page.lines], [])
    assert [(b.text, b.chip) for b in blocks] == [
        ("TARGET 1", False),
        ("Plant fruit trees along the school path", False),
        ("Lead: Parks Team", True),  # a stuck note of two lines is one block
        ("By: Spring 2031", True),
        ("Map the old orchards with the pupils", False),
        ("Lead: Nature Club", True),
        ("TARGET 2", False),
        ("Open a seed library in the town hall", False),
        ("Lead: Library", True),
        ("By: Autumn 2030", True),
        ("Hold a harvest market every October", False),
        ("Lead: Market Group", True),
        ("By: Every autumn", True),
    ]
    columns = note_columns(panels, words, WIDTH, stuck_notes(panels, words, WIDTH))
    assert [len(items) for _c, _p, items in columns] == [3, 3]  # the band and two notes each


def _blocks(*items: tuple[str, bool]) -> list[Block]:
    out = []
    for k, (text, chip) in enumerate(items):
        out.append(Block(id=f"b{k}", kind=BlockKind.paragraph, text=text, chip=chip,
                         provenance=Provenance(page=1, source_text=text)))
    return out


def test_labelled_chips_after_card_texts_are_no_records():
    cards = []
    for text, lead, by in (("Open a seed library in the town hall", "Library", "Autumn 2030"),
                           ("Hold a harvest market every October", "Market Group", "2031"),
                           ("Print a map of the town's fruit trees", "Parks Team", "Spring 2032")):
        cards += [(text, False), (f"Lead: {lead}", True), (f"By: {by}", True)]
    blocks = _blocks(*cards)
    out = records_to_tables(blocks)
    assert [b.kind for b in out] == [BlockKind.paragraph] * 9
    # the same fields as lines of their own (no chips) are still records
    plain = _blocks(*[(t, False) for t, _c in cards])
    assert any(b.kind == BlockKind.table for b in records_to_tables(plain))


def _plan(blocks: list[Block]):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="en", model=None)


def test_a_labelled_chip_gives_its_value_as_the_cards_owner_or_deadline():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Every pupil can walk to school under green trees.", level=2, number="1"),
        Block(id="", kind=BlockKind.paragraph, text="Plant fruit trees along the school path"),
        Block(id="", kind=BlockKind.paragraph, text="Lead: Parks Team", chip=True),
        Block(id="", kind=BlockKind.paragraph, text="By: Spring 2031", chip=True),
        Block(id="", kind=BlockKind.paragraph, text="Map the old orchards with the pupils"),
        Block(id="", kind=BlockKind.paragraph, text="Lead: Nature Club", chip=True),
    ]
    plan = _plan(blocks)
    first, second = plan.measures
    assert first.text == "Plant fruit trees along the school path"
    assert [o.text for o in first.owners] == ["Parks Team"]
    assert first.deadline is not None and first.deadline.text == "Spring 2031"
    assert [o.text for o in second.owners] == ["Nature Club"] and second.deadline is None
