"""Side boxes (plancheck/layout/boxes.py) and the plan's own target in running text, each on a
hand-built page: a drawn panel that the text wraps around is read as a region of its own; a
table cell, a sidebar column and a box with no text beside it are not side boxes."""

from __future__ import annotations

from test_layout_support import line_words, word_chars

from plancheck.extract.plan import build_plan
from plancheck.extract.prose import is_own_target_sentence, names_own_goal, sentences
from plancheck.ingest.sections import build_sections
from plancheck.layout.boxes import side_boxes
from plancheck.layout.document import layout_page
from plancheck.models import Block, BlockKind, Document, Provenance

BOX = (60.0, 80.0, 200.0, 170.0)


def _wrapped_page(leading: float = 14.0) -> list:
    """Box text at the left (x 70-190, y 90-150), body text beside it (x 220-520) for six
    lines, then lines across the whole width (x 60-520) below the box at the same leading."""
    words = []
    for k, text in enumerate(["OUR AIM", "20 %", "LESS ENERGY"]):
        words += line_words(text, 80, 90 + 22 * k, size=14)
    top = 82.0
    for _ in range(7):
        words += line_words("the body text runs on beside the box here and on", 220, top)
        top += leading
    for _ in range(4):
        words += line_words("the body text runs on under the box across the page from margin to margin", 60, top)
        top += leading
    return words


def test_a_panel_the_text_wraps_around_is_a_side_box():
    assert side_boxes([BOX], _wrapped_page(), 612) == [BOX]


def test_the_same_box_drawn_twice_is_one_side_box():
    twice = (BOX[0] - 0.5, BOX[1] - 0.5, BOX[2] + 0.5, BOX[3] + 0.5)
    assert len(side_boxes([BOX, twice], _wrapped_page(), 612)) == 1


def test_a_box_with_a_column_beside_it_and_nothing_across_below_is_no_side_box():
    words = [w for w in _wrapped_page() if not (w.x0 < 200 and w.top > 170)]
    assert side_boxes([BOX], words, 612) == []


def test_the_next_table_row_further_off_below_a_shaded_cell_is_no_wrap():
    words = _wrapped_page()
    # the rows under the box stand well off the text beside it (the next row of a table)
    moved = [w for w in words if w.top < 170] + [
        type(w)(w.text, w.x0, w.top + 30, w.x1, w.bottom + 30, w.size) for w in words if w.top >= 170
    ]
    assert side_boxes([BOX], moved, 612) == []


def test_table_cells_beside_a_box_are_no_running_text():
    words = line_words("OUR AIM", 80, 90, size=14)
    for k in range(6):
        words += line_words("cell", 220, 82 + 14 * k) + line_words("other cell", 400, 82 + 14 * k)
    words += line_words("the body text runs on under the box across the page", 60, 82 + 14 * 6)
    assert side_boxes([BOX], words, 612) == []


def test_a_word_cut_by_the_box_edge_makes_it_a_background_not_a_box():
    words = _wrapped_page() + line_words("crossing", 190, 120)
    assert side_boxes([BOX], words, 612) == []


def test_the_side_box_is_read_as_a_region_of_its_own_before_the_text_beside_it():
    page = layout_page(1, 612, 792, word_chars(_wrapped_page()), panels=[BOX])
    texts = [" ".join(w.text for w in r.words) for r in page.regions]
    assert texts[0] == "OUR AIM 20 % LESS ENERGY"
    assert all("OUR" not in t and "ENERGY" not in t for t in texts[1:])
    # without the panel, the box's lines are read in between the lines beside them
    plain = [ln.text for ln in layout_page(1, 612, 792, word_chars(_wrapped_page())).lines]
    assert plain.index("OUR AIM") > 0 and plain[0].startswith("the body")


# --------------------------------------------------------------------------- own targets


