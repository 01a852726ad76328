"""A note under a list item — a line set apart in type (italic or smaller) closing with a bracket,
"*Kultureininga* (Haust 2025)" — is who and when of that item, never an item of its own:
hand-built lines and blocks."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words

from plancheck.layout.blocks import build_blocks, item_note_line
from plancheck.layout.lines import words_to_lines
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


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


def test_an_item_set_in_italics_behind_a_plain_bullet_glyph_has_no_note_in_its_own_type():
    # the bullet in a symbol font is no word of the item's type: a wrapped line in the item's
    # italics that happens to close with a bracket ("(s. 12)", a page reference) is its text
    first = _line("Det er laga ei oversikt over sykkelvegane og det er lagt opp til å bruke", 100,
                  italic_words=15, bullet=True)
    assert not item_note_line(first, _line("oversikta aktivt i vidare arbeid (s. 12)", 112, italic_words=6))
    plain = _line("Arrangere ei sykkelveke for skulane", 100, bullet=True)
    assert item_note_line(plain, _line("Kulturkontoret (Vår 2027)", 112, italic_words=1))


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


def test_a_note_whose_bracket_wraps_onto_the_next_line_is_still_a_note():
    # the owners in italics fill the line, so the bracketed deadline opens on it and closes on
    # the next: the note still opens in its own type, and its wrapped end goes with it
    first = _line("Lage ein plan for trygge skulevegar", 100, bullet=True)
    assert item_note_line(first, _line("Rektor / Kommunalsjef oppvekst (Haust 2026, evaluert", 112, italic_words=4))
    assert not item_note_line(first, _line("Rektor / Kommunalsjef oppvekst (Haust 2026, evaluert", 112))
    lines = [first,
             _line("Rektor / Kommunalsjef oppvekst (Haust 2026, evaluert", 112, italic_words=4),
             _line("innan 31.12.27)", 124),
             _line("Halde symjehallen open om kvelden", 142, bullet=True)]
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.text, b.item_note) for b in blocks] == [
        (BlockKind.list_item, "Lage ein plan for trygge skulevegar", False),
        (BlockKind.paragraph, "Rektor / Kommunalsjef oppvekst (Haust 2026, evaluert innan 31.12.27)", True),
        (BlockKind.list_item, "Halde symjehallen open om kvelden", False),
    ]

def _plan(blocks: list[Block]):
    return plan_of_blocks(blocks, "nn")


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


def test_a_note_with_no_bracket_is_a_few_words_set_apart_on_a_line_the_writer_broke_before():
    """An owner alone under an item, its deadline not given: in italics, it is a note when the
    item's line stopped where the note's first word would still have fitted; set smaller, it is
    a note in any case. A lower-case or long line, or a sentence, is the item's text."""
    from plancheck.layout.blocks import bare_note_after_break

    first = _line("Arrangere ei sykkelveke for skulane", 100)  # ends at x 233
    note = _line("Kulturkontoret", 112, italic_words=1)
    assert bare_note_after_break(first, first, note, right=500)
    assert not bare_note_after_break(first, first, note, right=260)  # no room: the line wrapped
    assert not bare_note_after_break(first, first, _line("Kulturkontoret", 112), right=500)  # same type
    assert not bare_note_after_break(first, first, _line("og jobb i kommunen", 112, italic_words=4), right=500)
    assert not bare_note_after_break(first, first, _line("Sjå planen.", 112, italic_words=2), right=500)
    long = "Kulturkontoret og alle dei andre einingane i kommunen som har noko med saka å gjere"
    assert not bare_note_after_break(first, first, _line(long, 112, italic_words=16), right=900)
    assert bare_note_after_break(first, first, _line("Kulturkontoret, NAV", 112, size=9), right=260)  # smaller


def test_the_right_margin_of_a_page_of_short_lines_mirrors_its_left_one():
    from plancheck.layout.blocks import mirrored_margin
    from plancheck.layout.settings import LayoutSettings

    lines = [_line("Arrangere ei sykkelveke", 100, x=72), _line("Tiltak", 120, x=60)]
    assert mirrored_margin(595, lines, LayoutSettings(margin_mirror_slack=10)) == 595 - 60 - 10
    assert mirrored_margin(595, []) == 0.0


def test_a_note_heading_the_next_page_is_still_the_note_of_the_item_that_ended_the_last():
    lines = [[_line("Arrangere ei sykkelveke for skulane", 700, bullet=True)],
             [_line("Kulturkontoret (Vår 2027)", 60, italic_words=1)]]
    lines[1][0].page = 2
    blocks = build_blocks(lines, [])
    assert [(b.text, b.item_note) for b in blocks] == [
        ("Arrangere ei sykkelveke for skulane", False), ("Kulturkontoret (Vår 2027)", True)]


