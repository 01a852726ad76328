"""A measure table under a goal without an owner column ('Activities | By when': none of
its rows names an owner) is one of the plan's measure tables when another table of the plan,
before it or after it, has the same action column beside an owner column ('Activities | Owner |
By when'). Alone, such a table stays unread (a schedule 'Activity | Date' is no list of
measures)."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1], ruled=False)


def _doc(tables: list[Table]) -> Document:
    blocks = [Block(id="b0", kind=BlockKind.heading, text="3 Action plan", provenance=Provenance(page=1), section_id="s1")]
    for k, t in enumerate(tables, start=1):
        blocks.append(Block(id=f"b{k}", kind=BlockKind.table, text=" | ".join(t.header), provenance=Provenance(page=1),
                            section_id="s1", table=t))
    return Document(path="x.pdf", page_count=1,
                    sections=[Section(id="s1", title="3 Action plan", level=1, page=1)], blocks=blocks)


FIRST = _table(["Activities", "Owner", "By when"], [["Map safe routes to school around all primary schools", "Head of Place", "2027"]])
LATER = _table(["Activities", "By when"], [["Expand volunteer hubs in every ward", "by the end of 2027"]])


def test_a_later_table_under_the_same_action_column_without_owners_holds_measures():
    plan = build_plan(_doc([FIRST, LATER]), lang="en")
    texts = {m.text: m for m in plan.measures}
    assert "Expand volunteer hubs in every ward" in texts
    assert texts["Expand volunteer hubs in every ward"].owners == []
    assert texts["Expand volunteer hubs in every ward"].deadline is not None


def test_the_first_goals_table_without_owners_holds_measures_when_a_later_one_names_them():
    # the first goal's measures name no owner, the later goals' do: the same action column
    plan = build_plan(_doc([LATER, FIRST]), lang="en")
    texts = {m.text: m for m in plan.measures}
    assert set(texts) == {"Expand volunteer hubs in every ward", "Map safe routes to school around all primary schools"}
    assert texts["Expand volunteer hubs in every ward"].owners == []
    assert texts["Expand volunteer hubs in every ward"].deadline is not None


def test_the_same_table_alone_is_no_measure_table():
    plan = build_plan(_doc([LATER]), lang="en")
    assert [m.text for m in plan.measures] == []
