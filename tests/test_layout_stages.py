"""The layout stages on hand-built pages: characters → words → regions → lines → blocks."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError
from test_layout_support import line_words

from plancheck.layout.blocks import build_blocks, leading_by_size, starts_with_label
from plancheck.layout.chars import Char
from plancheck.layout.columns import xy_cut
from plancheck.layout.lines import words_to_lines
from plancheck.layout.settings import LayoutSettings
from plancheck.layout.words import Word, chars_to_words, drop_duplicates, letter_gap


def typeset(text: str, x: float = 50, top: float = 100, size: float = 10, advance: float = 5,
            tracking: float = 0.0, space: float = 2.5, bold: bool = False) -> list[Char]:
    """Characters of ``text`` on one line: each glyph ``advance`` wide plus ``tracking``."""
    out = []
    for ch in text:
        w = space if ch == " " else advance
        out.append(Char(ch, x, top, x + w, top + size, size, "Font-Bold" if bold else "Font", bold))
        x += w + tracking
    return out


def words_of(chars: list[Char]) -> list[str]:
    return [w.text for w in chars_to_words(chars)]


def test_plain_text_splits_at_spaces():
    assert words_of(typeset("Kommunen skal ha en plan")) == ["Kommunen", "skal", "ha", "en", "plan"]


def test_letter_spaced_heading_without_spaces_becomes_words():
    # "I n n e h å l l": every glyph 3.6 pt from the next, no space characters
    chars = typeset("Innehåll", size=18, advance=9, tracking=3.6)
    assert words_of(chars) == ["Innehåll"]
    assert letter_gap(chars) == pytest.approx(3.6)


def test_a_short_letter_spaced_heading_alone_on_a_page_of_plain_type_is_one_word():
    """'M å l' (three letters 2.4 pt apart in 13 pt type, no space characters) alone on its line,
    on a page with no other letter-spaced type to take the tracking from: one word. Letters a
    word space apart (over half the size) are single-letter words, and so are letters with
    other text on their line."""
    assert words_of(typeset("Tak", size=13, advance=7, tracking=2.4)) == ["Tak"]
    assert words_of(typeset("Tak", size=13, advance=7, tracking=8)) == ["T", "a", "k"]
    a = typeset("Tak", size=13, advance=7, tracking=2.4)
    b = typeset("og", x=a[-1].x1 + 2.4, size=10, advance=5)
    assert words_of(a + b) == ["T", "a", "k", "og"]


def test_glyphs_set_more_than_their_size_apart_are_words_of_their_own():
    """'1   2   3   4' (10.5 pt bold figures 12.5 pt apart: the heads of a cross matrix's narrow
    goal columns) is four words, not a word spaced out: display type is tracked by a fraction
    of its size ("I n n e h å l l", 0.2 sizes, stays one word)."""
    assert words_of(typeset("1234", size=10.5, advance=5.8, tracking=12.5, bold=True)) == ["1", "2", "3", "4"]
    assert words_of(typeset("Innehåll", size=18, advance=9, tracking=3.6)) == ["Innehåll"]


def test_letter_spaced_words_with_wide_gaps_split():
    a = typeset("Varför", size=18, advance=9, tracking=3.6)
    b = typeset("klimat", x=a[-1].x1 + 12, size=18, advance=9, tracking=3.6)
    assert words_of(a + b) == ["Varför", "klimat"]


def test_letter_spaced_text_with_space_characters_breaks_at_spaces_only():
    chars = typeset("Varför en klimatstrategi", size=18, advance=9, tracking=3.6, space=5)
    assert words_of(chars) == ["Varför", "en", "klimatstrategi"]


def test_justified_text_without_space_characters_keeps_its_words():
    a = typeset("planen", advance=5)
    b = typeset("gjelder", x=a[-1].x1 + 6, advance=5)
    c = typeset("fra", x=b[-1].x1 + 7, advance=5)
    assert words_of(a + b + c) == ["planen", "gjelder", "fra"]


def test_fake_bold_duplicates_are_dropped():
    chars = typeset("CITY OF HARTFORD", bold=True)
    shadow = [Char(c.text, c.x0 + 0.4, c.top + 0.2, c.x1 + 0.4, c.bottom + 0.2, c.size, c.font, c.bold) for c in chars]
    merged = [c for pair in zip(chars, shadow, strict=True) for c in pair]
    visible = [c for c in drop_duplicates(merged) if not c.text.isspace()]
    assert len(visible) == len(chars) - 2
    assert words_of(merged) == ["CITY", "OF", "HARTFORD"]


def test_double_letters_are_not_duplicates():
    assert words_of(typeset("Gunnel offentlig")) == ["Gunnel", "offentlig"]


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå", min_size=1, max_size=12), min_size=1, max_size=8),
       st.floats(min_value=0, max_value=4))
def test_words_survive_any_tracking(words: list[str], tracking: float):
    """Property: whatever the letter spacing, words separated by spaces come back whole (a
    line needs a few letters for its spacing to be estimated, and the usual gap is the median
    one: letter gaps must outnumber word gaps, as in any text but a run of one-letter words —
    ['a', 'a', 'aa'] at tracking 4 has two word gaps and one letter gap)."""
    assume(sum(len(w) for w in words) >= 4)
    assume(sum(len(w) - 1 for w in words) > len(words) - 1)
    chars = typeset(" ".join(words), size=12, advance=6, tracking=tracking, space=6)
    assert words_of(chars) == words


def two_column_page() -> list[Word]:
    words = line_words("Overskrift over begge spaltene på siden", 50, 40, size=16)
    for i in range(8):
        words += line_words("venstre spalte tekst som fyller linjen", 50, 80 + 14 * i)
        words += line_words("høyre spalte tekst som også fyller linjen", 320, 80 + 14 * i)
    return words


def test_two_columns_read_column_by_column_under_a_full_width_heading():
    regions = xy_cut(two_column_page(), 595)
    texts = [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in regions]
    assert texts[0].startswith("Overskrift")
    assert texts[1].startswith("venstre") and "høyre" not in texts[1]
    assert texts[2].startswith("høyre") and "venstre" not in texts[2]


def test_a_table_is_not_cut_into_text_columns():
    words = []
    for i, (nr, what, who) in enumerate([("1.1", "Merke og skilte nye turstier", "Kultur"),
                                         ("1.2", "Gjennomføre kampanjen sykle", "Helse"),
                                         ("1.3", "Holde skolegårdene åpne", "Rektor"),
                                         ("1.4", "Etablere en aktivitetsvenn", "Frivillig")]):
        words += line_words(nr, 50, 100 + 20 * i) + line_words(what, 90, 100 + 20 * i)
        words += line_words(who, 380, 100 + 20 * i)
    regions = xy_cut(words, 595)
    assert len(regions) >= 1 and not any(r.column for r in regions)


def test_lines_keep_reading_order_within_regions():
    lines = words_to_lines(line_words("b første linje", 50, 100) + line_words("a andre linje", 50, 113), 1)
    assert [ln.text for ln in lines] == ["b første linje", "a andre linje"]


def test_a_raised_mark_met_before_its_lines_text_does_not_make_a_line_of_its_own():
    # a bullet, then the words; "SM" is set small and raised after "Star", so it is met first
    bullet = Word("\u2022", 50, 100.5, 56, 112.5, 12)
    words = [Word("Follow", 62, 101, 98, 113, 12), Word("Star", 102, 101, 126, 113, 12),
             Word("standards", 138, 101, 192, 113, 12)]
    mark = Word("SM", 126.5, 100, 134, 107, 7)
    lines = words_to_lines([bullet, mark, *words], 1)
    assert [ln.text for ln in lines] == ["\u2022 Follow StarSM standards"]
    assert lines[0].size == 12
    # text in small type of its own (a caption beside body text) is still a line of its own
    caption = [Word("Figure", 300, 100, 330, 107, 7), Word("three", 333, 100, 355, 107, 7)]
    assert len(words_to_lines([*caption, *words], 1)) == 2


def test_labels_are_recognised_by_form():
    assert starts_with_label("Mål 2: Flere skal gå til skolen")
    assert starts_with_label("Ansvarlig: Kommunalsjef")
    assert starts_with_label("Action 1.1.2 Plant trees")
    assert not starts_with_label("kommunen skal: gjøre mer")
    assert not starts_with_label("Planen gjelder fra 2025")


def test_blocks_from_hand_built_lines():
    words = line_words("Innledning", 50, 50, size=16)
    words += line_words("Dette er en paragraf som går over", 50, 80)
    words += line_words("to linjer uten luft imellom", 50, 92)
    words += line_words("• et punkt i en liste", 50, 120)
    lines = words_to_lines(words, 1)
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Innledning"),
        ("paragraph", "Dette er en paragraf som går over to linjer uten luft imellom"),
        ("list_item", "et punkt i en liste"),
    ]


def test_settings_are_validated():
    with pytest.raises(ValidationError):
        LayoutSettings(x_tolerance=-1)
    with pytest.raises(ValidationError):
        LayoutSettings(no_such_setting=1)
    assert LayoutSettings(char_source="pdfplumber").char_source == "pdfplumber"


def test_a_wrapped_list_item_that_returns_to_the_margin_is_one_item():
    words = line_words("1. Barn og unge skal ha trygge overganger mellom ulike", 50, 100)
    words += line_words("livsfaser", 50, 112)
    words += line_words("2. Alle skal ha et godt tilbud", 50, 124)
    lines = words_to_lines(words, 1)
    blocks = build_blocks([lines], [])
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("list_item", "1.", "Barn og unge skal ha trygge overganger mellom ulike livsfaser"),
        ("list_item", "2.", "Alle skal ha et godt tilbud"),
    ]


def test_a_short_list_item_followed_by_text_at_the_margin_is_not_continued():
    words = line_words("1. Kort punkt", 50, 100)
    words += line_words("Dette er en egen paragraf under lista som fyller linjen helt ut", 50, 112)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.kind for b in blocks] == ["list_item", "paragraph"]


def _spaced_page(step_after_item: float, second: str = "Slik vil vi nå mål 1:") -> list:
    """A wrapped paragraph (leading 12 pt), a numbered item that ends near the margin, a line
    (``second``) at the margin ``step_after_item`` below it, and a bullet."""
    words = []
    for k in range(4):
        words += line_words("Dette er en lang linje med tekst som fyller ut hele bredden", 50, 60 + 12 * k)
    words += line_words("1.Barn og unge skal ha trygge overganger mellom skolene", 50, 120)
    top = 120 + step_after_item
    words += line_words(second, 50, top)
    words += line_words("• Samarbeide med lag og foreninger", 50, top + step_after_item)
    return words_to_lines(words, 1)


def test_the_leading_is_the_smallest_recurring_step_of_a_size():
    lines = _spaced_page(15)
    assert leading_by_size([lines]) == {10: 12}


def test_a_line_set_apart_by_paragraph_spacing_does_not_continue_a_list_item():
    blocks = build_blocks([_spaced_page(15)], [])
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        ("list_item", "Barn og unge skal ha trygge overganger mellom skolene"),
        ("paragraph", "Slik vil vi nå mål 1:"),
        ("list_item", "Samarbeide med lag og foreninger"),
    ]


def test_a_line_at_the_leading_under_a_wrapped_list_item_continues_it():
    # (the control of the test above: at the leading, the line goes on with the item. It was
    # a lead-in, "Slik vil vi nå mål 1:", joined to the goal; a whole line opening with a
    # capital and ending in a colon is now a lead-in of its own wherever it stands, so the
    # control is a line that goes on mid-sentence)
    blocks = build_blocks([_spaced_page(12, "og mellom skole og fritid")], [])
    assert blocks[1].kind == "list_item" and blocks[1].text.endswith("skolene og mellom skole og fritid")
    blocks = build_blocks([_spaced_page(12)], [])
    assert [(b.kind, b.text) for b in blocks[1:3]] == [
        ("list_item", "Barn og unge skal ha trygge overganger mellom skolene"), ("paragraph", "Slik vil vi nå mål 1:")]


def test_a_number_glued_to_its_text_is_a_list_marker():
    blocks = build_blocks([words_to_lines(line_words("10.Ivareta kulturarven i kommunen", 50, 100), 1)], [])
    assert (blocks[0].kind, blocks[0].number, blocks[0].text) == ("list_item", "10.", "Ivareta kulturarven i kommunen")


def test_a_bare_number_set_off_by_a_tab_is_a_list_marker():
    words = [Word("1", 50, 100, 55, 110, 10), *line_words("Et punkt i lista", 75, 100)]
    block = build_blocks([words_to_lines(words, 1)], [])[0]
    assert (block.kind, block.number, block.text) == ("list_item", "1", "Et punkt i lista")
    words = line_words("1 punkt med vanlig mellomrom", 50, 100)
    assert build_blocks([words_to_lines(words, 1)], [])[0].kind == "paragraph"


@pytest.mark.parametrize("marker", ["•", "–", "1.", "1)", "a)", "i.", "1.2.3"])
def test_list_markers(marker: str):
    blocks = build_blocks([words_to_lines(line_words(f"{marker} Et punkt i lista", 50, 100), 1)], [])
    assert blocks[0].kind == "list_item" and blocks[0].text == "Et punkt i lista"


def test_inline_outline_labels_are_kept_not_interpreted():
    from plancheck.layout.blocks import inline_label

    assert inline_label("G1 (Goal) Reduce emissions by 2030") == ("G1 (Goal)", "G1", "Goal")
    assert inline_label("D3 (Deliverable) Tree plan, April 2024") == ("D3 (Deliverable)", "D3", "Deliverable")
    assert inline_label("Mål 2: Flere skal sykle") == ("Mål 2", "2", "Mål")
    assert inline_label("Planen gjelder 2: ikke") is None
    words = line_words("O1 (Objective) Cut waste in half", 50, 100)
    block = build_blocks([words_to_lines(words, 1)], [])[0]
    assert (block.number, block.label, block.text) == (None, "O1 (Objective)", "O1 (Objective) Cut waste in half")


def paragraph(i: int, text: str):
    from plancheck.models import Block, Provenance

    return Block(id=f"b{i}", kind="paragraph", text=text, provenance=Provenance(page=1, source_text=text))


def test_labelled_records_become_one_table():
    from plancheck.layout.records import records_to_tables

    texts = ["Innledning til tiltakene",
             "Åtgärd: Bygga cykelväg", "Ansvarig: Tekniska förvaltningen", "Klart: 2026",
             "Åtgärd: Byta belysning", "Ansvarig: Fastighet", "Klart: 2025",
             "Åtgärd: Utreda solceller", "Ansvarig: Miljökontoret",
             "Slutord"]
    blocks = records_to_tables([paragraph(i, t) for i, t in enumerate(texts)])
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    table = blocks[1].table
    assert table.header == ["Åtgärd", "Ansvarig", "Klart"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Bygga cykelväg", "Tekniska förvaltningen", "2026"],
        ["Byta belysning", "Fastighet", "2025"],
        ["Utreda solceller", "Miljökontoret", ""],
    ]


def test_a_single_labelled_line_is_not_a_record_table():
    from plancheck.layout.records import records_to_tables

    texts = ["Visjon: Sammen skaper vi framtida", "Ansvarlig: Kommunedirektøren"]
    blocks = records_to_tables([paragraph(i, t) for i, t in enumerate(texts)])
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


def test_a_table_without_ruling_lines_is_found_by_alignment_whatever_its_header_words():
    from plancheck.layout.tables import find_unruled_tables

    words = [*line_words("Hva", 50, 100), *line_words("Hvem", 300, 100), *line_words("Når", 450, 100)]
    for b in words:
        b.bold = True
    for i, (what, who, when) in enumerate([("Bygge ny gangvei", "Teknisk", "2026"),
                                           ("Male fotgjengerfelt", "Drift", "2025"),
                                           ("Sette opp lys", "Teknisk", "2027")]):
        top = 114 + 14 * i
        words += line_words(what, 50, top) + line_words(who, 300, top) + line_words(when, 450, top)
    lines = words_to_lines(words, 1)
    found = find_unruled_tables(lines, lambda _t: None, 1)
    assert len(found) == 1
    piece, _used = found[0]
    assert [c.text for c in piece.rows[0]] == ["Hva", "Hvem", "Når"]
    assert [c.text for c in piece.rows[2]] == ["Male fotgjengerfelt", "Drift", "2025"]


def test_an_inline_label_starts_a_new_paragraph():
    words = line_words("G1 (Goal) Everyone has a safe home", 50, 100)
    words += line_words("O1 (Objective) More affordable homes", 50, 112)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.label for b in blocks] == ["G1 (Goal)", "O1 (Objective)"]


def test_numbered_labels_are_outline_items_not_record_fields():
    from plancheck.layout.records import records_to_tables

    texts = ["ACTION 1: Survey employees", "ACTION 2: Offer courses", "ACTION 1: Install chargers", "ACTION 2: Write a policy"]
    blocks = records_to_tables([paragraph(i, t) for i, t in enumerate(texts)])
    assert [b.kind for b in blocks] == ["paragraph"] * 4


def _piece(cells: list[list[str]], heights: list[float] | None = None):
    """A ruled table piece from cell texts; ``heights`` of its rows (20 pt each by default)."""
    from plancheck.layout.tables import TablePiece
    from plancheck.models import BBox, Cell

    heights = heights or [20.0] * len(cells)
    rows, top = [], 50.0
    for r, (row, h) in enumerate(zip(cells, heights, strict=True)):
        xs = [50 + 500 * c / len(row) for c in range(len(row) + 1)]
        rows.append([Cell(row=r, col=c, text=t, page=1, bbox=BBox(x0=xs[c], top=top, x1=xs[c + 1], bottom=top + h))
                     for c, t in enumerate(row)])
        top += h
    return TablePiece(page=1, bbox=(50, 50, 550, top), col_x=[50 + 500 * c / len(cells[0]) for c in range(len(cells[0]))], rows=rows)


PROSE = " ".join(["The residential sector uses a large share of the energy consumed statewide."] * 8)


def test_a_page_border_around_running_text_is_a_frame_not_a_table():
    from plancheck.layout.tables import is_text_frame

    border = _piece([["HEADER", "Page 12"], ["a sidebar note", PROSE], ["", ""]], [18, 640, 4])
    assert is_text_frame(border, 792)
    box = _piece([["Transport priorities"], [PROSE[:300]], [PROSE[:200]]])
    assert is_text_frame(box, 792)  # one column of text: a text box
    table = _piece([["Action", "Lead", "Timeframe"]] + [[PROSE[:120], "Planning Department", "2025"]] * 6)
    assert not is_text_frame(table, 792)
    # one long description in a table row is not a frame: the row is not taller than half a page
    table = _piece([["Strategy", PROSE, ""], ["Timeline", "Lead Agency", "Partner"], ["Short-term", "City", "Schools"]],
                   [120, 20, 20])
    assert not is_text_frame(table, 792)
    small = _piece([["Goal"], ["Fewer cars downtown"]])
    assert not is_text_frame(small, 792)  # a labelled goal box stays a box (read as one paragraph)


def test_the_text_of_a_frame_is_read_at_the_frame_place_in_its_own_regions():
    from plancheck.layout.columns import Region
    from plancheck.layout.document import FRAME_MARK, expand_frames

    above = line_words("Heading above the box", 50, 40)
    beside = line_words("chart label", 400, 120)
    mark = Word(f"{FRAME_MARK}0", 40, 100, 300, 200, 0.0)
    framed = line_words("Box title", 50, 105) + line_words("first item of the box", 50, 120)
    region = Region(above + beside + [mark], 40, 40, 450, 200)
    out = expand_frames([region], [framed], 595)
    texts = [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in out]
    assert texts == ["Heading above the box", "Box title first item of the box", "chart label"]


def test_a_table_whose_cells_wrap_on_one_side_is_not_cut_into_text_columns():
    """Rows of one line on the left, cells wrapping on the right (a landscape page): the right
    side's lines are evenly spaced, so only rows starting level on both sides show one table."""
    words = line_words("Delivery plan of the council", 62, 70)
    top = 100.0
    for i in range(8):
        if i % 3 == 0:
            words += line_words(f"Objective {i + 1}", 65, top)
        words += line_words(f"Deliver the measure number {i} in every ward", 153, top)
        owner = "Director of Leisure Services/Head of" if i == 5 else "Head of Education/Road"
        words += line_words(owner, 507, top) + line_words("Spring 2027", 668, top)
        if i % 3 == 1:
            words += line_words("Safety Manager", 507, top + 11)
            top += 32
        else:
            top += 21
    regions = xy_cut(words, 842)
    assert not any(r.column for r in regions)


