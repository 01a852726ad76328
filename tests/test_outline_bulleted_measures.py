"""A two-level numbered outline ('1' goal, '1.1' under it) whose deepest level is BULLETS saying
who and when ('• … – Ansvar: X, frist 2026') under each '1.1': the '1.1' items are sub-goals
(whatever their wording), the bullets their measures, linked to the sub-goal they stand under;
the bullets do not end the outline, so '1.2' after them is the next sub-goal. Bullets without
who and when under '1.1' items leave the '1.1' items measures (the outline of goal → measures)."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _b(kind: BlockKind, text: str, number: str | None = None, level: int | None = None,
       bullet: str | None = None) -> Block:
    return Block(id="", kind=kind, text=text, number=number, level=level, bullet=bullet)




LI = BlockKind.list_item


def _outline(third: str) -> list[Block]:
    return [
        _b(BlockKind.heading, "Mål og indsatser", None, 2),
        _b(BlockKind.heading, "Færre ældre skal føle sig ensomme", "1", 1),
        _b(LI, "Ensomhed hos ældre opdages tidligt", "1.1", 0),
        _b(LI, "Tilbyde forebyggende hjemmebesøg – Ansvar: Sundhed og Forebyggelse, frist 2026", None, 1, "•"),
        _b(LI, "Uddanne hjemmeplejen i at spotte ensomhed – Ansvar: Hjemmeplejen, frist 2027", None, 1, "•"),
        _b(LI, "Flere ældre skal deltage i fællesskaber", "1.2", 0),
        _b(LI, third, None, 1, "•"),
        _b(BlockKind.heading, "Færre unge skal være ensomme", "2", 1),
        _b(LI, "Unge skal have et sted at mødes", "2.1", 0),
        _b(LI, "Udvide åbningstiden i ungdomsklubberne – Ansvar: Ungdomsskolen, frist 2026", None, 1, "•"),
        _b(LI, "Pårørende skal kende tilbuddene", "2.2", 0),
    ]


def test_bullets_with_who_and_when_under_outline_items_make_them_sub_goals():
    plan = plan_of_blocks(_outline("Etablere spisefællesskaber – Ansvar: Madservice, frist 2028"), "da")
    goals = {g.text: g for g in plan.goals}
    assert set(goals) == {
        "Færre ældre skal føle sig ensomme", "Ensomhed hos ældre opdages tidligt",
        "Flere ældre skal deltage i fællesskaber", "Færre unge skal være ensomme",
        "Unge skal have et sted at mødes", "Pårørende skal kende tilbuddene",
    }
    assert goals["Ensomhed hos ældre opdages tidligt"].parent_id == goals["Færre ældre skal føle sig ensomme"].id
    assert goals["Pårørende skal kende tilbuddene"].parent_id == goals["Færre unge skal være ensomme"].id
    measures = {m.text: m for m in plan.measures}
    assert set(measures) == {"Tilbyde forebyggende hjemmebesøg", "Uddanne hjemmeplejen i at spotte ensomhed",
                             "Etablere spisefællesskaber", "Udvide åbningstiden i ungdomsklubberne"}
    assert measures["Tilbyde forebyggende hjemmebesøg"].goal_ids == [goals["Ensomhed hos ældre opdages tidligt"].id]
    assert measures["Etablere spisefællesskaber"].goal_ids == [goals["Flere ældre skal deltage i fællesskaber"].id]
    assert measures["Udvide åbningstiden i ungdomsklubberne"].goal_ids == [goals["Unge skal have et sted at mødes"].id]
    assert [o.text for o in measures["Etablere spisefællesskaber"].owners] == ["Madservice"]
    assert measures["Etablere spisefællesskaber"].deadline.text == "2028"


def test_bullets_without_who_and_when_leave_the_outline_items_measures():
    blocks = [
        _b(BlockKind.heading, "Mål og indsatser", None, 2),
        _b(BlockKind.heading, "Færre ældre skal føle sig ensomme", "1", 1),
        _b(LI, "Tilbyde forebyggende hjemmebesøg til alle på 75 år", "1.1", 0),
        _b(LI, "også til borgere på 80 år", None, 1, "•"),
        _b(LI, "og til nye enker og enkemænd", None, 1, "•"),
        _b(LI, "Uddanne hjemmeplejen i at spotte ensomhed", "1.2", 0),
    ]
    plan = plan_of_blocks(blocks, "da")
    assert [g.text for g in plan.goals] == ["Færre ældre skal føle sig ensomme"]
    assert "Tilbyde forebyggende hjemmebesøg til alle på 75 år" in {m.text for m in plan.measures}


def test_a_bullet_with_only_a_deadline_noun_and_time():
    """'• … – frist 2027' (no owner): a measure of the sub-goal, due '2027' (the noun labels it)."""
    plan = plan_of_blocks(_outline("Tilbyde gratis kørsel – frist 2027"), "da")
    m = {x.text: x for x in plan.measures}["Tilbyde gratis kørsel"]
    assert (m.owners, m.deadline.text) == ([], "2027")
