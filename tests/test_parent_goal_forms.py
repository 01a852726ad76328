"""Forms of goals the rød tråd must read, on small hand-built inputs: a table of numbered goals
with no header row, a coined goal level numbered like "Mål 2:" ("Nämndmål 4: …"), aims numbered
as priorities ("Priority 2: …"), and a goal after a numbering label of no role
("Handlingsregel 1: …")."""

from __future__ import annotations

import pytest

from plancheck.extract.roles import heading_role, label_role
from plancheck.extract.tables import header_reads_as_row
from plancheck.mandate.parents import goal_statements, parent_goals, unknown_numbered_label
from plancheck.models import Block, BlockKind, Document, Plan, Provenance, Section, SourceInfo
from tests.conftest import table_of


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # numbered goals, the first drawn at the top: no header
        (["Mål 1", "A ska växa."], [["Mål 2", "B ska minska."], ["Mål 3", "C ska öka."]], True),
        (["Mål 6", "A ska vara snabb."], [["Mål 7", "B ska vara attraktiv."]], True),
        # a header naming its columns
        (["Mål", "Indikator"], [["Mål 2", "Andel"]], False),
        (["Nr.", "Mål"], [["1", "A skal vokse."], ["2", "B skal minke."]], False),
        # the same label and number repeated is no numbering
        (["Mål 1", "Tekst"], [["Mål 1", "A skal vokse."]], False),
        # another label below
        (["Mål 1", "A skal vokse."], [["Tiltak 2", "B"]], False),
    ],
)
def test_a_top_row_numbered_as_the_rows_below_it_is_a_body_row(header, rows, expected):
    assert header_reads_as_row(header, rows) is expected


def _parent_of_goal_tables() -> tuple[Plan, Document]:
    first = table_of(
        ["Mål 1", "Åby ska växa till 9 000 invånare år 2035. Så mäter vi: folkmängd"],
        [["Mål 2", "Kommunens utsläpp ska minska. Så mäter vi: utsläpp per invånare"]],
    )
    second = table_of(
        ["Mål 3", "Äldre ska få en god omsorg. Så mäter vi: brukarbedömning"],
        [["Mål 4", "Kommunen ska vara en attraktiv arbetsgivare. Så mäter vi: HME"]],
    )
    doc = Document(
        path="x.pdf",
        page_count=1,
        sections=[Section(id="s1", title="Mål", level=1, page=1)],
        blocks=[
            Block(id="b1", kind=BlockKind.heading, text="Hållbar utveckling", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b2", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1", table=first),
            Block(id="b3", kind=BlockKind.heading, text="Välfärd", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b4", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1", table=second),
        ],
    )
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="sv")
    return plan, doc


def test_the_first_goal_of_a_headerless_goal_table_is_a_goal():
    """Every table's first row is read as its header; in a table of "Mål n | goal" rows it is the
    first goal, and the "Så mäter vi" line under each goal is none."""
    plan, doc = _parent_of_goal_tables()
    assert [g.text for g in parent_goals(plan, doc)] == [
        "Åby ska växa till 9 000 invånare år 2035.",
        "Kommunens utsläpp ska minska.",
        "Äldre ska få en god omsorg.",
        "Kommunen ska vara en attraktiv arbetsgivare.",
    ]


def test_a_numbered_compound_of_a_goal_word_before_a_sentence_labels_a_goal():
    """"Nämndmål 4: …" numbers a coined goal level as "Mål 4:" is numbered; a numbered compound
    before a name refers to someone else's goal ("Miljömål 3: Frisk luft")."""
    text = "Nämndmål 4: Bygglov ska beslutas inom fem veckor från komplett ansökan."
    assert label_role(text) == ("goal", "4", "Bygglov ska beslutas inom fem veckor från komplett ansökan.")
    assert heading_role(text)[0] == "goal"
    assert label_role("Planmål 2: Kulturminna skal brukast i utviklinga.")[0] == "goal"
    assert label_role("Miljömål 3: Frisk luft")[0] is None
    assert label_role("Miljömål 3 Frisk luft")[0] is None
    assert label_role("Bærekraftsmål 11: Byene skal være bærekraftige.")[0] is None  # an exception


def test_an_aim_numbered_as_a_priority_is_a_goal_a_named_priority_is_not():
    assert goal_statements(
        "Priority 2: Recycle 60 percent of household waste by 2030.", "heading"
    ) == ["Recycle 60 percent of household waste by 2030."]
    assert goal_statements("Priority 1: Tackling climate change", "heading") == []
    assert goal_statements("Priority 1: A greener district.", "heading") == []  # a name, full stop
    assert goal_statements("Priorities: Cut waste and recycle more of it.", "heading") == []


def test_a_goal_after_a_numbering_label_of_no_role_is_read_as_a_topic_goal():
    text = "Handlingsregel 1: Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene."
    assert goal_statements(text, "paragraph") == [
        "Netto driftsresultat skal være minst 1,75 prosent av driftsinntektene."
    ]
    assert unknown_numbered_label("Handlingsregel 1")
    # a role's label, a compound of a goal word (it may name the parent's goal), no number
    assert not unknown_numbered_label("Tiltak 3")
    assert not unknown_numbered_label("Kommuneplanmål 2")
    assert not unknown_numbered_label("Handlingsregel")
    assert goal_statements("Tiltak 3: Kommunen skal bygge ny skole.", "paragraph") == []
    assert goal_statements("Kommuneplanmål 2: Alle skal ha en god bolig.", "paragraph") == []
    # the sentence after the label must state a goal as a topic sentence does
    assert goal_statements("Handlingsregel 2: Planen viser hva kommunen skal gjøre.", "paragraph") == []


def test_a_goal_keeps_no_qualified_goal_label_of_its_line():
    """The extractor keeps "Mål for perioden:" in the goal's text; the rød tråd reads the goal
    without it (its words are no part of what the goal asks), and states it once."""
    from plancheck.mandate.parents import with_stated_goals, without_goal_label
    from plancheck.models import Goal, Passage

    assert without_goal_label("Mål for perioden: Alle skolebygg skal ha godt inneklima.") == (
        "Alle skolebygg skal ha godt inneklima."
    )
    assert without_goal_label("Mål 2: Flere eldre skal bo hjemme.") == "Flere eldre skal bo hjemme."
    assert without_goal_label("Tiltak 2: Kommunen skal bygge skole.") == "Tiltak 2: Kommunen skal bygge skole."
    assert without_goal_label("Flere skal bo hjemme: i eget hus.") == "Flere skal bo hjemme: i eget hus."
    text = "Mål for perioden: Alle skolebygg skal ha godt inneklima."
    child = Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        language="nb",
        goals=[Goal(id="g1", text=text, page=1, section_id="s1")],
        passages=[Passage(id="p1", kind="paragraph", text=text, page=1, section_id="s1")],
    )
    assert [g.text for g in with_stated_goals(child).goals] == ["Alle skolebygg skal ha godt inneklima."]