def test_rows_whose_cells_wrap_on_either_side_break_at_the_same_heights():
    """Each side wraps in other rows: the median step is a row step on both sides, so breaks
    are measured against the leading (the narrowest step) instead."""
    from plancheck.layout.columns import _breaks_match

    left, right, top = [], [], 100.0
    for nl, nr in [(1, 2), (2, 1), (1, 1), (1, 2), (1, 1), (2, 1), (1, 1)]:
        left += [w for j in range(nl) for w in line_words("venstre celle tekst", 50, top + 11 * j)]
        right += [w for j in range(nr) for w in line_words("høyre celle tekst", 320, top + 11 * j)]
        top += 11 * max(nl, nr) + 10
    assert _breaks_match(left, right, LayoutSettings())


def test_two_text_columns_with_paragraphs_are_still_columns():
    words = []
    for i in range(14):
        if i not in (4, 9):
            words += line_words("venstre spalte tekst som fyller linjen", 50, 80 + 14 * i)
        if i not in (6, 11):
            words += line_words("høyre spalte tekst som også fyller linjen", 320, 80 + 14 * i)
    regions = xy_cut(words, 595)
    assert regions and all(r.column for r in regions)
    assert all(len({w.x0 < 300 for w in r.words}) == 1 for r in regions)


def test_a_header_cell_over_two_columns_names_neither_alone():
    """"Gjennomføring" spanning "Ansvar | Frist": each column is named by its own label."""
    from plancheck.layout.tables import TablePiece, join_pieces
    from plancheck.models import BBox, Cell

    def cell(r, c, text, x0, x1, merged_from=None, boxed=True):
        bbox = BBox(x0=x0, top=100 + 20 * r, x1=x1, bottom=120 + 20 * r) if boxed else None
        return Cell(row=r, col=c, text=text, page=1, bbox=bbox, merged_from=merged_from)

    rows = [
        [cell(0, 0, "Tiltak", 50, 300), cell(0, 1, "Gjennomføring", 300, 500), cell(0, 2, "", 0, 0, boxed=False)],
        [cell(1, 0, "Tiltak", 50, 300, merged_from=0), cell(1, 1, "Ansvar", 300, 400), cell(1, 2, "Frist", 400, 500)],
        [cell(2, 0, "Lage en rutine", 50, 300), cell(2, 1, "Rektor", 300, 400), cell(2, 2, "2026", 400, 500)],
    ]
    piece = TablePiece(1, (50, 100, 500, 160), [50, 300, 400], rows, [False] * 3)
    [(_, table)] = join_pieces([piece], {1: 842}, {1: (100, 160)})
    assert table.header == ["Tiltak", "Ansvar (Gjennomføring)", "Frist (Gjennomføring)"]
    assert [c.text for c in table.rows[0]] == ["Lage en rutine", "Rektor", "2026"]


