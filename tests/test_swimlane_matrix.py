"""A swimlane matrix: rows are responsible units, columns are years ('Enhet | 2025 | 2026 |
Senere | Løpende'), each measure a paragraph in the cell where its unit and its time meet. The
row label is the owner, the column head the deadline, a closing '(Mål n)' the goal link —
hand-built tables."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.swimlanes import later_column_year, swimlane_table
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

HEADER = ["Ansvarlig enhet", "2025", "2026", "Senere", "Løpende"]
ROWS = [
    ["Teknisk drift", "• Skifte lysarmaturer i idrettshallen (Mål 1)", "", "",
     "• Vedlikeholde turløypene hvert år (Mål 2)"],
    ["Skole", "", "• Lage en plan for uteskole sammen med Teknisk drift (Mål 2) "
     "• Kjøpe inn nye lærebøker i matematikk (Mål 1)", "", ""],
    ["Oppvekst", "", "• Lage en plan for uteskole (Mål 2)", "• Bygge ny flerbrukshall (Mål 1)", ""],
    ["Uavklart", "• Kartlegge behovet for garderober (Mål 1)", "", "", ""],
]


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _plan(table: Table):
    blocks = [Block(id="g0", kind=BlockKind.heading, text="Mål", level=1),
              Block(id="g1", kind=BlockKind.paragraph, text="Mål 1: Alle skal ha gode bygg å lære og trene i"),
              Block(id="g2", kind=BlockKind.paragraph, text="Mål 2: Flere barn skal være ute hver dag"),
              Block(id="b0", kind=BlockKind.heading, text="Tiltak", level=1),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nb", model=None)


def test_each_cell_item_is_a_measure_owned_by_its_row_and_due_by_its_column():
    plan = _plan(_table(HEADER, ROWS))
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got["Skifte lysarmaturer i idrettshallen"] == (["Teknisk drift"], "2025")
    assert got["Vedlikeholde turløypene hvert år"] == (["Teknisk drift"], "Løpende")
    assert got["Kjøpe inn nye lærebøker i matematikk"] == (["Skole"], "2026")
    # the label saying no unit is decided is no owner
    assert got["Kartlegge behovet for garderober"] == ([], "2025")
    # a 'later' column after the years: the year after the last year column
    assert got["Bygge ny flerbrukshall"] == (["Oppvekst"], "2027")


def test_one_item_printed_in_two_rows_is_one_measure_with_both_owners():
    plan = _plan(_table(HEADER, ROWS))
    uteskole = [m for m in plan.measures if "uteskole" in m.text]
    assert len(uteskole) == 1
    assert uteskole[0].text == "Lage en plan for uteskole"
    assert sorted(o.text for o in uteskole[0].owners) == ["Oppvekst", "Skole"]
    assert len(plan.measures) == 6


def test_the_closing_goal_tag_links_the_item_to_its_goal():
    plan = _plan(_table(HEADER, ROWS))
    by_id = {g.id: g.text for g in plan.goals}
    hall = next(m for m in plan.measures if m.text == "Bygge ny flerbrukshall")
    assert [by_id[g] for g in hall.goal_ids] == ["Alle skal ha gode bygg å lære og trene i"]


def test_a_grid_of_marks_or_with_a_non_time_column_is_no_swimlane():
    roles = ["owner", None, None, None, None]
    marks = [["Teknisk drift", "X", "", "", "X"], ["Skole", "", "X", "", ""]]
    assert swimlane_table(_table(HEADER, marks), roles) is None
    mixed = _table(["Ansvarlig enhet", "2025", "Kommentar"], [r[:3] for r in ROWS])
    assert swimlane_table(mixed, ["owner", None, None]) is None
    # a measure column makes it an ordinary table
    assert swimlane_table(_table(HEADER, ROWS), ["owner", "measure", None, None, None]) is None


def test_a_later_column_needs_year_columns_before_it():
    assert later_column_year(["Enhet", "2025", "2026", "Senere"], 3) == 2027
    assert later_column_year(["Enhet", "Senere", "2025"], 1) is None
    assert later_column_year(["Enhet", "2025", "Kommentar"], 2) is None


def test_an_empty_corner_over_unit_labels_is_a_swimlane_but_not_over_themes():
    units = [["Kulturkontoret", "• Lage en ny turbrosjyre (Mål 1)", ""],
             ["Teknisk drift", "", "• Skifte lysarmaturer i idrettshallen (Mål 1)"]]
    lanes = swimlane_table(_table(["", "2025", "2026"], units), [None, None, None])
    assert lanes is not None
    assert [(r[0].text, r[2].text) for r in lanes.rows] == [("Kulturkontoret", "2025"), ("Teknisk drift", "2026")]
    themes = [["Fysisk aktivitet", "• Lage en ny turbrosjyre", ""],
              ["Kosthold", "", "• Servere frukt i alle barnehager"]]
    assert swimlane_table(_table(["", "2025", "2026"], themes), [None, None, None]) is None


def test_a_grid_of_years_down_and_units_across_is_read_turned():
    rows = [["2025", "• Lage en ny turbrosjyre (Mål 1)", ""],
            ["2026", "", "• Skifte lysarmaturer i idrettshallen (Mål 1)"],
            ["Løpende", "• Vedlikeholde turløypene hvert år (Mål 2)", ""]]
    lanes = swimlane_table(_table(["År", "Kulturkontoret", "Teknisk drift"], rows), [None, None, None])
    assert lanes is not None
    assert sorted((r[1].text[:12], r[0].text, r[2].text) for r in lanes.rows) == [
        ("Lage en ny t", "Kulturkontoret", "2025"),
        ("Skifte lysar", "Teknisk drift", "2026"),
        ("Vedlikeholde", "Kulturkontoret", "Løpende"),
    ]


def test_a_box_spanning_two_year_columns_is_due_by_the_last():
    from plancheck.models import BBox

    xs = [(40, 140), (140, 220), (220, 300), (300, 380)]  # label, 2026, 2027, 2028

    def row(r: int, texts: list[str], span: tuple[int, int] | None = None) -> list[Cell]:
        cells = []
        for c, t in enumerate(texts):
            x0, x1 = xs[c]
            box: BBox | None = BBox(x0=x0, top=100 + 40 * r, x1=x1, bottom=140 + 40 * r)
            if span is not None and c == span[0]:
                box = BBox(x0=x0, top=100 + 40 * r, x1=xs[span[1]][1], bottom=140 + 40 * r)
            elif span is not None and span[0] < c <= span[1]:
                box = None  # covered by the merged cell beside it
            cells.append(Cell(row=r, col=c, text=t, page=1, bbox=box))
        return cells

    table = Table(header=["Ansvarlig", "2026", "2027", "2028"], pages=[1], rows=[
        row(0, ["Kostenheten", "Införa en vegetarisk dag i veckan (Mål 1)", "", ""]),
        row(1, ["Elevhälsan", "", "Låta eleverna planera menyn (Mål 1)", ""], span=(2, 3)),
        row(2, ["Fastigheter", "", "Bygga om matsalen på Backaskolan (Mål 1)", ""]),
    ])
    lanes = swimlane_table(table, ["owner", None, None, None])
    assert lanes is not None
    assert [(r[1].text, r[2].text) for r in lanes.rows] == [
        ("Införa en vegetarisk dag i veckan (Mål 1)", "2026"),
        ("Låta eleverna planera menyn (Mål 1)", "2028"),
        ("Bygga om matsalen på Backaskolan (Mål 1)", "2027"),
    ]


def test_a_lane_of_the_plans_own_dates_holds_no_measures():
    table = _table(["Lead team", "2026", "2027", "Ongoing"], [
        ["Key dates", "◆ Annual progress report to committee", "◆ Plan review", ""],
        ["Highways Drainage Team", "Survey and map all highway gullies (O3)", "", "Clean every gully twice a year"],
        ["Parks and Countryside", "", "Create a flood storage wetland (O1)", ""],
    ])
    lanes = swimlane_table(table, ["owner", None, None, None])
    assert lanes is not None
    assert [r[0].text for r in lanes.rows] == ["Highways Drainage Team"] * 2 + ["Parks and Countryside"]


def test_goal_codes_set_as_tags_under_the_items_link_them() -> None:
    # a roadmap sets the goals each box serves as tag chips under it ('O1', 'O1 O3'): the text
    # layer gives them as the item's last line; the grid closes most items so, its convention
    from plancheck.extract.swimlanes import closing_tags

    header = ["Ansvarlig", "2026", "2027", "Løpende"]
    rows = [["Teknisk drift", "Kartlegge alle sluk i sentrum\nM2", "Bytte stikkrenna under Møllevegen\nM1 M2", ""],
            ["Beredskap", "Sende en flomveileder til alle husstander\nM1", "", "Øve på flom hvert år M2"]]
    table = _table(header, rows)
    blocks = [Block(id="g0", kind=BlockKind.heading, text="Mål", level=1),
              Block(id="g1", kind=BlockKind.list_item, number="M1", text="Færre boliger skal ha høy flomrisiko"),
              Block(id="g2", kind=BlockKind.list_item, number="M2", text="Alle sluk skal holdes åpne"),
              Block(id="b0", kind=BlockKind.heading, text="Tiltak", level=1),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    plan = build_plan(Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks)),
                      lang="nb", model=None)
    number = {g.id: g.number for g in plan.goals}
    got = {m.text: sorted(number[g] for g in m.goal_ids) for m in plan.measures}
    assert got == {"Kartlegge alle sluk i sentrum": ["M2"], "Bytte stikkrenna under Møllevegen": ["M1", "M2"],
                   "Sende en flomveileder til alle husstander": ["M1"], "Øve på flom hvert år": ["M2"]}
    # one item ending in a code is no convention: its words are kept
    items = ["Merke turstier i sone B2", "Rydde stiene hvert år", "Bygge ny bru"]
    assert closing_tags(items) == items
    assert closing_tags(["Kartlegge sluk O1", "Bytte stikkrenna O1, O3", "Bygge ny bru"]) == [
        "Kartlegge sluk (O1)", "Bytte stikkrenna (O1, O3)", "Bygge ny bru"]
