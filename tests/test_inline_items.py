"""Labelled fields and items inside running text: an owner or deadline label after a sentence
end ("… hjemmetjenesten. Ansvar: … Frist: …") splits the field off the measure's text wherever
it sits on the line; stage tests on hand-built inputs."""

from __future__ import annotations

from plancheck.extract.fields import split_fields


def test_fields_written_on_as_sentences_are_split_off_the_measure():
    f = split_fields("Tilby digitalt tilsyn til alle nye brukere. Ansvar: Hjemmetjenesten. Frist: Høst 2026", "nb")
    assert (f.text, f.owner, f.deadline, f.labelled) == (
        "Tilby digitalt tilsyn til alle nye brukere", "Hjemmetjenesten", "Høst 2026", True)
    # an owner of several words, the sentence's own full stop after the last field
    f = split_fields("Ta fram en cykelplan. Ansvarig: Samhällsbyggnadsförvaltningen. Tidsplan: Juni 2026.", "sv")
    assert (f.text, f.owner, f.deadline) == ("Ta fram en cykelplan", "Samhällsbyggnadsförvaltningen", "Juni 2026")
    # one field only, and a date whose full stops are its own
    f = split_fields("Lage en rutine for tilsyn. Frist: 31.12.2026", "nb")
    assert (f.text, f.owner, f.deadline) == ("Lage en rutine for tilsyn", None, "31.12.2026")


def test_a_field_label_set_in_emphasis_needs_no_full_stop_before_it():
    text = "Hold a workshop every spring Lead: Parks Service Due: 2027"
    f = split_fields(text, "en", (text.index("Lead"), text.index("Due")))
    assert (f.text, f.owner, f.deadline) == ("Hold a workshop every spring", "Parks Service", "2027")
    # the same words without emphasis and without a sentence end are the measure's own
    assert split_fields(text, "en").owner is None


def test_a_label_inside_a_sentence_or_an_unknown_label_stays_text():
    for text in ("Vi tar ansvar: for alt som skjer", "Lage en plan. Merk: gjelder alle skoler"):
        f = split_fields(text, "nb")
        assert (f.text, f.owner, f.deadline, f.labelled) == (text, None, None, False)
    # the fields of a wrapped line of their own ("Ansvar: … . Frist: …") are both read
    f = split_fields("Tiltak (ansvar: kultur, tid: 2025)", "nb")
    assert (f.text, f.owner, f.deadline) == ("Tiltak", "kultur", "2025")


# --------------------------------------------------------------------------- items in a paragraph

from plancheck.extract.inline import item_starts, split_inline_items  # noqa: E402
from plancheck.models import Block, BlockKind, Document  # noqa: E402
from tests.conftest import plan_of_blocks  # noqa: E402

_RUNNING = (
    "Strategy 2.1 Make walking to school safe and easy. Action 2.1.1 Set up walking school buses at five "
    "schools. Lead: Education Department. Due: Autumn 2026. Action 2.1.2 Lower the speed limit near "
    "every school. Lead: Roads Unit. Due: 2027."
)


def test_labels_after_a_sentence_end_start_items_in_a_paragraph_that_opens_with_one():
    starts = item_starts(_RUNNING)
    assert [_RUNNING[a:a + 10] for a in starts] == ["Strategy 2", "Action 2.1", "Action 2.1"]
    # a label inside a sentence, or in a paragraph that opens with none, starts nothing
    assert item_starts("We follow up as Action 2.1 says, and action 2.2 is next.") == []
    prose = "The council met twice. Action 2.1 was discussed."
    assert item_starts(prose) == []
    # ... unless the layout saw it set apart in bold or italics
    assert item_starts(prose, (prose.index("Action"),)) == [prose.index("Action")]


def test_each_labelled_item_of_a_running_paragraph_is_a_measure_with_its_fields():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Goal 2 Children travel to school on their own", level=2),
        Block(id="", kind=BlockKind.paragraph, text=_RUNNING),
    ]
    plan = plan_of_blocks(blocks, "en")
    assert [s.text for s in plan.strategies] == ["Make walking to school safe and easy."]
    got = [(m.text, [o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures]
    assert got == [
        ("Set up walking school buses at five schools", ["Education Department"], "Autumn 2026"),
        ("Lower the speed limit near every school", ["Roads Unit"], "2027"),
    ]
    assert all(m.strategy_ids == [plan.strategies[0].id] for m in plan.measures)
    # every piece quotes its own part of the paragraph
    assert [m.provenance.source_text[:10] for m in plan.measures] == ["Action 2.1", "Action 2.1"]


def test_a_numbering_label_carrying_the_role_word_is_read_as_the_items_label():
    # a Word multilevel list whose generated numbers read "Indsats 1.1.1" (Danish)
    blocks = [
        Block(id="b0", kind=BlockKind.list_item, text="Flere børn skal cykle til skole.", number="Mål 1", level=0),
        Block(id="b1", kind=BlockKind.list_item, text="Gøre skolevejen sikker", number="Strategi 1.1", level=1),
        Block(id="b2", kind=BlockKind.list_item, text="Bygge cykelsti ved skolen. Ansvar: Vejafdelingen. Frist: 2027",
              number="Indsats 1.1.1", level=2),
    ]
    doc = split_inline_items(Document(path="x.docx", blocks=blocks))
    assert [(b.text[:12], b.number) for b in doc.blocks] == [
        ("Mål 1 Flere ", None), ("Strategi 1.1", None), ("Indsats 1.1.", None)]
    plan = plan_of_blocks(blocks, "da")
    assert [g.text for g in plan.goals] == ["Flere børn skal cykle til skole."]
    assert [(m.text, m.owner_text, m.deadline.text) for m in plan.measures] == [
        ("Bygge cykelsti ved skolen", "Vejafdelingen", "2027")]
    assert plan.measures[0].goal_ids == [plan.goals[0].id]


# --------------------------------------------------------------------------- layout: emphasis


def _styled_line(parts: list[tuple[str, str]], top: float):
    """One line of (text, style) runs, style "" / "b" / "i"."""
    from dataclasses import replace

    from test_layout_support import line_words

    from plancheck.layout.lines import words_to_lines

    words, x = [], 60.0
    for text, style in parts:
        ws = line_words(text, x, top)
        ws = [replace(w, bold=style == "b", font="Sans-Italic" if style == "i" else "Sans") for w in ws]
        words += ws
        x = ws[-1].x1 + 3
    return words_to_lines(words, 1)[0]


def test_emphasised_runs_starting_after_regular_text_are_marked_in_the_block():
    from plancheck.layout.blocks import build_blocks

    lines = [
        _styled_line([("Strategi 1.1", "b"), ("Bygga cykelvägar. ", ""), ("Aktivitet 1.1.1", "b"),
                      ("Bygga en väg längs", "")], 100),
        _styled_line([("Norrvägen.", ""), ("Ansvarig:", "i"), ("Gatuenheten.", ""), ("Klar:", "i"), ("2027.", "")], 112),
    ]
    (block,) = build_blocks([lines], [])
    marked = [block.text[a:].split()[0] for a in block.emphasis]
    # the bold run opening the block is its run-in title, not a mark
    assert block.run_in == "Strategi 1.1"
    assert marked == ["Aktivitet", "Ansvarig:", "Klar:"]
    # a line in one style throughout has none
    (plain,) = build_blocks([[_styled_line([("Bygga en väg längs Norrvägen.", "")], 100)]], [])
    assert plain.emphasis == []