def test_two_columns_whose_paragraph_breaks_fall_level_are_read_column_by_column():
    """Blank lines across both columns cut the page into bands of two lines a side: too short
    to be columns one by one, together they are the two columns."""
    words = line_words("En overskrift over hele siden som går over begge spaltene", 50, 40, size=16)
    left = [80, 92, 120, 132, 160, 172, 184, 196, 208]
    right = [80, 92, 120, 132, 160, 172, 196, 208, 220]  # the last paragraphs break elsewhere
    for top in left:
        words += line_words("venstre spalte tekst som fyller linjen", 50, top)
    for top in right:
        words += line_words("høyre spalte tekst som også fyller linjen", 320, top)
    regions = xy_cut(words, 595)
    order = [w.x0 >= 300 for r in regions for w in sorted(r.words, key=lambda w: (w.top, w.x0)) if w.top >= 80]
    assert order == sorted(order)  # every left-column word before every right-column word


def test_a_header_cell_holding_two_headings_is_split_where_the_rows_below_start_a_column():
    """"Ansvarlig enhet  Når" set a little closer than a cell gap: the rows below start their
    deadlines at "Når", after a wide gap, so it is a column of its own."""
    from plancheck.layout.lines import segments
    from plancheck.layout.tables import split_by_body

    header = words_to_lines(
        line_words("Tiltak", 50, 100) + line_words("Ansvarlig enhet", 300, 100) + line_words("Når", 388, 100), 1
    )[0]
    below = []
    for i, (who, when) in enumerate([("Familiesenteret", "Hvert halvår"), ("Teknisk drift", "2026"), ("NAV", "2027")]):
        below += words_to_lines(line_words("Lage en rutine", 50, 115 + 15 * i) + line_words(who, 300, 115 + 15 * i)
                                + line_words(when, 388, 115 + 15 * i), 1)
    segs = segments(header)
    assert [" ".join(w.text for w in s) for s in segs] == ["Tiltak", "Ansvarlig enhet Når"]
    split = split_by_body(segs, below)
    assert [" ".join(w.text for w in s) for s in split] == ["Tiltak", "Ansvarlig enhet", "Når"]
    # one row is not a column edge when a word below runs across it ...
    crossing = words_to_lines(line_words("Lage en rutine", 50, 160) + line_words("Familiesenteret/Barnevernet", 300, 160), 1)
    assert split_by_body(segs, below[:1] + crossing) == segs
    # ... but nothing contradicts it in a short table (or the first rows of one the page breaks)
    assert [" ".join(w.text for w in s) for s in split_by_body(segs, below[:1])] == ["Tiltak", "Ansvarlig enhet", "Når"]


