"""A bullet whose owner and deadline stand on their own lines under it, each opened by a bold
label ("**Kven:** Kulturskulerektor" / "**Når:** Haust 2026"), is a measure: the layout joins the
lines into the item's block and marks where the bold runs start (Block.emphasis); no full stop
stands before the labels, so only the emphasis says they are fields. Hand-built blocks."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _item(text: str, fields: list[str]) -> Block:
    """A bullet of ``text`` with ``fields`` ("Kven: …") joined after it, each label bold."""
    full, marks = text, []
    for f in fields:
        marks.append(len(full) + 1)
        full = f"{full} {f}"
    return Block(id="", kind=BlockKind.list_item, text=full, level=0, bullet="•", emphasis=marks)


def _plan(items: list[Block]):
    return plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=BlockKind.heading, text="Mål 1", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Kulturskulen skal vere open for alle barn", bold=True),
        *items,
    ], "nn")


def test_bullets_with_bold_label_lines_under_them_are_measures_with_owner_and_deadline():
    plan = _plan([
        _item("Innføre friplassar for familiar med låg inntekt", ["Kven: Kulturskulerektor", "Når: Haust 2026"]),
        _item("Tilby gratis prøvetimar for elevar på 3. trinn", ["Kven: Kultursjef", "Når: 2027"]),
        _item("Samarbeide med ungdomsklubben om konsertar", ["Når: Løpande"]),
    ])
    got = {m.text: (m.owner_text, m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Innføre friplassar for familiar med låg inntekt": ("Kulturskulerektor", "Haust 2026"),
        "Tilby gratis prøvetimar for elevar på 3. trinn": ("Kultursjef", "2027"),
        "Samarbeide med ungdomsklubben om konsertar": (None, "Løpande"),
    }
    assert all(m.goal_ids for m in plan.measures)


def test_the_same_words_without_bold_labels_are_no_fields():
    plain = [Block(id="", kind=BlockKind.list_item, text=b.text, level=0, bullet="•") for b in [
        _item("Innføre friplassar for familiar med låg inntekt", ["Kven: Kulturskulerektor", "Når: Haust 2026"]),
        _item("Tilby gratis prøvetimar for elevar på 3. trinn", ["Kven: Kultursjef", "Når: 2027"]),
    ]]
    plan = _plan(plain)
    assert not any(m.owner_text for m in plan.measures)


def test_one_bullet_with_bold_field_lines_among_goals_or_strategies_is_a_measure():
    # one bullet with fields among others without: no fielded list, the bullet alone carries them
    for heading in ("Strategiar", "Mål"):
        plan = plan_of_blocks([
            Block(id="", kind=BlockKind.heading, text="Kultur for alle", level=1),
            Block(id="", kind=BlockKind.heading, text=heading, level=2),
            Block(id="", kind=BlockKind.list_item, text="Kulturskulen skal nå fleire barn", level=0, bullet="•"),
            Block(id="", kind=BlockKind.list_item, text="Fleire skal delta i kulturlivet", level=0, bullet="•"),
            _item("Innføre friplassar for familiar med låg inntekt", ["Kven: Kulturskulerektor", "Når: Haust 2026"]),
        ], "nn")
        assert [(m.text, m.owner_text) for m in plan.measures] == [
            ("Innføre friplassar for familiar med låg inntekt", "Kulturskulerektor")], heading
        assert not any("Kven:" in x.text for x in [*plan.goals, *plan.strategies]), heading
