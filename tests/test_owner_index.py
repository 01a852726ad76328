"""Owners given only in a lookup table by owner (a reverse index, often an appendix: 'Lead
service | Actions', 'Ansvarlig | Indsatser'), each row one unit and the numbers of the measures
it leads. Hand-built blocks with invented wording."""

from __future__ import annotations

from plancheck.models import Block, BlockKind
from tests.conftest import plan_of_blocks, table_of


def _h(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, bold=True)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _table(header: list[str], rows: list[list[str]]) -> Block:
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=table_of(header, rows))


def _plan(index_header: list[str], index_rows: list[list[str]], head: str = "Action", lang: str = "en"):
    blocks = [
        _h("Road Safety Action Plan 2026–2029"),
        _h("Goal 1", 2), _p("Fewer people will be hurt on our roads"),
        _table(["Ref", head, "Target date"], [["1.1", "Lower the speed limit near every school", "2027"],
                                             ["1.2", "Build a crossing on the high street", "March 2028"],
                                             ["1.3", "Run a cycle training course for pupils", "Every spring"]]),
        _h("Goal 2", 2), _p("More people will walk to work"),
        _table(["Ref", head, "Target date"], [["2.1", "Widen the footpath along the canal", "2028"],
                                             ["2.2", "Map every walking route in the town", "2027"]]),
        _h("Appendix A", 1),
        _table(index_header, index_rows),
    ]
    return plan_of_blocks(blocks, lang)


def _owners(plan) -> dict[str, list[str]]:
    return {m.number: [o.text for o in m.owners] for m in plan.measures}


def test_each_measure_a_lookup_row_lists_gets_that_rows_unit():
    plan = _plan(["Lead team", "Actions"], [["Highways", "1.1, 1.2"], ["Schools Team", "1.3, 1.1"],
                                               ["Parks and Open Spaces", "2.1"]])
    owners = _owners(plan)
    assert owners["1.1"] == ["Highways", "Schools Team"]  # listed under two units: two owners
    assert owners["1.3"] == ["Schools Team"]
    assert owners["2.1"] == ["Parks and Open Spaces"]  # one row is one unit: its 'and' splits nothing
    assert owners["2.2"] == []  # in no row: no owner, though the plan gave it a place for one
    assert all(m.has_owner_column for m in plan.measures)


def test_a_range_in_a_lookup_row_names_every_measure_between_its_ends():
    owners = _owners(_plan(["Responsible", "Actions led"], [["Highways", "1.1–1.3"], ["Planning", "2.1-2.2"]]))
    assert owners == {"1.1": ["Highways"], "1.2": ["Highways"], "1.3": ["Highways"],
                      "2.1": ["Planning"], "2.2": ["Planning"]}


def test_a_measure_table_with_its_own_numbers_is_no_lookup_table():
    from plancheck.extract.keyed import owner_index

    # 'Ref | Action | Lead': each row a measure of its own, not a unit listing measures
    assert owner_index(table_of(["Ref", "Action", "Lead"], [["1.1", "Lower the speed limit", "Highways"]])) is None
    # the unit column holding numbers too: no unit per row
    assert owner_index(table_of(["Lead", "Actions"], [["1.1", "1.2"]])) is None
    assert owner_index(table_of(["Lead", "Actions"], [["Highways", "1.1, 1.2"]])) == [(["1.1", "1.2"], "Highways")]


def test_numbers_a_lookup_table_lists_make_a_weakly_headed_table_a_measure_table():
    # 'Initiative' alone (no owner column) would not say its rows are measures; the appendix
    # listing their numbers under units does
    plan = _plan(["Lead team", "Actions"], [["Highways", "1.1, 1.2, 1.3"], ["Parks", "2.1, 2.2"]], head="Indsats",
                 lang="da")
    assert len(plan.measures) == 5
    assert _owners(plan)["2.2"] == ["Parks"]