def test_two_headings_little_more_than_a_word_space_apart_split_where_many_rows_start_a_column():
    """Narrow columns set close: "Ansvarlig enhet" ends 7 pt before "Frist" (less than the
    usual gap between header cells) and the longest owner ends just before it; three rows start
    their deadlines at "Frist" and no word below runs across it, so it is a column edge."""
    from plancheck.layout.lines import segments
    from plancheck.layout.tables import split_by_body

    header = words_to_lines(
        line_words("Tiltak", 50, 100) + line_words("Ansvarlig enhet", 300, 100) + line_words("Frist", 380, 100), 1
    )[0]
    assert [" ".join(w.text for w in s) for s in segments(header)] == ["Tiltak", "Ansvarlig enhet Frist"]
    below = []
    for i, (who, when) in enumerate([("Alle", "2026"), ("Skolesjefen", "Løpende"), ("NAV", "Hver høst")]):
        below += words_to_lines(line_words("Lage en rutine", 50, 115 + 15 * i) + line_words(who, 300, 115 + 15 * i)
                                + line_words(when, 380, 115 + 15 * i), 1)
    below += words_to_lines(line_words("tildelingskonto", 300, 160), 1)  # ends at 375
    split = split_by_body(segments(header), below)
    assert [" ".join(w.text for w in s) for s in split] == ["Tiltak", "Ansvarlig enhet", "Frist"]
    # with one row only, so narrow a gap is a word space, not a column edge
    one = split_by_body(segments(header), below[:1])
    assert [" ".join(w.text for w in s) for s in one] == ["Tiltak", "Ansvarlig enhet Frist"]