def test_the_plans_own_target_with_a_possessive_is_a_target_sentence():
    s = "The county keeps working towards its goal of cutting the fuel use of its fleet by 30% by 2030."
    assert is_own_target_sentence(s, "en")
    assert is_own_target_sentence("Our target is to cut emissions in all our fleets by 40 percent by 2030.", "en")


def test_a_target_of_another_body_or_one_to_be_reached_is_not_the_plans_own():
    assert not is_own_target_sentence("The regional scheme has set the goal of cutting fuel use by 30% by 2030.", "en")
    assert not is_own_target_sentence("To achieve its goal of cutting fuel use by 30% by 2030, the county will act.", "en")
    assert not is_own_target_sentence("In 2031 the county met its goal of cutting fuel use by 30% by 2030.", "en")


def test_a_description_naming_the_plans_goal():
    assert names_own_goal("… a fast way of reaching the county’s climate goals.", "en")
    assert not names_own_goal("… the first step in meeting the aims of this plan.", "en")


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    assert sentences("… by the year 2030.That target goes beyond the law.") == [
        "… by the year 2030.",
        "That target goes beyond the law.",
    ]


def _plan(blocks: list[Block]):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="en", model=None)


def _b(kind: BlockKind, text: str, level: int | None = None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, bullet="•" if kind == BlockKind.list_item else None)


def test_own_target_then_the_ways_to_it_then_its_phases_and_actions_naming_it():
    P, L, H = BlockKind.paragraph, BlockKind.list_item, BlockKind.heading
    plan = _plan([
        _b(H, "Overview", 1),
        _b(P, "The county keeps working towards its goal of cutting the fuel use of its fleet by 30% by 2030. "
              "The county also takes part in a regional scheme."),
        _b(P, "A working group leads the steps towards reaching this goal. It would work towards these objectives:"),
        _b(L, "Establish a fuel baseline and report yearly", 1),
        _b(L, "Partner with the region on charging points", 1),
        _b(P, "To achieve its goal, the county will cut fuel use in steps as follows:"),
        _b(L, "Year 2026: 10% less fuel", 1),
        _b(L, "Year 2028: 20% less fuel", 1),
        _b(H, "Next steps", 1),
        _b(P, "ACTION 1: Test a leasing model for vans"),
        _b(P, "Leasing could be a fast way of reaching the county’s climate goals without new debt."),
        _b(P, "ACTION 2: Tell the drivers"),
        _b(P, "Drivers would be told about the change by letter."),
    ])
    goal = plan.goals[0]
    assert goal.text.startswith("The county keeps working") and goal.text.endswith("by 2030.")
    assert goal.provenance.source_text == goal.text
    assert [s.text for s in plan.strategies] == [
        "Establish a fuel baseline and report yearly",
        "Partner with the region on charging points",
    ]
    assert all(s.goal_ids == [goal.id] for s in plan.strategies)
    phases = [g for g in plan.goals if g.text.startswith("Year 20")]
    assert len(phases) == 2 and all(g.parent_id == goal.id for g in phases)
    by_text = {m.text: m for m in plan.measures}
    assert by_text["Test a leasing model for vans"].goal_ids == [goal.id]
    assert by_text["Tell the drivers"].goal_ids == []


def test_own_targets_alone_leave_the_plan_to_the_prose_reader():
    plan = _plan([
        _b(BlockKind.heading, "Overview", 1),
        _b(BlockKind.paragraph, "The county keeps working towards its goal of cutting the fuel use of its fleet by 30% by 2030."),
        _b(BlockKind.paragraph, "ACTION 1: Test a leasing model for vans"),
        _b(BlockKind.paragraph, "Leasing could be a fast way of reaching the county’s climate goals without new debt."),
    ])
    # the prose reader (plancheck/extract/prose.py) finds the target itself; the rule walk's
    # own target gives way to it and links nothing
    assert len(plan.goals) <= 1
    assert all(not m.goal_ids or m.goal_ids == [plan.goals[0].id] for m in plan.measures)
