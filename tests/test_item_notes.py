"""A note under a list item — a line set apart in type (italic or smaller) closing with a bracket,
"*Kultureininga* (Haust 2025)" — is who and when of that item, never an item of its own:
hand-built lines and blocks."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import build_blocks, item_note_line
from plancheck.layout.lines import words_to_lines
from plancheck.models import Block, BlockKind, Document, Provenance


def _line(text: str, top: float, *, x: float = 60, size: float = 10, italic_words: int = 0, bullet: bool = False):
    words = line_words(text, x, top, size)
    words = [replace(w, font="Sans-Italic") if i < italic_words else replace(w, font="Sans") for i, w in enumerate(words)]
    if bullet:
        words = [replace(line_words("•", x - 10, top, size)[0], font="Sans"), *words]
    return words_to_lines(words, 1)[0]


def test_an_italic_line_closing_with_a_bracket_is_a_note_and_a_plain_one_is_not():
    first = _line("Arrangere ei sykkelveke for skulane", 100)
    assert item_note_line(first, _line("Kulturkontoret (Vår 2027)", 112, italic_words=1))
    assert not item_note_line(first, _line("Kulturkontoret (Vår 2027)", 112))  # same type: text
    assert not item_note_line(first, _line("og jobb i kommunen", 112, italic_words=4))  # no bracket
    assert item_note_line(first, _line("(2026)", 112, size=9))  # smaller: set apart


def test_the_note_becomes_its_own_block_after_the_item():
    lines = [_line("Arrangere ei sykkelveke for skulane", 100, bullet=True),
             _line("Kulturkontoret (Vår 2027)", 112, italic_words=1),
             _line("Halde symjehallen open om kvelden", 130, bullet=True),
             _line("til alle lag (frå 2026)", 142)]
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.text, b.item_note) for b in blocks] == [
        (BlockKind.list_item, "Arrangere ei sykkelveke for skulane", False),
        (BlockKind.paragraph, "Kulturkontoret (Vår 2027)", True),
        (BlockKind.list_item, "Halde symjehallen open om kvelden til alle lag (frå 2026)", False),
    ]


def _plan(blocks: list[Block]):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nn", model=None)


def test_a_note_gives_its_item_an_owner_and_a_deadline_and_no_measure():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Tiltak", level=1),
        Block(id="", kind=BlockKind.list_item, text="Arrangere ei sykkelveke for skulane", bullet="•", level=0),
        Block(id="", kind=BlockKind.paragraph, text="Kulturkontoret (Vår 2027)", item_note=True),
        Block(id="", kind=BlockKind.list_item, text="Gje gratis kurs til nye lag", bullet="•", level=0),
        Block(id="", kind=BlockKind.paragraph, text="(2026)", item_note=True),
    ]
    plan = _plan(blocks)
    got = {m.text: ([o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures}
    assert got == {"Arrangere ei sykkelveke for skulane": (["Kulturkontoret"], "Vår 2027"),
                   "Gje gratis kurs til nye lag": ([], "2026")}
    # the plan names owners in its notes: the item whose note names none lacks an owner
    assert all(m.has_owner_column for m in plan.measures)


def test_goal_cards_whose_titles_are_sentences_each_scope_their_own_measures():
    # a heading of twelve words or more ending in a full stop has a pull quote's form; read as a
    # goal, it opens the scope of the measures under it all the same
    g1 = "Hallane i kommunen skal vere i god stand og mykje brukte."  # a title of its own
    g2 = "Eldre i alle grender skal ha tilbod om trening som held dei friske lenger."  # a pull quote's form
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Handlingsdel", level=1),
        Block(id="", kind=BlockKind.paragraph, text="MÅL 4"),
        Block(id="", kind=BlockKind.heading, text=g1, level=2),
        Block(id="", kind=BlockKind.paragraph, text="Tiltak"),
        Block(id="", kind=BlockKind.list_item, text="Setje opp ein plan for vedlikehald av banene", bullet="•", level=0),
        Block(id="", kind=BlockKind.paragraph, text="MÅL 5"),
        Block(id="", kind=BlockKind.heading, text=g2, level=2),
        Block(id="", kind=BlockKind.paragraph, text="Tiltak"),
        Block(id="", kind=BlockKind.list_item, text="Skipe til turgrupper for eldre", bullet="•", level=0),
    ]
    plan = _plan(blocks)
    goal = {g.id: g.text for g in plan.goals}
    assert {m.text: [goal[i] for i in m.goal_ids] for m in plan.measures} == {
        "Setje opp ein plan for vedlikehald av banene": [g1],
        "Skipe til turgrupper for eldre": [g2],
    }


def test_a_note_set_clearly_smaller_than_its_item_and_a_bracket_alone_after_a_break_are_notes():
    """A 10.5 pt item, its note in 9 pt under it (more than a size step smaller: no line of the
    item's text), and a note in the item's own type that is only a bracket, on a line the
    writer broke although it would have fitted after the item's short line (the paragraph
    above shows how far the lines run)."""
    lines = [_line("Tiltaka under er vedtekne av kommunestyret og gjeld for heile planperioden", 70, size=10.5),
             _line("Arrangere ei sykkelveke for skulane", 100, size=10.5, bullet=True),
             _line("Kulturkontoret (Vår 2027)", 113, size=9),
             _line("Halde symjehallen open om kvelden", 130, size=10.5, bullet=True),
             _line("(2026)", 143, size=10.5)]
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.text, b.item_note) for b in blocks][1:] == [
        (BlockKind.list_item, "Arrangere ei sykkelveke for skulane", False),
        (BlockKind.paragraph, "Kulturkontoret (Vår 2027)", True),
        (BlockKind.list_item, "Halde symjehallen open om kvelden", False),
        (BlockKind.paragraph, "(2026)", True),
    ]