def _line_with_marker(text: str, marker: str, after: int, top: float, size: float = 11.5) -> list[Word]:
    """Words of a line with a small raised ``marker`` glued after its ``after``-th word."""
    words = line_words(text, 72, top, size)
    w = words[after]
    sup = Word(marker, w.x1, top, w.x1 + 4, top + 0.65 * size, 0.66 * size)
    rest = words[after + 1:]
    for r in rest:
        r.x0 += 4
        r.x1 += 4
    return [*words[: after + 1], sup, *rest]


def test_footnotes_are_page_furniture_and_their_markers_leave_the_text():
    """"STRATEGY 3⁴: Continue …" with "⁴ This strategy is from the 2030 plan" at the page foot:
    the footnote is not text of the plan, and strategy 3 is strategy 3, not 34."""
    from plancheck.layout.furniture import mark_footnotes
    from plancheck.layout.lines import Line, finish_line

    def line(words: list[Word]) -> Line:
        ln = Line(1, words, 0, 0, 0, 0, 0, False)
        ln.top, ln.bottom = min(w.top for w in words), max(w.bottom for w in words)
        finish_line(ln)
        return ln

    body = line(_line_with_marker("STRATEGY 3 : Continue to install chargers", "4", 1, top=200))
    # the colon set right after the marker, as printed
    colon = body.words[3]
    colon.x0, colon.x1 = body.words[2].x1, body.words[2].x1 + 3
    finish_line(body)
    other = line(line_words("ACTION 1: Identify areas for chargers", 90, 220, 11.5))
    note = line([Word("4", 72, 700, 76, 706.5, 6.5), *line_words("This strategy is from the 2030 plan", 80, 700, 10)])
    note2 = line(line_words("adopted in 2013.", 80, 712, 10))
    caption = line(line_words("Photo: the new chargers", 72, 600, 8))
    page = [body, other, caption, note, note2]
    mark_footnotes([page], [792.0])
    assert [ln.kind for ln in page] == ["", "", "", "footnote", "footnote"]
    assert body.text == "STRATEGY 3: Continue to install chargers"
    # two footnote lines with the same marker take it out of the text once
    body = line(_line_with_marker("see the note here", "1", 2, top=200))
    notes = [line([Word("1", 72, top, 76, top + 6.5, 6.5), *line_words("A note", 80, top, 10)]) for top in (700, 712)]
    mark_footnotes([[body, *notes]], [792.0])
    assert (body.text, [n.kind for n in notes]) == ("see the note here", ["footnote", "footnote"])
    # small text at the foot of a page without a marker in the text above is left alone
    lone = line([Word("5", 72, 700, 76, 706.5, 6.5), *line_words("Source: national statistics", 80, 700, 10)])
    page = [line(line_words("Plain text without markers", 72, 200, 11.5)), lone]
    mark_footnotes([page], [792.0])
    assert [ln.kind for ln in page] == ["", ""]


def test_a_tab_drawn_as_a_small_gap_in_tight_type_parts_two_words():
    """"policy⇥September 2024": the producer writes spaces between words and sets its letters
    tight; a 1.2 pt gap with no space character (a tab) is a word gap, read as a space."""
    a = typeset("a private rented sector energy policy", advance=5.5, space=2.9)
    b = typeset("September 2024", x=a[-1].x1 + 1.2, advance=5.5, space=2.9)
    words = chars_to_words(a + b)
    assert [w.text for w in words][-3:] == ["policy", "September", "2024"]
    assert words_to_lines(words, 1)[0].text.endswith("policy September 2024")
    # the same gap in loosely set type (glyph boxes that do not touch) is not a word gap
    loose = typeset("policy", advance=5.5, tracking=0.6) + typeset("makers", x=40, advance=5.5, tracking=0.3)
    loose = [c for c in loose]
    loose[6:] = [Char(c.text, c.x0 - (40 - loose[5].x1) + 1.2, c.top, c.x1 - (40 - loose[5].x1) + 1.2, c.bottom,
                      c.size, c.font, c.bold) for c in loose[6:]]
    assert words_of(loose + typeset(" and more", x=200, advance=5.5, space=2.9)) == ["policymakers", "and", "more"]


def test_a_bare_label_line_after_a_finished_sentence_starts_a_paragraph():
    words = line_words("Mål 1", 50, 100)
    words += line_words("Banans betydelse ska betonas för resande och gods.", 50, 112)
    words += line_words("Mål 2", 50, 124)
    words += line_words("Kommunerna ska verka för en förlängning av banan", 50, 136)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.text for b in blocks] == [
        "Mål 1 Banans betydelse ska betonas för resande och gods.",
        "Mål 2 Kommunerna ska verka för en förlängning av banan",
    ]
    # in mid-sentence the same words go on with the paragraph
    words = line_words("Detta beskrivs närmare i", 50, 100) + line_words("Kapitel 3", 50, 112)
    assert len(build_blocks([words_to_lines(words, 1)], [])) == 1


def test_a_sentence_ended_with_room_for_the_next_word_ends_its_paragraph():
    words = line_words("Kommunerna ska verka för ett större utbud av förnybara drivmedel i hela", 50, 100)
    words += line_words("kommunen.", 50, 112)
    words += line_words("Kommer det fler typer av drivmedel bör dessa också utvärderas i kommunen.", 50, 124)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.text[:10] for b in blocks] == ["Kommunerna", "Kommer det"]
    # a sentence that ends at the margin (the next word did not fit) goes on in the paragraph
    words = line_words("Kommunerna ska verka för ett större utbud av förnybara drivmedel i kommunen.", 50, 100)
    words += line_words("Kommunen har som mål att utbudet ska öka.", 50, 112)
    assert len(build_blocks([words_to_lines(words, 1)], [])) == 1
    # nor does a line that starts at another x (text beside a figure, the next column's line)
    words = line_words("Kommunerna ska verka för ett större utbud av förnybara drivmedel i hela", 50, 100)
    words += line_words("kommunen.", 50, 112)
    words += line_words("Regionalt finns en strategi.", 60, 124)
    assert len(build_blocks([words_to_lines(words, 1)], [])) == 1


def test_one_step_in_mid_sentence_is_enough_to_know_the_leading():
    words = line_words("1. Kommunen skal redusere utslippene med halvparten i barnehage, skole og", 50, 100)
    words += line_words("fritid innen utgangen av planperioden", 50, 112)
    words += line_words("2. Alle skal ha et godt tilbud", 50, 127)
    words += line_words("3. Alle skal bo trygt hjemme", 50, 142)
    assert leading_by_size([words_to_lines(words, 1)]) == {10: 12}


