"""Call-out boxes set beside running text: a box shaded line by line is a frame, not a table;
the sentence it stands beside is read whole; and the list it interrupts goes on after it
(hand-built pages and documents; the rule walk without the role model)."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.columns import Region
from plancheck.layout.document import FRAME_MARK, expand_frames
from plancheck.layout.lines import words_to_lines
from plancheck.layout.tables import TablePiece, is_text_frame, wraps_across_rows
from plancheck.layout.words import Word
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item

BOX_LINES = [
    "Other Incentive Examples: Water Resources",
    "Alternative storm water retention models can remove",
    "barriers to higher density development. These can include",
    "best management practices that maximize infiltration on",
    "site, particularly in higher density areas and in older",
    "neighborhoods. The City could also offer incentives such",
    "as rebates on stormwater fees and reduced permit fees",
    "for water conservation measures (e.g. cisterns, rain",
    "gardens and conservation fixtures) on private property.",
    "Many cities have found that such incentives pay off.",
    "",
]

ACTIONS = [f"Install {n} more charging points at the public library in ward {n}" for n in range(1, 12)]


def _one_column(texts: list[str]) -> TablePiece:
    """A one-column ruled piece with one row per text, each one line (15 pt) tall."""
    rows, top = [], 100.0
    for r, t in enumerate(texts):
        rows.append([Cell(row=r, col=0, text=t, page=1, bbox=BBox(x0=300, top=top, x1=560, bottom=top + 15))])
        top += 15
    return TablePiece(page=1, bbox=(300, 100, 560, top), col_x=[300], rows=rows)


def test_a_box_shaded_line_by_line_is_a_frame_and_a_list_of_actions_a_table():
    assert wraps_across_rows(BOX_LINES)
    assert is_text_frame(_one_column(BOX_LINES), 792)
    # one action per row, each opening with its verb: a one-column table
    assert not wraps_across_rows(ACTIONS)
    assert not is_text_frame(_one_column(ACTIONS), 792)
    # a few rows say nothing either way
    assert not wraps_across_rows(["Goal", "fewer cars downtown", "and cleaner air"])


def test_the_lines_beside_a_frame_that_go_on_with_the_sentence_above_it_are_read_before_it():
    first = line_words("• Progressively increase transit system", 79, 110)
    going_on = line_words("usage, especially for discretionary", 90, 125) + line_words("ridership", 90, 140)
    next_item = line_words("• Develop policies for minimum densities", 79, 160)
    mark = Word(f"{FRAME_MARK}0", 300, 118, 560, 240, 0.0)
    framed = line_words("Reducing Bus Idling Impacts", 310, 125) + line_words("The issues of bus idling include fuel use.", 310, 140)
    region = Region(first + going_on + next_item + [mark], 79, 110, 560, 240)
    out = expand_frames([region], [framed], 612, asides={0})
    texts = [" ".join(w.text for w in sorted(r.words, key=lambda w: (w.top, w.x0))) for r in out]
    assert texts == [
        "• Progressively increase transit system usage, especially for discretionary ridership",
        "Reducing Bus Idling Impacts The issues of bus idling include fuel use.",
        "• Develop policies for minimum densities",
    ]
    assert [r.aside for r in out] == [False, True, False]
    # a line beside the box that opens a new sentence is read after the box, as before
    region = Region(first + next_item + [mark], 79, 110, 560, 240)
    out = expand_frames([region], [framed], 612)
    assert [" ".join(w.text for w in r.words)[:12] for r in out] == ["• Progressiv", "Reducing Bus", "• Develop po"]


def test_a_table_beside_a_wrapped_item_is_read_after_the_item_sentence():
    from plancheck.layout.blocks import table_place

    lines = words_to_lines(
        line_words("• Align weatherization and energy efficiency", 79, 110)
        + line_words("programs with other community initiatives", 90, 125)
        + line_words("• Formalize energy use information sharing", 79, 142),
        1,
    )
    piece = TablePiece(page=1, bbox=(330, 122, 550, 330), col_x=[330], rows=[])
    assert table_place(piece, [lines]) == 126.0  # after "programs with …", before the next item
    # a table under a line (nothing of it beside the table) stays at its top edge
    piece = TablePiece(page=1, bbox=(72, 122, 550, 330), col_x=[72], rows=[])
    assert table_place(piece, [lines]) == 122


def _doc(*blocks: tuple[BlockKind, str] | tuple[BlockKind, str, bool]) -> Document:
    out = []
    for i, (kind, text, *aside) in enumerate(blocks):
        out.append(Block(id=f"b{i}", kind=kind, text=text, level=2 if kind == H else None, bold=kind == H,
                         bullet="•" if kind == L else None, aside=bool(aside and aside[0]),
                         provenance=Provenance(page=1)))
    return Document(path="x.pdf", page_count=1, blocks=out, sections=build_sections(out))


def test_a_call_out_box_between_the_actions_of_a_strategy_does_not_end_their_list():
    doc = _doc(
        (H, "Policy 3 - Green Buildings:"),
        (P, "Use code changes, incentives and education to promote green building."),
        (H, "Strategy 3C: Coordinate with Local Utilities"),
        (L, "Align weatherization programs with other community initiatives"),
        (P, "Other Potential Ideas and Best Practices", True),
        (P, "Other ideas that have been developed by other cities include:", True),
        (L, "Provide training for building operators", True),
        (L, "Link business license fees to energy use", True),
        (L, "Formalize energy use information sharing with the energy suppliers"),
        (L, "Publicize information over local television and radio"),
        (H, "Policy 4 - Green Jobs:"),
        (P, "Work with community partners to encourage green job creation."),
        (H, "Strategy 4A: Facilitate Green Jobs Creation"),
        (L, "Expand green jobs resource materials at all public libraries"),
    )
    plan = build_plan(doc, model=None)
    assert [(m.text, m.strategy_ids) for m in plan.measures] == [
        ("Align weatherization programs with other community initiatives", ["strategy-1"]),
        ("Formalize energy use information sharing with the energy suppliers", ["strategy-1"]),
        ("Publicize information over local television and radio", ["strategy-1"]),
        ("Expand green jobs resource materials at all public libraries", ["strategy-2"]),
    ]


def test_a_shaded_sidebar_of_several_texts_right_of_the_running_text_is_a_box_of_its_own():
    from plancheck.layout.boxes import side_bars

    title = line_words("Climate and energy plan 2025-2028 -", 40, 107, size=19) + line_words("action part", 40, 130, size=19)
    body = [w for k in range(6) for w in line_words("The action part shows what the council will do in the years ahead.", 40, 160 + 12 * k)]
    below = [w for k in range(4) for w in line_words("Goal 1 and its table of actions stand under the title and the box.", 40, 260 + 12 * k)]
    sidebar = line_words("Related links", 425, 109) + line_words("• Climate accounts", 445, 126) + line_words("Contact", 425, 180) \
        + line_words("Climate adviser", 425, 197)
    words = title + body + below + sidebar
    box = (418.0, 100.0, 560.0, 225.0)
    assert side_bars([box], words, 595) == [box]
    # text running on under the box (wrapping around it) makes it a side box, not a sidebar
    under = [w for k in range(3) for w in line_words("A paragraph running the whole width of the page under the box goes on and on right to the margin here.", 40, 232 + 12 * k)]
    assert side_bars([box], words + under, 595) == []
    # text right of the box: the box stands between columns, not at their right
    assert side_bars([box], words + line_words("margin", 565, 150), 595) == []
    # a shape in a diagram, with text of the page reaching further right under it, is no sidebar
    assert side_bars([box], words + line_words("A long line of running text that reaches past the box", 330, 700), 595) == []
    # a box holding one line is a label, not a sidebar
    assert side_bars([box], title + body + below + line_words("Related links", 425, 109), 595) == []
