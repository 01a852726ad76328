"""Session 42: a measure cell holding a numbered list whose lines the text layer joined, each
item closing with its owner and deadline. Invented wordings (no corpus document holds them)."""

from __future__ import annotations

from plancheck.extract.tables import _cell_fields, numbered_measures, numbered_parts, part_sources

CELL = (
    "Åpne badstua på kaia hele året (Eiendom, 2028) 2. Lage turkart for strandsonen "
    "(Kultur og Næring, 2. halvår 2027) 3. Merke kyststien på nytt (Friluftsrådet, løpende)"
)


def test_a_numbered_cell_is_cut_before_each_next_number() -> None:
    assert numbered_parts(CELL, "1") == [
        "Åpne badstua på kaia hele året (Eiendom, 2028)",
        "Lage turkart for strandsonen (Kultur og Næring, 2. halvår 2027)",
        "Merke kyststien på nytt (Friluftsrådet, løpende)",
    ]
    # "2. halvår" has no capital after it: no item; a list run on from the last page starts at its own number
    assert numbered_parts("Merke kyststien (Friluftsrådet, 2. halvår 2027) 5. Lage turkart", "4") == [
        "Merke kyststien (Friluftsrådet, 2. halvår 2027)", "Lage turkart",
    ]
    # out of sequence: no list
    assert numbered_parts("Merke kyststien 3. Lage turkart", "1") is None
    assert numbered_parts(CELL, None) is None


def test_each_item_of_a_numbered_cell_takes_its_owner_and_deadline() -> None:
    got = numbered_measures(CELL, "1", "nb")
    assert got is not None
    assert [g[0] for g in got] == ["Åpne badstua på kaia hele året", "Lage turkart for strandsonen", "Merke kyststien på nytt"]
    assert got[0][1] == "Eiendom" and got[0][2] == "2028"
    assert got[2][2] == "løpende"


def test_one_bracketed_item_counts_under_a_header_naming_the_fields() -> None:
    cell = "Merke kyststien (Friluftsrådet, hvert år) 5. Lage turkart for strandsonen"
    assert numbered_measures(cell, "4", "nb")[0][1] is None
    assert numbered_measures(cell, "4", "nb", expected=True)[0][1] == "Friluftsrådet"


def test_each_item_keeps_its_own_printed_text_as_source() -> None:
    texts = ["Åpne badstua på kaia hele året", "Lage turkart for strandsonen", "Merke kyststien på nytt"]
    assert part_sources(CELL, texts)[1] == "Lage turkart for strandsonen (Kultur og Næring, 2. halvår 2027)"
    assert part_sources(CELL, ["ikke i cellen"]) == [""]


def test_a_cell_list_whose_items_carry_fields_expects_them_of_every_item() -> None:
    parts = [("A", "Eiendom", None), ("B", None, None)]
    assert _cell_fields(parts, set()) == {"owner"}
    assert _cell_fields(parts[:1], set()) == set()
    assert _cell_fields([("A", None, None)], {"owner", "deadline"}) == {"owner", "deadline"}


def test_a_scorecard_of_measures_with_values_by_year_and_a_target_is_indicators() -> None:
    from plancheck.extract.tables import table_roles

    assert table_roles(["Measure", "2026/27", "Target 2031"]) == ["indicator", None, "indicator"]
    # beside an owner, or with no value of a year, the measure column stays the actions'
    assert table_roles(["Measure", "Target 2031", "Lead"])[0] == "measure"
    assert table_roles(["Tiltak", "Indikator"]) == ["measure", "indicator"]


def test_a_map_of_coded_goals_by_column_gives_each_goal_its_code() -> None:
    from plancheck.extract.plan import build_plan
    from plancheck.extract.tables import coded_goal_grid
    from plancheck.models import Block, BlockKind, Document, Provenance, Section
    from tests.conftest import table_of

    grid = table_of(
        ["Hovudmål 1 Levande bygder", "Hovudmål 2 Rein fjord"],
        [["B1 Fleire skal busetje seg i grendene.", "F1 Fjorden skal ha god økologisk tilstand."],
         ["B2 Kvar grend skal ha ein møtestad.", "–"]],
    )
    assert not coded_goal_grid(grid, [None, None], "nn")  # two series of codes: no one list
    grid = table_of(
        ["Hovudmål 1 Levande bygder", "Hovudmål 2 Rein fjord"],
        [["D1 Fleire skal busetje seg i grendene.", "D3 Fjorden skal ha god økologisk tilstand."],
         ["D2 Kvar grend skal ha ein møtestad.", "–"]],
    )
    assert coded_goal_grid(grid, [None, None], "nn")
    doc = Document(
        path="x.pdf", page_count=1, sections=[Section(id="s1", title="Målkart", level=1, page=1)],
        blocks=[Block(id="b0", kind=BlockKind.heading, text="Målkart", provenance=Provenance(page=1), section_id="s1"),
                Block(id="b1", kind=BlockKind.table, provenance=Provenance(page=1), section_id="s1", table=grid)],
    )
    plan = build_plan(doc, lang="nn")
    assert {(g.number, g.text) for g in plan.goals} == {
        ("D1", "Fleire skal busetje seg i grendene."),
        ("D3", "Fjorden skal ha god økologisk tilstand."),
        ("D2", "Kvar grend skal ha ein møtestad."),
    }
    # a cell that states no goal (a fact) makes the grid none
    fact = table_of(["A", "B"], [["D1 Grendene har 400 innbyggjarar.", "D2 Fjorden er djup."]])
    assert not coded_goal_grid(fact, [None, None], "nn")