def test_a_list_item_goes_on_in_lower_case_at_the_leading_in_a_narrow_column():
    # a column of a page whose other column is empty: the wide title says nothing of its margin
    words = line_words("En lang tittel over hele siden som er mye bredere enn spalten", 50, 60, size=10)
    words += line_words("1.Barn og unge skal ha en trygg", 50, 100)
    words += line_words("og god bolig", 50, 112)
    words += line_words("2.Alle skal ha et bredt og", 50, 127)
    words += line_words("variert fritidstilbud", 50, 139)
    words += line_words("Slik når vi målene:", 50, 154)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        ("list_item", "Barn og unge skal ha en trygg og god bolig"),
        ("list_item", "Alle skal ha et bredt og variert fritidstilbud"),
        ("paragraph", "Slik når vi målene:"),
    ]


def test_a_field_label_in_an_open_parenthesis_goes_on_in_the_next_column():
    left = words_to_lines(line_words("Tiltak 3.2: Tilby sommerjobb for ungdom (ansvar:", 50, 700), 1)
    right = words_to_lines(line_words("Klimarådgiver; frist: Hver høst 2026)", 320, 60), 1)
    for ln in right:
        ln.region = 1
    blocks = build_blocks([left + right], [])
    assert [b.text for b in blocks] == ["Tiltak 3.2: Tilby sommerjobb for ungdom (ansvar: Klimarådgiver; frist: Hver høst 2026)"]

@pytest.mark.parametrize(
    ("end", "rest"),
    [("i samarbeid med frivillige lag – Ansvar:", "Skulehelsetenesta – Vår 2027"),
     ("med foreldreråd og elevråd – Ansvar: Rektor – 1.", "kvartal 2027")],
)
def test_a_field_left_open_after_a_dash_goes_on_in_the_next_column(end: str, rest: str):
    """'… – Ansvar:' (a field's label, its value still to come) or '… – 1.' (an ordinal of a
    date) at the foot of a column: no sentence ended there, so the top of the next column goes
    on with it, whatever its case. A lead-in ('Vi vil:') and a sentence's end stay apart."""
    def read(first: str, second: str) -> list[str]:
        left = words_to_lines(line_words("T2 (Tiltak) Etablere et tilbud om leksehjelp", 50, 688), 1)
        left += words_to_lines(line_words(first, 50, 700), 1)
        right = words_to_lines(line_words(second, 320, 60), 1)
        for ln in right:
            ln.region = 1
        return [b.text for b in build_blocks([left + right], [])]

    assert read(end, rest) == [f"T2 (Tiltak) Etablere et tilbud om leksehjelp {end} {rest}"]
    assert len(read("i samarbeid med frivillige lag. Vi vil:", "Styrke samarbeidet")) == 2
    assert len(read("i samarbeid med frivillige lag – i 2026.", "Kommunen skal")) == 2


def test_a_dash_line_opening_the_first_field_of_a_wrapped_paragraph_goes_on_with_it():
    """'Å4 (Åtgärd) … varje år' wrapped to its column's edge, then '– Ansvar: …' at its margin:
    the dash with the label did not fit on the line above, so the line is the paragraph's first
    field, not a dash item, and the dash line after it ('– 2026') goes on too. Under a lead-in
    that ends short of the edge, '– Tema: …' lines are dash items."""
    full = "frivilliga i alla kommundelar och redovisa"  # 5 pt a letter: ends at x 270
    words = line_words("Å4 (Åtgärd) Skapa mötesplatser för alla", 50, 100)
    words += line_words(full, 50, 114) + line_words("resultatet för fullmäktige varje år", 50, 128)
    words += line_words("– Ansvar: Barn- och utbildningsförvaltningen", 50, 142)
    words += line_words("– 2026", 50, 156)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.text for b in blocks] == [
        "Å4 (Åtgärd) Skapa mötesplatser för alla frivilliga i alla kommundelar och redovisa resultatet för "
        "fullmäktige varje år – Ansvar: Barn- och utbildningsförvaltningen – 2026"
    ]
    words = line_words("Arbeidet med folkehelse i kommunen omfatter", 50, 100)
    words += line_words("blant annet disse tiltakene", 50, 114)
    words += line_words("– Skolemat: gratis frukt", 50, 128) + line_words("– Fysisk aktivitet: en time", 50, 142)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "list_item"]
    # at the top of the next column, where no margin or leading can be compared
    left = words_to_lines(line_words("Å4 (Åtgärd) Skapa mötesplatser för alla", 50, 686), 1)
    left += words_to_lines(line_words(full, 50, 700), 1)
    right = words_to_lines(line_words("– Ansvar: Skolchef – 2026", 320, 60), 1)
    for ln in right:
        ln.region = 1
    assert len(build_blocks([left + right], [])) == 1


def _wrapped_before_a_long_word(gap: float, second: str = "Därför föreslås att förvaltningen får i uppdrag att tillsätta en"):
    """A paragraph, then a line broken off before a word too long for it, the long word opening
    the next line ``gap`` pt below (a line space is 2 pt here)."""
    words = line_words("Det finns en risk att arbetet splittras om varje grupp tar fram sin egen plan.", 50, 100)
    words += line_words(second, 50, 122)
    words += line_words("Förvaltningsöverskridande arbetsgrupp för miljö. Gruppen rapporterar årligen.", 50, 132 + gap)
    return build_blocks([words_to_lines(words, 1)], [])


def test_a_line_broken_before_a_long_word_goes_on_over_a_wider_gap():
    blocks = _wrapped_before_a_long_word(gap=12)
    assert [b.text for b in blocks][1] == (
        "Därför föreslås att förvaltningen får i uppdrag att tillsätta en Förvaltningsöverskridande arbetsgrupp "
        "för miljö. Gruppen rapporterar årligen."
    )


def test_a_finished_sentence_or_a_gap_too_wide_still_ends_the_paragraph():
    assert len(_wrapped_before_a_long_word(gap=12, second="Därför föreslås att förvaltningen får ett uppdrag.")) == 3
    assert len(_wrapped_before_a_long_word(gap=30)) == 3  # over 1.5 line heights: a new paragraph
    # a line ending in a longer word may end an unbulleted item: the gap ends it
    assert len(_wrapped_before_a_long_word(gap=12, second="Därför föreslås att förvaltningen får i uppdrag om information")) == 3
    # a short line whose next word would have fitted after it was broken on purpose
    assert len(_wrapped_before_a_long_word(gap=12, second="Därför föreslås att")) == 3


