"""Note references joined to their notes: a number set small and raised after an item's words
(a footnote's or endnote's mark) is kept as the block's note reference, also when the PDF
grouped the raised number as a line of its own; the note bodies (small numbered paragraphs after
the references) are no items, and the owner and deadline fields a note gives fill its measure's
empty fields. Invented wording."""

from __future__ import annotations

from conftest import plan_of_blocks

from plancheck.extract.notes import find_notes, note_field_values
from plancheck.layout.furniture import attach_lone_refs
from plancheck.layout.lines import Line
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind


def _line(words: list[Word]) -> Line:
    return Line(page=1, words=words, x0=words[0].x0, x1=words[-1].x1, top=min(w.top for w in words),
                bottom=max(w.bottom for w in words), size=max(w.size for w in words), bold=False,
                text=" ".join(w.text for w in words))


def test_a_raised_number_grouped_as_a_line_of_its_own_is_the_reference_of_the_line_it_follows():
    host = _line([Word("Repair", 60, 100, 90, 110.5, 10.5), Word("the", 93, 100, 108, 110.5, 10.5),
                  Word("bridge", 111, 100, 141, 110.5, 10.5)])
    mark = _line([Word("7", 141.3, 100.2, 144.3, 106.3, 6.1)])
    level = _line([Word("8", 150, 104, 153, 110.5, 6.1)])  # small but on the baseline, apart: no mark
    lines = [host, mark, level]
    attach_lone_refs([lines])
    assert host.meta["note_refs"] == ["7"]
    assert mark.kind == "furniture" and level.kind == ""


def test_note_fields_end_at_their_sentence():
    assert note_field_values("Owner: Parks Team. Deadline: 2027. Funding applied for in the budget.") == [
        ("owner", "Parks Team"), ("deadline", "2027")]
    assert note_field_values("See the annual report for 2025.") == []


def _blocks() -> list[Block]:
    P, H, L = BlockKind.paragraph, BlockKind.heading, BlockKind.list_item
    return [
        Block(id="", kind=H, level=2, text="Goal 1", bold=True, font_size=13),
        Block(id="", kind=H, level=3, text="Every household has safe drinking water", bold=True, font_size=10.5),
        Block(id="", kind=H, level=3, text="Actions:", bold=True, font_size=10.5),
        Block(id="", kind=L, text="Build a new treatment plant at the lake", bullet="•", font_size=10.5, note_refs=["1"]),
        Block(id="", kind=L, text="Map all private wells serving more than fifty people", bullet="•", font_size=10.5, note_refs=["2"]),
        Block(id="", kind=L, text="Publish outage notices on the council website", bullet="•", font_size=10.5),
        Block(id="", kind=P, text="1 Owner: Water Services. Deadline: 2027.\n2 See the well register for 2025.", font_size=9),
    ]


def test_notes_are_no_items_and_fill_the_measures_fields():
    notes = find_notes(_blocks())
    assert notes.bodies == {"1": "Owner: Water Services. Deadline: 2027.", "2": "See the well register for 2025."}
    plan = plan_of_blocks(_blocks(), "en")
    by_text = {m.text: m for m in plan.measures}
    assert set(by_text) == {"Build a new treatment plant at the lake", "Map all private wells serving more than fifty people",
                            "Publish outage notices on the council website"}
    plant = by_text["Build a new treatment plant at the lake"]
    assert [o.text for o in plant.owners] == ["Water Services"] and plant.deadline.text == "2027"
    # a note without fields, or no note: no owner, no deadline, and a place for them
    for text in ("Map all private wells serving more than fifty people", "Publish outage notices on the council website"):
        m = by_text[text]
        assert m.owners == [] and m.deadline is None and m.has_owner_column and m.has_deadline_column


def test_numbered_text_as_large_as_the_referring_text_is_no_note():
    blocks = _blocks()
    blocks[-1] = blocks[-1].model_copy(update={"font_size": 10.5})
    assert find_notes(blocks).bodies == {}


def test_a_number_set_flush_against_the_notes_first_word_marks_a_note_in_any_size():
    blocks = _blocks()
    blocks[-1] = blocks[-1].model_copy(update={"font_size": 10.5, "text": "1Owner: Water Services. Deadline: 2027.\n2See the well register."})
    assert find_notes(blocks).bodies == {"1": "Owner: Water Services. Deadline: 2027.", "2": "See the well register."}


def test_an_ordinals_ending_is_no_note():
    blocks = _blocks()
    blocks[-1] = blocks[-1].model_copy(update={"text": "1st Use less energy\n2nd Buy clean energy"})
    assert find_notes(blocks).bodies == {}
