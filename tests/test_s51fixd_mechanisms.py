"""Session 51 (fixd): a poster's numbered callout bubbles, a series of field cards, and two forms of
a writer's note, each stage on hand-built inputs with invented wording.

- extraction: beside a field card (one measure over its labelled fields, read as a one-row table),
  a lone number on the card's top edge is its badge and a goal word under it with lone letters
  level with it are its goal chips: no items, and the chips link the measure to the goals the
  poster's goal list labels with those letters (extract/bubblechips.py, plan.build_plan);
- extraction: a series of field cards gives each card's item the fields the others print: a card
  without a 'Due' line lacks a deadline (extract/tables.py ``_field_card_places``);
- findings: a bracket opening with a placeholder word asked as a question ('(source? – …)') is a
  writer's note, and a note's order to check or update matches with or without a stress accent
  ('opdatér') (drafts.py)."""

from __future__ import annotations

from plancheck.drafts import leftovers_in
from plancheck.extract.bubblechips import card_chips
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import BBox, Block, BlockKind, Cell, Document, Provenance, Table


def _b(kind: BlockKind, text: str, box: tuple[float, float, float, float], number: str | None = None,
       level: int | None = None, table: Table | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level, table=table,
                 provenance=Provenance(page=1, source_text=text, bbox=BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3])))


def _card_table(text: str, fields: list[tuple[str, str]]) -> Table:
    header = ["", *(label for label, _v in fields)]
    row = [text, *(value for _l, value in fields)]
    return Table(header=header, rows=[[Cell(row=0, col=c, text=t, page=1) for c, t in enumerate(row)]], pages=[1])


def _bubble(x: float, top: float, number: str, text: str, fields: list[tuple[str, str]], chips: list[str]) -> list[Block]:
    """A callout bubble 140 pt wide: its number badge on its top edge, its sentence and fields (a
    one-row field card), and under it the goal word with its letter chips."""
    card = _b(BlockKind.table, " | ".join(h for h, _v in fields), (x, top, x + 140, top + 50), table=_card_table(text, fields))
    blocks = [card, _b(BlockKind.paragraph, "Goal", (x, top + 58, x + 20, top + 66)),
              _b(BlockKind.paragraph, number, (x + 6, top, x + 12, top + 9))]
    blocks += [_b(BlockKind.paragraph, c, (x + 26 + 16 * k, top + 58, x + 32 + 16 * k, top + 66)) for k, c in enumerate(chips)]
    return blocks


GOALS = [("P", "Every pupil can walk or cycle to school along a lit route."),
         ("Q", "The harbour front is open to everyone all year round."),
         ("R", "Fewer lorries drive through the old town at night.")]


def _poster() -> list[Block]:
    blocks = [_b(BlockKind.heading, "Brookfield Streets Action Plan 2041–2043", (30, 20, 400, 40), level=1)]
    blocks += _bubble(300, 100, "1", "Paint a crossing outside the primary school", [("Lead", "Roads team"), ("Due", "Spring 2041")], ["P"])
    blocks += _bubble(460, 100, "2", "Open the quay path to wheelchairs and buggies", [("Lead", "Harbour office"), ("Due", "2042")], ["P", "Q"])
    blocks += [_b(BlockKind.heading, "Our goals", (30, 100, 120, 112), level=2)]
    blocks += [_b(BlockKind.heading, text, (40, 120 + 30 * k, 280, 140 + 30 * k), number=code, level=1) for k, (code, text) in enumerate(GOALS)]
    blocks += _bubble(300, 300, "3", "Put benches along the quay", [("Lead", "Parks team")], ["Q"])
    return blocks


def _plan(blocks: list[Block], lang: str = "en"):
    for i, b in enumerate(blocks):
        b.id = f"b{i}"
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_a_bubbles_number_badge_and_goal_chips_are_its_labels():
    blocks = _poster()
    found = card_chips(blocks)
    lone = {k for k, b in enumerate(blocks) if len(b.text) == 1 or b.text == "Goal"}
    assert found.taken == lone
    assert [found.codes[k] for k in sorted(found.codes)] == [["P"], ["P", "Q"], ["Q"]]
    # no field card on the page: nothing is looked at
    assert card_chips([b for b in blocks if b.kind != BlockKind.table]).taken == set()


def test_a_posters_bubbles_are_measures_linked_by_their_chips_and_no_chip_is_a_goal():
    plan = _plan(_poster())
    assert [g.text.rstrip(".") for g in plan.goals] == [t.rstrip(".") for _c, t in GOALS]
    by_text = {m.text: m for m in plan.measures}
    assert len(by_text) == 3
    goal = {g.id: g.text[:5] for g in plan.goals}
    assert [goal[i] for i in by_text["Paint a crossing outside the primary school"].goal_ids] == ["Every"]
    assert [goal[i] for i in by_text["Open the quay path to wheelchairs and buggies"].goal_ids] == ["Every", "The h"]
    assert [goal[i] for i in by_text["Put benches along the quay"].goal_ids] == ["The h"]


def test_a_field_card_without_a_due_line_among_cards_with_one_lacks_a_deadline():
    plan = _plan(_poster())
    benches = next(m for m in plan.measures if m.text.startswith("Put benches"))
    assert benches.deadline is None and benches.has_deadline_column


def test_a_bracket_opening_with_a_placeholder_asked_as_a_question_is_a_note():
    text = "Two in five pupils are driven to school (source? – Kim checks the count against the survey) today."
    assert [f[2] for f in leftovers_in(text)] == ["(source? – Kim checks the count against the survey)"]
    assert leftovers_in("Two in five pupils are driven to school (source: travel survey) today.") == []


def test_a_notes_order_matches_with_a_stress_accent():
    text = "Budgettet er 2 mio. kr (JK: opdatér beløbet før mødet)."
    assert [f[2] for f in leftovers_in(text)] == ["(JK: opdatér beløbet før mødet)"]
