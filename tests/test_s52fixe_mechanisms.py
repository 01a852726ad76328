"""Forms of session 52 (blind batch 57: a climate budget's measure table, a strategy house's
pillars), made general, on hand-built inputs with invented wording: a table whose head row names
only a group of columns over a row of every column's label, repeated on the next page over the rest
of a row the break cut (layout); amounts under year columns with a dash or a note for a year
without one (a budget of tonnes, no deadline); a chapter of other bodies' measures by its heading
(background); measure titles over a line of fields where one of them leaves a field out (a pillar's
measures); and references to tables numbered by chapter whose captions were read as the tables'
notes (no dangling reference)."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_drafts import Doc

from plancheck.drafts import dangling_references, reference_targets
from plancheck.extract.plan import background_sections
from plancheck.extract.tables import amount_years
from plancheck.layout.tables import TablePiece, join_pieces
from plancheck.models import BBox, Block, BlockKind, Cell, Section

# ----------------------------------------------------------------- a group head row over the labels

_X = [40.0, 70.0, 260.0, 330.0, 400.0, 460.0, 520.0]
_RIGHT = 600.0


def _row(texts: list[str], r: int, page: int, top: float, spanned: set[int] = frozenset()) -> list[Cell | None]:
    """A ruled row: each cell its box, but the columns a cell to their left spans (no box)."""
    out: list[Cell | None] = []
    for c, t in enumerate(texts):
        right = _X[c + 1] if c + 1 < len(_X) else _RIGHT
        box = None if c in spanned else BBox(x0=_X[c], top=top, x1=right, bottom=top + 14)
        out.append(Cell(row=r, col=c, text=t, page=page, bbox=box))
    return out


def _head(page: int, top: float) -> list[list[Cell | None]]:
    # 'Saved per year (kg)' spans the three year columns; the cells beside it are empty
    return [_row(["", "", "", "Saved per year (kg)", "", "", ""], 0, page, top, spanned={4, 5}),
            _row(["No.", "Action", "Lead", "2031", "2032", "2033", "Done by"], 1, page, top + 14)]


def test_a_head_row_naming_only_a_group_of_columns_and_the_labels_under_it_are_one_header():
    from plancheck.layout.tables import group_head_row

    head = ["", "", "", "Saved per year (kg)", "", "", ""]
    labels = ["No.", "Action", "Lead", "2031", "2032", "2033", "Done by"]
    group = {3: ("Saved per year (kg)", [3, 4, 5]), 4: ("Saved per year (kg)", [3, 4, 5]),
             5: ("Saved per year (kg)", [3, 4, 5])}
    assert group_head_row(head, labels, group)
    # a body row leaves a cell empty; a title spanning the whole table names no group
    assert not group_head_row(head, ["1", "Plant trees", "", "5", "5", "5", "2032"], group)
    whole = {i: ("Title", list(range(7))) for i in range(7)}
    assert not group_head_row(["Title", "", "", "", "", "", ""], labels, whole)


def test_the_rest_of_a_row_under_a_repeated_two_row_head_goes_on_with_its_row():
    first = TablePiece(1, (40, 700, _RIGHT, 800), list(_X), [
        *_head(1, 700),
        _row(["1", "Switch the pool to heat pumps", "Property unit", "25", "25", "25", "2031"], 2, 1, 728),
        _row(["2", "Insulate the library and", "Property unit", "10", "20", "30", "2032"], 3, 1, 742),
    ])
    # the next page repeats both head rows over the rest of row 2 ('Sandholt school', its number
    # cell empty) and row 3
    second = TablePiece(2, (40, 60, _RIGHT, 160), list(_X), [
        *_head(2, 60),
        _row(["", "Sandholt school", "", "", "", "", ""], 2, 2, 88),
        _row(["3", "Buy electric vans for home care", "Care unit", "5", "15", "15", "2031"], 3, 2, 102),
    ])
    tables = join_pieces([first, second], {1: 842, 2: 842}, {1: (100, 800), 2: (60, 300)})
    assert len(tables) == 1
    table = tables[0][1]
    assert table.header[:3] == ["No.", "Action", "Lead"] and table.header[-1] == "Done by"
    assert table.header[3].startswith("2031")
    assert [r[1].text for r in table.rows] == ["Switch the pool to heat pumps", "Insulate the library and Sandholt school",
                                               "Buy electric vans for home care"]


# ----------------------------------------------------------------- amounts, a dash or a note under the years


def test_amounts_with_a_dash_or_a_note_under_year_columns_are_no_deadline():
    t = table_of(["No.", "Action", "Lead", "2031", "2032", "2033", "Deadline"],
                 [["1", "Insulate the library", "Property unit", "10", "20", "30", "2032"],
                  ["2", "Buy electric vans for home care", "Care unit", "–", "15", "15", ""],
                  ["3", "Plant a forest by the ring road", "Parks unit", "not estimated", "not estimated", "40", "2033"],
                  ["4", "Switch the pool to heat pumps", "Property unit", "25", "25", "25", "2031"]])
    years = {3: 2031, 4: 2032, 5: 2033}
    assert amount_years(t.rows, years)
    # a mark of one word says the year: a timeline
    marks = table_of(["Action", "Lead", "2031", "2032"], [["Plant trees", "Parks unit", "X", "10"]])
    assert not amount_years(marks.rows, {2: 2031, 3: 2032})
    plan = plan_of_blocks([Block(id="", kind=BlockKind.table, text="", table=t)], "en")
    vans = next(m for m in plan.measures if m.text.startswith("Buy electric"))
    assert vans.deadline is None or not vans.deadline.text


# ----------------------------------------------------------------- other bodies' measures


def test_a_heading_of_other_bodies_measures_makes_its_chapter_background():
    from plancheck.extract.plan import names_others_work

    assert names_others_work("Actions led by others")
    assert names_others_work("Tiltak som andre har ansvar for")
    assert not names_others_work("Actions for cleaner air")
    assert not names_others_work("Led by others")  # no role named: a heading of something else
    sections = [Section(id="s1", title="Our actions", level=1, page=1),
                Section(id="s2", title="Actions led by others", level=1, page=2),
                Section(id="s3", title="Rail", level=2, page=2, parent_id="s2")]
    assert background_sections(sections) == {"s2", "s3"}


def test_a_table_under_a_heading_of_other_bodies_measures_gives_no_measures():
    t = table_of(["Body", "Action", "Effect here"],
                 [["The rail agency", "Double the track to the harbour", "90 kg per year from 2033"],
                  ["The county", "Run night buses to the villages", "not estimated"]])
    blocks = [Block(id="", kind=BlockKind.heading, text="Actions led by others", level=2),
              Block(id="", kind=BlockKind.paragraph, text="These are counted in the forecast, not in our budget."),
              Block(id="", kind=BlockKind.table, text="", table=t)]
    assert plan_of_blocks(blocks, "en").measures == []


# ----------------------------------------------------------------- a pillar's measure over one field


def _pillar(fields_of_third: str) -> list[Block]:
    out: list[Block] = []
    for title, fields in [("Paint the fence around the playground", "Lead: Caretakers · Due: Spring 2031"),
                          ("Open the gym for the older pupils", "Lead: Sports unit · Due: Autumn 2031"),
                          ("Hire a nurse for the after-school club", fields_of_third)]:
        out.append(Block(id="", kind=BlockKind.heading, text=title, level=5, font_size=9.0, bold=True))
        out.append(Block(id="", kind=BlockKind.paragraph, text=fields, font_size=7.5))
    return out


def test_a_measure_title_over_one_field_of_the_two_beside_titles_over_both_is_a_measure():
    plan = plan_of_blocks(_pillar("Due: 1.8.2031"), "en")
    assert [m.text for m in plan.measures][-1] == "Hire a nurse for the after-school club"
    nurse = plan.measures[-1]
    assert not nurse.owners and nurse.deadline is not None and nurse.deadline.text == "1.8.2031"
    plan = plan_of_blocks(_pillar("Lead: Health unit"), "en")
    assert plan.measures[-1].text == "Hire a nurse for the after-school club"
    assert [o.text for o in plan.measures[-1].owners] == ["Health unit"]
    # alone, with no sibling title over both fields, such a title is no measure
    blocks = [Block(id="", kind=BlockKind.heading, text="Hire a nurse for the after-school club", level=5,
                    font_size=9.0, bold=True),
              Block(id="", kind=BlockKind.paragraph, text="Due: 1.8.2031", font_size=7.5)]
    assert [m.text for m in plan_of_blocks(blocks, "en").measures] != ["Hire a nurse for the after-school club"]


# ----------------------------------------------------------------- tables numbered by chapter


def test_a_sentence_opening_with_a_chapter_numbered_table_is_no_caption_of_table_one_part():
    doc = Doc().heading("Budget", 1, "4").para("Table 4.2 shows what we may emit, and table 4.3 what we save.")
    assert reference_targets(doc.plan).table == set()


def test_references_to_tables_numbered_by_chapter_without_a_caption_read_are_not_dangling():
    def plan_with(sentence: str, tables: int):
        doc = Doc().heading("Budget", 1, "4").heading("Frame", 2, "4.1").para(sentence)
        plan = doc.plan
        for k in range(tables):
            plan.tables.append(plan.passages[-1].model_copy(update={"id": f"t{k}", "kind": BlockKind.table}))
        return plan

    said = "Table 4.2 shows what we may emit, and table 4.3 what we save."
    assert dangling_references(plan_with(said, 2)) == []
    # a chapter the document does not have, or more tables named than it holds: flagged
    assert dangling_references(plan_with("Table 9.2 shows what we may emit.", 2)) != []
    assert dangling_references(plan_with(said, 1)) != []