def test_a_wrapped_line_opening_with_the_items_own_dash_separator_goes_on_with_the_item():
    """"D1 (Deliverable) Expand hubs in every ward – Lead: Economic Development" / "– Autumn
    2026": the item separates its fields with a dash, and the last field wrapped so that the
    dash opens the next line at the item's margin. That dash is the item's separator, not the
    marker of a new dash list item; a dash item set after an item that uses no dash is one."""
    words = line_words("1. Expand volunteer hubs in every ward – Lead: Economic Development", 50, 100)
    words += line_words("– Autumn 2026", 50, 112)
    words += line_words("2. Create a register of council homes", 50, 124)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", "Expand volunteer hubs in every ward – Lead: Economic Development – Autumn 2026"),
        ("list_item", "Create a register of council homes"),
    ]
    # an item without a dash inside it: a dash line under it is a list item of its own
    words = line_words("1. Expand volunteer hubs in every ward", 50, 100)
    words += line_words("– Autumn 2026", 50, 112)
    kinds = [(b.kind, b.text) for b in build_blocks([words_to_lines(words, 1)], [])]
    assert kinds == [("list_item", "Expand volunteer hubs in every ward"), ("list_item", "Autumn 2026")]


def test_a_page_number_set_close_to_the_foot_of_a_landscape_page_is_furniture():
    """On a landscape page the footer band (a share of the page's height) is low; a page number
    whose line starts just above the band but stands in it by its middle is still furniture."""
    from plancheck.layout.furniture import mark_furniture

    height = 595.0  # band from 541.4 (9 %)
    lines = words_to_lines(line_words("Tiltak som står i teksten", 60, 500) + line_words("Side 2", 60, 538, size=10.5), 2)
    mark_furniture([lines], [height])
    assert [ln.kind for ln in sorted(lines, key=lambda ln: ln.top)] == ["", "furniture"]


def _bold(words: list[Word]) -> list[Word]:
    for w in words:
        w.bold = True
    return words


def test_a_statement_under_a_title_in_capitals_is_text_not_more_title():
    """"1 :: SAFE STREETS" over "Make every street …" in the same bold body type: the title in
    capitals is the heading, the sentence-case lines under it one paragraph (the goal it names)."""
    words = line_words("Plain body text that sets the body size of this page here.", 50, 40)
    words += _bold(line_words("1 :: SAFE STREETS", 50, 80))
    words += _bold(line_words("Make every street in the town safe", 50, 92))
    words += _bold(line_words("for walking and", 50, 104))
    words += _bold(line_words("cycling.", 50, 116))
    words += _bold(line_words("GREEN SPACE /", 50, 160))
    words += _bold(line_words("LAND USE", 50, 172))
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("paragraph", None, "Plain body text that sets the body size of this page here."),
        ("heading", "1", ":: SAFE STREETS"),
        ("paragraph", None, "Make every street in the town safe for walking and cycling."),
        ("heading", None, "GREEN SPACE / LAND USE"),
    ]


def test_a_drop_cap_is_the_first_letter_of_the_line_beside_it():
    """"O" set four lines tall beside "ur town has …": one word "Our", not a line "O"
    read into the bullet above it."""
    from plancheck.layout.lines import attach_drop_caps

    words = line_words("• Cut car trips to work", 50, 60)
    words += [Word("O", 30, 95, 58, 143, 48.0)]
    words += line_words("ur town has one of the highest rates of", 60, 100)
    words += line_words("car use in the region.", 60, 112)
    lines = attach_drop_caps(words_to_lines(words, 1))
    assert [ln.text for ln in lines] == [
        "• Cut car trips to work",
        "Our town has one of the highest rates of",
        "car use in the region.",
    ]
    # a capital of the text size is no drop cap, nor one beside a line that starts a word
    plain = words_to_lines([Word("A", 30, 100, 38, 110, 10.0), *line_words("and more", 40, 100)], 1)
    assert [ln.text for ln in attach_drop_caps(plain)] == ["A and more"]
    big = words_to_lines([Word("A", 30, 95, 58, 143, 48.0), *line_words("Plan for all", 60, 100)], 1)
    assert sorted(ln.text for ln in attach_drop_caps(big)) == ["A", "Plan for all"]


def test_a_bold_bullet_title_that_fills_its_line_keeps_its_description_apart():
    """"• **Cut car trips to work by staff and visitors to the town hall**" reaching the right
    margin, then plain text that opens a sentence: the bullet is the title, the text under it
    its description (not one item)."""
    words = line_words("• Cut car trips to work by staff and visitors to the town hall", 50, 100)
    for w in words[1:]:
        w.bold = True
    words += line_words("This objective aims to reduce pollution by more walking", 60, 112)
    words += line_words("and cycling more.", 60, 124)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", "Cut car trips to work by staff and visitors to the town hall"),
        ("paragraph", "This objective aims to reduce pollution by more walking and cycling more."),
    ]


def test_a_heading_cut_by_a_column_break_goes_on_at_the_top_of_the_next_column():
    """A labelled goal heading that ran to its column's edge at the foot ('D2.1 (Delmål) Alle barn
    skal ha en trygg') goes on at the top of the next column in its type and in lower case: one
    heading. A heading there that opens with a capital, or under a heading that ended short of
    the edge (the next word would have fitted), is a heading of its own."""
    body = "Plain body text that sets the body size and the edge"  # 5 pt a letter: ends at x 290

    def read(end: str, rest: str) -> list[tuple[str, str]]:
        left = words_to_lines(line_words(body, 50, 600), 1)
        left += words_to_lines(_bold(line_words(end, 50, 700, size=12)), 1)
        right = words_to_lines(_bold(line_words(rest, 340, 60, size=12)), 1)
        right += words_to_lines(line_words("T1 (Tiltak) Tilby leksehjelp på alle skoler", 340, 80), 1)
        for ln in right:
            ln.region = 1
        return [(b.kind, b.text) for b in build_blocks([left + right], [])]

    end = "D2.1 (Delmål) Alle barn og unge skal ha en trygg"  # ends at x 272
    assert read(end, "oppvekst i nærmiljøet") == [
        ("paragraph", body),
        ("heading", "D2.1 (Delmål) Alle barn og unge skal ha en trygg oppvekst i nærmiljøet"),
        ("paragraph", "T1 (Tiltak) Tilby leksehjelp på alle skoler"),
    ]
    assert len(read(end, "Oppvekst og læring")) == 4
    assert len(read("D2.1 (Delmål) Alle barn skal ha", "oppvekst i nærmiljøet")) == 4


def test_a_dash_field_without_a_label_wrapped_under_an_item_goes_on_with_it():
    """'T6 (Tiltak) …' wrapped to its edge, then '– 2026' at its margin (the deadline field, no
    owner, no label): the dash and the year did not fit on the line above, so the line is the
    item's field, not a dash item. Under a paragraph without an item's label the dash line is a
    dash item."""
    full = "frivillige i alle bydeler og skolene i kommunen"  # 5 pt a letter: ends at x 271

    def read(first: str) -> list[str]:
        words = line_words(first, 50, 100) + line_words(full, 50, 114) + line_words("– 2026", 50, 128)
        return [b.kind for b in build_blocks([words_to_lines(words, 1)], [])]

    assert read("T6 (Tiltak) Etablere møteplasser for alle") == ["paragraph"]  # (first line ends at x 245)
    assert read("Vi skal etablere møteplasser for alle") == ["paragraph", "list_item"]


