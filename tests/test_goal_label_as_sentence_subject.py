"""A goal label that opens a sentence as its subject ('Delmål 2.3 følges op i den kommende
pårørendepolitik.', 'Mål 4 følgjast opp i bustadplanen.') names the goal declared earlier under
that number: a note about it, no second goal with the sentence's rest as its text. A label set
apart from its text ('Mål 4: Alle skal …') still states a goal."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks


def _goals(last: str) -> list[Block]:
    return [
        Block(id="", kind=BlockKind.heading, text="Mål og tiltak", level=1),
        Block(id="", kind=BlockKind.heading, text="Mål 1: Fleire unge skal velje helsefag", level=2),
        Block(id="", kind=BlockKind.paragraph, text="Tilby sommarjobb i heimetenesta (Ansvar: Heimetenesta, 2027)"),
        Block(id="", kind=BlockKind.heading, text="Mål 2: Fleire innvandrarar skal få jobb i helse og omsorg", level=2),
        Block(id="", kind=BlockKind.paragraph, text=last),
    ]


def test_a_label_running_into_a_verb_names_the_declared_goal():
    plan = plan_of_blocks(_goals("Mål 2 blir følgt opp i integreringsplanen for 2027."), "nn")
    assert [g.text for g in plan.goals] == ["Fleire unge skal velje helsefag",
                                            "Fleire innvandrarar skal få jobb i helse og omsorg"]


def test_a_label_running_into_an_s_passive_names_the_declared_goal():
    blocks = _goals("Delmål 2 følges op i den kommende pårørendepolitik.")
    blocks[2].text = "Tilbyde hjemmebesøg (Ansvar: Hjemmeplejen, 2027)"
    plan = plan_of_blocks(blocks, "da")
    assert len(plan.goals) == 2


def test_a_label_set_apart_from_its_text_still_states_a_goal():
    plan = plan_of_blocks(_goals("Mål 3: Alle tilsette skal få tilbod om vidareutdanning."), "nn")
    assert "Alle tilsette skal få tilbod om vidareutdanning." in [g.text for g in plan.goals]