def test_who_and_when_of_a_note():
    from plancheck.extract.plan import note_fields

    assert note_fields("Kulturkontoret (Vår 2027)", "nn") == ("Kulturkontoret", "Vår 2027")
    assert note_fields("(2026)", "nn") == (None, "2026")
    assert note_fields("Kulturkontoret, NAV", "nn") == ("Kulturkontoret, NAV", None)
    assert note_fields("Kulturkontoret (Vår 2027) og NAV", "nn") is None  # a bracket inside: no note of who and when


def test_a_note_with_no_bracket_gives_its_item_an_owner():
    blocks = [
        Block(id="", kind=BlockKind.heading, text="Tiltak", level=1),
        Block(id="", kind=BlockKind.list_item, text="Arrangere ei sykkelveke for skulane", bullet="•", level=0),
        Block(id="", kind=BlockKind.paragraph, text="Kulturkontoret", item_note=True),
        Block(id="", kind=BlockKind.list_item, text="Gje gratis kurs til nye lag", bullet="•", level=0),
        Block(id="", kind=BlockKind.paragraph, text="NAV (2026)", item_note=True),
    ]
    plan = _plan(blocks)
    got = {m.text: ([o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures}
    assert got == {"Arrangere ei sykkelveke for skulane": (["Kulturkontoret"], None),
                   "Gje gratis kurs til nye lag": (["NAV"], "2026")}


def test_the_separators_between_owners_in_a_note_are_no_words():
    """Three owners of three words each, '/' between them, in italics under an item the writer
    broke short: ten words and two separators, within the note's ten words; eleven words are
    too many all the same."""
    from plancheck.layout.blocks import bare_note_after_break

    first = _line("Arrangere ei sykkelveke for skulane", 100)
    owners = "Leiar for kultur / Rådgivar for skule / Einingsleiar helse og omsorg"
    assert bare_note_after_break(first, first, _line(owners, 112, italic_words=12), right=900)
    longer = owners + " Nord"
    assert not bare_note_after_break(first, first, _line(longer, 112, italic_words=13), right=900)


def test_an_italic_note_with_no_bracket_after_a_full_line_is_a_note_where_the_document_set_notes_so():
    """The item's last line ran to the margin (the note's first word would not have fitted after
    it): the line alone does not say the writer broke it, but a note in italics under an item
    before does - the document sets its notes so."""
    proof = [_line("Arrangere ei sykkelveke for skulane", 100, bullet=True),
             _line("Kulturkontoret (Vår 2027)", 112, italic_words=1)]
    rest = [_line("Halde symjehallen open om kvelden for alle lag og foreiningar i heile kommunen", 130, bullet=True),
            _line("Idrettskontoret og Frivilligsentralen", 142, italic_words=3),
            _line("Rydde turstiane kvar vår", 160, bullet=True)]
    texts = [(b.text, b.item_note) for b in build_blocks([proof + rest], [])]
    assert ("Idrettskontoret og Frivilligsentralen", True) in texts
    texts = [(b.text, b.item_note) for b in build_blocks([rest], [])]
    assert ("Idrettskontoret og Frivilligsentralen", True) not in texts


def test_a_line_wholly_in_italics_begun_anew_under_an_item_is_a_remark_of_its_own():
    # the item's line ends far short of the margin the other lines reach, and the italic
    # remark's first word would have fitted there: the writer began it anew
    lines = [_line("Alle lærarar skal ha godkjend utdanning i faget og i metodikken dei underviser i", 100, bullet=True),
             _line("Tiltak", 112, bullet=True),
             _line("Alle lærarar skal ha godkjend utdanning", 124, bullet=True),
             _line("Tiltaka blir fastsette når kartlegginga er ferdig hausten 2026.", 136, italic_words=9)]
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.text) for b in blocks][-2:] == [
        (BlockKind.list_item, "Alle lærarar skal ha godkjend utdanning"),
        (BlockKind.paragraph, "Tiltaka blir fastsette når kartlegginga er ferdig hausten 2026."),
    ]


def test_italics_that_wrap_from_a_full_line_go_on_with_the_item():
    lines = [_line("Alle lærarar skal ha godkjend utdanning i faget og i metodikken dei underviser i", 100, bullet=True),
             _line("Alle lærarar skal ha godkjend utdanning i faget og i metodikken dei underviser i", 112, bullet=True),
             _line("Tiltaka blir fastsette når kartlegginga er ferdig.", 124, italic_words=7)]
    blocks = build_blocks([lines], [])
    assert blocks[-1].kind == BlockKind.list_item and blocks[-1].text.endswith("Tiltaka blir fastsette når kartlegginga er ferdig.")
