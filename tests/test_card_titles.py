"""A card's title over its labelled fields: an unnumbered heading right above ONE record of
'Ansvarlig: …' / 'Deadline: …' lines (read by the layout into an unruled one-row table) is the
measure those fields belong to, as a kanban board or a list of cards prints each measure."""

from __future__ import annotations

from plancheck.models import Block, BlockKind, Cell, Table
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 3) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, font_size=10.0)


def _fields(header: list[str], values: list[str], ruled: bool = False) -> Block:
    row = [Cell(row=0, col=j, text=v, page=1) for j, v in enumerate(values)]
    return Block(id="", kind=BlockKind.table, text=" | ".join(header),
                 table=Table(header=header, rows=[row], pages=[1], ruled=ruled))


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def test_card_titles_over_their_fields_are_measures():
    plan = plan_of_blocks([
        _h("Mål", 2), _p("Fler unga ska bo kvar i kommunen efter gymnasiet."),
        _h("Åtgärder", 2),
        _h("Pågår", 3),
        _h("Starta ett sommarjobbsprogram för unga i byarna", 4),
        _fields(["Ansvarig", "Klart"], ["Arbetsmarknadsenheten", "Våren 2027"]),
        _h("Inventera lediga lokaler i bygdegårdarna", 4),
        _fields(["Ansvarig", "Klart"], ["Fritidsförvaltningen", "2028"]),
    ], "sv")
    got = [(m.text, [o.text for o in m.owners], m.deadline and m.deadline.text) for m in plan.measures]
    assert got == [
        ("Starta ett sommarjobbsprogram för unga i byarna", ["Arbetsmarknadsenheten"], "Våren 2027"),
        ("Inventera lediga lokaler i bygdegårdarna", ["Fritidsförvaltningen"], "2028"),
    ]


def test_a_heading_over_a_ruled_table_of_owners_is_no_card():
    plan = plan_of_blocks([
        _h("Ansvarsfördelning", 2),
        _fields(["Ansvarig", "Klart"], ["Arbetsmarknadsenheten", "Våren 2027"], ruled=True),
    ], "sv")
    assert plan.measures == []


def _chip(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text, chip=True)


def test_a_sibling_card_over_one_field_line_and_a_row_of_goal_chips():
    plan = plan_of_blocks([
        _h("Mål 1", 2), _p("Fler unga ska bo kvar i kommunen efter gymnasiet."),
        _h("Mål 2", 2), _p("Alla byar ska ha en mötesplats som är öppen året runt."),
        _h("Åtgärder", 2),
        _h("Starta ett sommarjobbsprogram för unga i byarna", 4),
        _fields(["Ansvarig", "Klart"], ["Arbetsmarknadsenheten", "Våren 2027"]),
        _chip("Mål 1"),
        # a card whose owner line was left out: its one field line, set smaller, under it
        _h("Inventera lediga lokaler i bygdegårdarna", 4),
        Block(id="", kind=BlockKind.paragraph, text="Klart: Hösten 2028", font_size=8.0),
        _chip("Mål 1"), _chip("Mål 2"),
    ], "sv")
    got = [(m.text, [o.text for o in m.owners], m.deadline and m.deadline.text, m.goal_ids) for m in plan.measures]
    assert got == [
        ("Starta ett sommarjobbsprogram för unga i byarna", ["Arbetsmarknadsenheten"], "Våren 2027", ["goal-1"]),
        ("Inventera lediga lokaler i bygdegårdarna", [], "Hösten 2028", ["goal-1", "goal-2"]),
    ]


def test_a_heading_opening_in_lower_case_is_a_broken_line_not_a_card_title():
    plan = plan_of_blocks([
        _h("Åtgärder", 2),
        _h("restauranger och", 4),
        _fields(["Ansvar"], ["Tillståndsenheten och Polisen"]),
    ], "sv")
    assert plan.measures == []


def test_a_board_columns_status_title_over_a_record_is_no_card():
    plan = plan_of_blocks([
        _h("Åtgärder", 2),
        _h("Pågår (2)", 3),
        _fields(["Ansvarig", "Klart"], ["Arbetsmarknadsenheten", "Våren 2027"]),
    ], "sv")
    assert plan.measures == []
