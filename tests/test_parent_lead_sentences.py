"""Parent goals set as bold lead sentences of paragraphs, and goal labels with a word of scope
("Lokalt mål 1:") — each stage on hand-built blocks."""

from __future__ import annotations

import pytest

from plancheck.extract.goalstatements import lead_sentences
from plancheck.mandate.parents import parent_goals
from plancheck.models import Block, BlockKind, Document, Provenance
from tests.conftest import plan_of_blocks

GOALS = [
    "Every household lives within a ten-minute walk of a park.",
    "The river and its floodplain are protected and restored.",
    "Residents are healthy and active at every stage of life.",
]


def _para(i: int, lead: str | None, rest: str) -> Block:
    text = f"{lead} {rest}" if lead else rest
    return Block(
        id=f"b{i}",
        kind=BlockKind.paragraph,
        text=text,
        run_in=lead,
        provenance=Provenance(page=1, source_text=text),
    )


def _doc(blocks: list[Block]) -> Document:
    return Document(path="x.pdf", page_count=1, blocks=blocks)


def test_bold_lead_sentences_on_three_paragraphs_are_the_statements():
    blocks = [
        _para(i, g, "Today the town will count what has changed.") for i, g in enumerate(GOALS)
    ]
    leads = lead_sentences(_doc(blocks))
    assert sorted(leads.values()) == sorted(GOALS)


def test_two_bold_sentences_are_emphasis_not_a_convention():
    blocks = [_para(i, g, "More text follows here.") for i, g in enumerate(GOALS[:2])]
    assert lead_sentences(_doc(blocks)) == {}


@pytest.mark.parametrize("lead", ["Ansvar:", "Lead agency:", "Parks", "Two words."])
def test_a_run_in_label_or_short_phrase_is_no_lead_sentence(lead):
    blocks = [_para(i, lead, f"Text of paragraph {i} goes on here.") for i in range(4)]
    assert lead_sentences(_doc(blocks)) == {}


def test_a_long_bold_heading_ending_in_a_full_stop_joins_the_lead_sentences():
    blocks = [_para(i, g, "Today the town counts it.") for i, g in enumerate(GOALS)]
    heading = "Recreation programs are open to every resident regardless of income."
    blocks.append(
        Block(
            id="b9", kind=BlockKind.heading, text=heading, bold=True, provenance=Provenance(page=1)
        )
    )
    blocks.append(
        Block(
            id="b10",
            kind=BlockKind.heading,
            text="Parks and Environment",
            bold=True,
            provenance=Provenance(page=1),
        )
    )
    leads = lead_sentences(_doc(blocks))
    assert heading in leads.values()
    assert "Parks and Environment" not in leads.values()


def test_parent_goals_are_the_lead_sentences_not_the_explaining_modal_sentences():
    blocks = [
        Block(id="h", kind=BlockKind.heading, text="Parks and Environment", bold=True),
        *[_para(i, g, "The town will plant trees and buy land.") for i, g in enumerate(GOALS)],
    ]
    plan = plan_of_blocks(blocks, "en")
    plan = plan.model_copy(update={"goals": [], "measures": [], "strategies": []})
    doc = _doc(blocks)
    texts = [g.text for g in parent_goals(plan, doc)]
    assert texts == GOALS


@pytest.mark.parametrize(
    ("line", "goal"),
    [
        (
            "Lokalt mål 1: Flere ledige skal hurtigt tilbage i arbejde.",
            "Flere ledige skal hurtigt tilbage i arbejde.",
        ),
        (
            "Kommunale mål: Alle barn skal ha en trygg skolevei.",
            "Alle barn skal ha en trygg skolevei.",
        ),
        ("Local goal 2: More residents walk to school.", "More residents walk to school."),
    ],
)
def test_a_goal_label_with_a_word_of_scope_is_a_goal_label(line, goal):
    blocks = [
        Block(id="h", kind=BlockKind.heading, text="Handlingsplan", bold=True),
        Block(id="p", kind=BlockKind.paragraph, text=line),
        Block(
            id="m",
            kind=BlockKind.list_item,
            text="Tiltak for å nå målet (ansvar: Jobcentret)",
            bullet="•",
        ),
    ]
    lang = "en" if line.startswith("Local") else "nb"
    assert [g.text for g in plan_of_blocks(blocks, lang).goals] == [goal]
