"""Side headings in a margin zone and fields marked by icons: each stage on hand-built inputs
(plancheck/layout/margins.py, layout/icons.py, layout/blocks.py, extract/plan.py
``_beside_side_label``)."""

from __future__ import annotations

from dataclasses import replace

from test_layout_support import line_words, word_chars

from plancheck.layout.blocks import build_blocks
from plancheck.layout.document import layout_page
from plancheck.layout.icons import icon_cards, icon_clusters, icon_fields
from plancheck.layout.lines import finish_line, words_to_lines
from plancheck.layout.margins import MARGIN_LABEL, margin_indent, split_margin_labels
from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks

LEFT, INDENT = 57.0, 184.0


def _bold(words):
    return [replace(w, bold=True) for w in words]


def _line(words, page: int = 1):
    return words_to_lines(words, page)[0]


def _side_page(labels_every_row: bool = False) -> list:
    """A page set with side headings: body paragraphs at the indent, two labels in the margin
    zone level with a goal sentence and a list; or (``labels_every_row``) a two-column table
    with a bold term in every row."""
    lines = [_line(line_words("1 Innledning", LEFT, 60, size=16))]
    top = 90.0
    for k in range(8):
        lines.append(_line(line_words(f"Vanlig tekst i planen linje {k} som går videre", INDENT, top)))
        top += 14
    rows = (("Dette vil vi oppnå", "Alle elever skal få et sunt måltid hver dag."),
            ("Dette gjør vi", "– Innføre et gratis skolemåltid på alle skolene"))
    if labels_every_row:
        rows = tuple((f"Begrep {k}", f"Forklaring av begrepet nummer {k} her.") for k in range(8))
    for label, text in rows:
        lines.append(_line(_bold(line_words(label, LEFT, top)) + line_words(text, INDENT, top)))
        top += 14
    return lines


def test_a_short_bold_label_left_of_the_body_indent_is_cut_off_as_a_side_heading():
    pages = [_side_page()]
    assert margin_indent(pages) is not None and abs(margin_indent(pages) - INDENT) <= 3
    out = split_margin_labels(pages)[0]
    labels = [ln for ln in out if ln.kind == MARGIN_LABEL]
    assert [ln.text for ln in labels] == ["Dette vil vi oppnå", "Dette gjør vi"]
    beside = [ln.text for ln in out if not ln.kind and ln.x0 >= INDENT - 1]
    assert "Alle elever skal få et sunt måltid hver dag." in beside
    # the label line comes right before the text beside it
    k = next(i for i, ln in enumerate(out) if ln.text == "Dette vil vi oppnå")
    assert out[k + 1].text == "Alle elever skal få et sunt måltid hver dag."


def test_a_two_column_table_with_a_term_in_every_row_is_no_margin_zone():
    pages = [_side_page(labels_every_row=True)]
    assert margin_indent(pages) is None
    assert split_margin_labels(pages) == pages


def test_a_table_with_a_merged_first_column_under_running_text_at_the_left_edge_is_no_margin_zone():
    # the same labels and text, but the page's paragraphs start at the left edge: the labels
    # are a table's merged first-column cells ("Mål 1" beside its rows), not side headings
    lines = _side_page()
    moved = [_line(line_words(f"Vanlig tekst i planen linje {k} som går videre", LEFT, 300 + 14 * k)) for k in range(4)]
    assert margin_indent([lines + moved]) is None


def test_a_label_in_the_texts_weight_and_size_is_no_side_heading():
    lines = _side_page()
    plain = [_line([replace(w, bold=False) for w in ln.words]) for ln in lines]
    assert margin_indent([plain]) is None


def test_a_side_heading_is_a_heading_block_of_its_own_read_before_the_text_beside_it():
    blocks = build_blocks(split_margin_labels([_side_page()]), [])
    texts = [(b.kind, b.text, b.side_label) for b in blocks]
    k = texts.index((BlockKind.heading, "Dette vil vi oppnå", True))
    assert texts[k + 1][1] == "Alle elever skal få et sunt måltid hver dag."
    assert not blocks[k + 1].side_label


def test_a_side_heading_wrapped_in_its_narrow_column_stays_one_label_and_the_text_beside_goes_on():
    lines = _side_page()[:9]
    top = lines[-1].top + 14
    lines.append(_line(_bold(line_words("Dette vil vi", LEFT, top)) + line_words("Alle elever i kommunen skal få et", INDENT, top)))
    lines.append(_line(_bold(line_words("oppnå", LEFT, top + 12)) + line_words("sunt måltid hver dag.", INDENT, top + 12)))
    for k in range(3):
        lines.append(_line(line_words(f"Vanlig tekst i planen linje {k} som går videre", INDENT, top + 40 + 14 * k)))
    lines.append(_line(_bold(line_words("Dette gjør vi", LEFT, top + 90)) + line_words("– Innføre et gratis måltid", INDENT, top + 90)))
    blocks = build_blocks(split_margin_labels([lines]), [])
    texts = [(b.text, b.side_label) for b in blocks]
    k = texts.index(("Dette vil vi oppnå", True))
    assert texts[k + 1] == ("Alle elever i kommunen skal få et sunt måltid hver dag.", False)


def test_a_heading_wrapped_before_a_quantity_goes_on_and_is_not_numbered():
    first = _line(_bold(line_words("Måltidet skal være en rolig pause der alle får spise i minst", 57, 100)))
    second = _line(_bold(line_words("30 dager.", 57, 112)))
    body = [_line(line_words(f"Vanlig tekst i planen som fyller linjen helt ut {k} og litt", 57, 200 + 14 * k)) for k in range(3)]
    for ln in (first, second):
        ln.size = 10.5
        for w in ln.words:
            w.size = 10.5
        finish_line(ln)
    blocks = build_blocks([[first, second, *body]], [])
    assert blocks[0].kind == BlockKind.heading and blocks[0].text.endswith("i minst 30 dager.")
    assert not blocks[0].number