def test_a_dash_field_under_an_item_of_one_line_that_ran_to_the_edge_goes_on_with_it():
    """'T9 (Tiltak) …' of one line that runs to the right edge its region's other lines run to,
    then '– 2025' at its margin: the item shows no edge of its own, the region's is the one it
    ran to, and the dash and the year did not fit after it, so the line is the item's deadline
    field (no owner), not a dash item. An item of one line ending short of that edge, with a
    dash line under it, keeps the dash item."""
    full = "frivillige i alle bydeler og skolene i kommunen"  # 5 pt a letter: ends at x 271

    def read(item: str) -> list[str]:
        words = line_words("T8 (Tiltak) Etablere møteplasser for alle", 50, 100) + line_words(full, 50, 114)
        words += line_words(item, 50, 134) + line_words("– 2025", 50, 148)
        return [b.kind for b in build_blocks([words_to_lines(words, 1)], [])]

    assert read("T9 (Tiltak) Vidareutvikle ressursgruppa i byen") == ["paragraph", "paragraph"]  # (ends at x 270)
    assert read("T9 (Tiltak) Vidareutvikle ressursgruppa") == ["paragraph", "paragraph", "list_item"]


def test_a_number_at_the_foot_wrapped_from_the_line_above_is_no_page_number():
    """'… – Ansvar: Kulturkontoret – Våren' then '2027' at the leading under it, at its left
    edge, in the footer band: the rest of the line, not a page number. A number set apart under
    the text, or under a line that ended its sentence, is the page number."""
    from plancheck.layout.furniture import mark_furniture

    def kinds(top: float, last: str = "for alle – Ansvar: Kulturkontoret – Våren") -> list[str]:
        lines = words_to_lines(line_words("Tiltak 4: Utvide tilbudet om sommerjobb", 60, 748)
                               + line_words(last, 60, 760) + line_words("2027", 60, top), 1)
        mark_furniture([lines], [842.0])
        return [ln.kind for ln in sorted(lines, key=lambda ln: ln.top)]

    assert kinds(772) == ["", "", ""]
    assert kinds(800) == ["", "", "furniture"]
    assert kinds(772, "for alle i kommunen.") == ["", "", "furniture"]


def test_a_list_item_goes_on_at_a_figure_at_the_leading_in_a_narrow_column():
    # as above, the line going on opens with a figure that is no item's number
    words = line_words("En lang tittel over hele siden som er mye bredere enn spalten", 50, 60, size=10)
    words += line_words("1.Kommunen skal redusere utslippene med", 50, 100)
    words += line_words("40 prosent innen 2030", 50, 112)
    words += line_words("2.Alle skal ha et bredt og", 50, 127)
    words += line_words("variert fritidstilbud", 50, 139)
    blocks = build_blocks([words_to_lines(words, 1)], [])
    assert [(b.kind, b.text) for b in blocks[1:]] == [
        ("list_item", "Kommunen skal redusere utslippene med 40 prosent innen 2030"),
        ("list_item", "Alle skal ha et bredt og variert fritidstilbud"),
    ]


def test_an_unruled_table_goes_on_after_a_row_whose_short_cells_were_read_as_a_region_after_its_tall_one():
    """A row whose action wraps over four lines while its owner and deadline take three: the
    page's column cut may read the owner and deadline cells as a region after the action's, so
    the last line read (the deadline's) ends above the action's last line. The next row's gap
    is from the lowest line of the table, not from the last one read."""
    from plancheck.layout.tables import find_unruled_tables

    def at(text: str, x: float, top: float, region: int):
        lines = words_to_lines(line_words(text, x, top), 1)
        for ln in lines:
            ln.region = region
        return lines

    lines = [*at("Tiltak", 120, 70, 0), *at("Ansvar", 350, 70, 0), *at("Frist", 450, 70, 0)]
    lines = words_to_lines([w for ln in lines for w in ln.words], 1)
    lines += at("Bygge ny gangvei Teknisk 2026", 120, 94, 0)
    lines += at("Opprette eit tilbod for", 120, 118, 1) + at("ungdom med plager for", 120, 132, 1)
    lines += at("alle tilsette i helse", 120, 146, 1) + at("og omsorg", 120, 160, 1)
    lines += at("Alle", 350, 118, 2)[:0] + words_to_lines(line_words("Alle", 350, 118) + line_words("innan", 450, 118), 1)
    lines[-1].region = 2
    lines += at("utgangen av", 450, 132, 2) + at("2027", 450, 146, 2)
    row = line_words("Tilby kurs for tilsette", 120, 184) + line_words("Drift", 350, 184) + line_words("2028", 450, 184)
    lines += words_to_lines(row, 1)
    for ln in lines:
        ln.words = sorted(ln.words, key=lambda w: w.x0)
    found = find_unruled_tables(lines, {"Tiltak": "measure", "Ansvar": "owner", "Frist": "deadline"}.get, 1)
    assert len(found) == 1
    piece, _used = found[0]
    assert any(c is not None and c.text == "Tilby kurs for tilsette" for row in piece.rows for c in row)


def test_a_running_header_cut_in_two_on_one_page_is_furniture_there_too():
    """A running header read as one line on most pages and as two pieces on a near-empty last
    page (the municipality at the left, the plan's title at the right) is furniture on every
    page: the pieces of one band row together repeat the header. A piece alone in its row, or
    body text under the band, stays text."""
    from plancheck.layout.furniture import mark_furniture

    def header_page(page: int) -> list:
        return words_to_lines(
            line_words("Solvik Kommune Plan for lekeplasser 2027–2030", 48, 28)
            + line_words("Tiltak som står i teksten på denne siden", 48, 300), page
        )

    last = (
        words_to_lines(line_words("Solvik Kommune", 48, 28), 3)
        + words_to_lines(line_words("Plan for lekeplasser 2027–2030", 400, 28), 3)
        + words_to_lines(line_words("Oppfølging av planen skjer hvert år", 48, 300), 3)
    )
    pages = [header_page(1), header_page(2), last]
    mark_furniture(pages, [842.0] * 3)
    assert [ln.kind for ln in sorted(last, key=lambda ln: (ln.top, ln.x0))] == ["furniture", "furniture", ""]

    alone = words_to_lines(line_words("Solvik Kommune", 48, 28), 3) + words_to_lines(
        line_words("Oppfølging av planen skjer hvert år", 48, 300), 3
    )
    pages = [header_page(1), header_page(2), alone]
    mark_furniture(pages, [842.0] * 3)
    assert [ln.kind for ln in sorted(alone, key=lambda ln: ln.top)] == ["", ""]