# --- icons ---------------------------------------------------------------------------------

PERSON = ((0.0, 0.0, 3.4, 3.4), (-1.7, 4.2, 5.1, 7.6))  # a head and a body, offsets from the icon's corner
CALENDAR = ((-1.4, -0.5, 8.2, 8.2), (-0.3, 0.6, 7.1, 2.6), (0.8, -0.5, 1.7, 1.4))


def _icon(parts, x: float, top: float) -> list:
    return [(x + a, top + b, x + c, top + d) for a, b, c, d in parts]


def _rows(with_text: bool = True):
    """Three rows: a sentence left, a person icon before an owner and a calendar icon before a
    date on the line under it, at x = 400."""
    words, shapes = [], []
    top = 100.0
    for k, (owner, date) in enumerate((("Næringskontoret", "Sommaren 2026"), ("Landbrukskontoret", "2026–2029"),
                                        ("Oppvekst", "1. juli 2027"))):
        if with_text:
            words += line_words(f"Arrangere tiltak nummer {k} i kommunen", 44, top)
        words += line_words(owner, 410, top)
        words += line_words(date, 410, top + 14)
        shapes += _icon(PERSON, 399, top + 1) + _icon(CALENDAR, 399, top + 15)
        top += 40
    return words, shapes


def test_touching_small_paths_are_one_icon():
    clusters = icon_clusters(_icon(PERSON, 399, 101) + _icon(CALENDAR, 399, 115))
    assert len(clusters) == 2
    # a long rule is no icon
    assert icon_clusters([(40.0, 90.0, 550.0, 90.8)]) == []


def test_icons_before_short_runs_in_a_repeated_place_mark_fields_and_rows_become_cards():
    words, shapes = _rows()
    fields = icon_fields(shapes, words)
    assert len(fields) == 6
    cards = icon_cards(shapes, words)
    assert len(cards) == 3 and all(len(chips) == 2 for _b, chips in cards)
    # the same icons before a bulleted list (no text left of them) mark no fields
    words, shapes = _rows(with_text=False)
    assert icon_fields(shapes, words) == []
    # two rows are not yet a repeated place
    words, shapes = _rows()
    assert icon_fields(shapes[:12], [w for w in words if w.top < 140]) == []


def test_a_row_with_icon_fields_reads_its_text_then_each_field_as_a_chip_and_no_icon_as_a_bullet():
    words, shapes = _rows()
    marks = [shapes[0]]  # the first head: the size of a bullet
    page = layout_page(1, 612, 792, word_chars(words), drawn=marks, shapes=shapes)
    blocks = build_blocks([page.lines], [])
    assert [(b.text, b.chip) for b in blocks[:3]] == [
        ("Arrangere tiltak nummer 0 i kommunen", False), ("Næringskontoret", True), ("Sommaren 2026", True)]
    assert not any("•" in b.text for b in blocks)


def test_the_text_beside_a_goal_side_heading_is_the_goal_of_the_items_after_it():
    from plancheck.models import Cell, Table

    def table(*rows: tuple[str, str, str]) -> Block:
        return Block(id="", kind=BlockKind.table, text=" | Ansvar | Frist", table=Table(
            header=["", "Ansvar", "Frist"],
            rows=[[Cell(row=r, col=c, text=t) for c, t in enumerate(row)] for r, row in enumerate(rows)], pages=[1]))

    blocks = [
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1, number="3"),
        Block(id="", kind=BlockKind.heading, text="Måltidet på skolen", level=2, number="3.1"),
        Block(id="", kind=BlockKind.heading, text="Dette vil vi oppnå", level=3, bold=True, side_label=True),
        Block(id="", kind=BlockKind.heading, text="Alle elever skal få et sunt og gratis måltid hver skoledag.", level=3, bold=True),
        Block(id="", kind=BlockKind.heading, text="Dette gjør vi", level=3, bold=True, side_label=True),
        table(("– Innføre et gratis skolemåltid på alle barneskolene", "OPK", "Høst 2026")),
        Block(id="", kind=BlockKind.heading, text="Mat og innkjøp", level=2, number="3.2"),
        Block(id="", kind=BlockKind.heading, text="Dette vil vi oppnå", level=3, bold=True, side_label=True),
        Block(id="", kind=BlockKind.paragraph, text="Maten i skolene skal følge de nasjonale retningslinjene."),
        Block(id="", kind=BlockKind.heading, text="Dette gjør vi", level=3, bold=True, side_label=True),
        table(("– Lage en felles meny med fire ukers rullering", "HO", "31.12.2026")),
    ]
    plan = plan_of_blocks(blocks, "nb")
    assert [g.text for g in plan.goals] == ["Alle elever skal få et sunt og gratis måltid hver skoledag.",
                                            "Maten i skolene skal følge de nasjonale retningslinjene."]
    assert [m.goal_ids for m in plan.measures] == [[plan.goals[0].id], [plan.goals[1].id]]
    # the same sentence beside a label that names no role is no goal of its own by this rule
    blocks[2] = blocks[2].model_copy(update={"text": "Bakgrunn"})
    blocks[7] = blocks[7].model_copy(update={"text": "Bakgrunn"})
    plan = plan_of_blocks(blocks, "nb")
    assert "Maten i skolene skal følge de nasjonale retningslinjene." not in [g.text for g in plan.goals]
