"""A year plan laid out as a calendar grid: boxes titled by months (or quarters, weeks) with the
activities written inside ('• <aktivitet> – <eining> (Mn)'). Each activity is a measure due in
its box's period of the grid's year, owned by the name after the dash, serving the goal its
closing code names; a box of a note ('Fellesferie') holds no measure — hand-built tables."""

from __future__ import annotations

from plancheck.extract.calendargrid import calendar_table, grid_year, period_title
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.layout.blocks import code_series
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

# a PDF's grid: the header row's boxes read as the header, each box's title run on before its bullet
HEADER = ["Mars • Rydde turstiane etter vinteren – Parkavdelinga (K2)",
          "April • Kurs i kompostering for hageeigarar – Renovasjonen (K1)",
          "Mai • Plante blomar i sentrumsbeda (K2)"]
ROWS = [["Juni Sommarstengt – ingen aktivitetar",
         "Juli • Vaske benkane i parkane – Parkavdelinga (K2)",
         "August • Hente hageavfall hos eldre – Renovasjonen og Heimetenesta (K1)"]]


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=2) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[2])


def _plan(table: Table, title: str = "Årsplan for parkar og renovasjon 2028"):
    blocks = [Block(id="t0", kind=BlockKind.heading, text=title, level=1),
              Block(id="g0", kind=BlockKind.heading, text="Mål for 2028", level=2),
              Block(id="g1", kind=BlockKind.list_item, number="K1", text="Meir av hageavfallet skal bli kompost"),
              Block(id="g2", kind=BlockKind.list_item, number="K2", text="Parkane skal vere reine og trygge"),
              Block(id="b0", kind=BlockKind.heading, text="Aktivitetar i 2028", level=2),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=2, source_text=b.text)
    doc = Document(path="x.pdf", page_count=2, title=title, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nn", model=None)


def test_each_activity_in_a_month_box_is_a_measure_due_in_that_month_of_the_grids_year():
    plan = _plan(_table(HEADER, ROWS))
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Rydde turstiane etter vinteren": (["Parkavdelinga"], "Mars"),
        "Kurs i kompostering for hageeigarar": (["Renovasjonen"], "April"),
        "Plante blomar i sentrumsbeda": ([], "Mai"),  # no dash: no owner
        "Vaske benkane i parkane": (["Parkavdelinga"], "Juli"),
        "Hente hageavfall hos eldre": (["Renovasjonen", "Heimetenesta"], "August"),
    }
    juli = next(m for m in plan.measures if m.text == "Vaske benkane i parkane")
    assert (str(juli.deadline.start), str(juli.deadline.end)) == ("2028-07-01", "2028-07-31")
    assert all(m.has_owner_column for m in plan.measures)


def test_the_closing_code_links_the_activity_to_its_goal():
    plan = _plan(_table(HEADER, ROWS))
    by_id = {g.id: g.number for g in plan.goals}
    got = {m.text: [by_id[g] for g in m.goal_ids] for m in plan.measures}
    assert got["Kurs i kompostering for hageeigarar"] == ["K1"]
    assert got["Vaske benkane i parkane"] == ["K2"]


def test_a_calendar_of_the_titles_one_year_is_the_plan_period():
    plan = _plan(_table(HEADER, ROWS))
    assert plan.plan_period is not None and (plan.plan_period.start, plan.plan_period.end) == (2028, 2028)


def test_quarters_as_the_header_row_over_cells_of_activities():
    table = _table(["1. kvartal", "2. kvartal", "3. kvartal", "4. kvartal"],
                   [["• Kartleggje gatelysa i sentrum", "• Skifte lysarmaturar i hallen", "",
                     "• Evaluere ordninga med bydelsmøte"]])
    grid = calendar_table(table)
    assert grid is not None
    assert [(r[1].text, r[2].text) for r in grid.rows] == [
        ("Kartleggje gatelysa i sentrum", "1. kvartal"), ("Skifte lysarmaturar i hallen", "2. kvartal"),
        ("Evaluere ordninga med bydelsmøte", "4. kvartal")]


def test_years_marks_and_plain_tables_are_no_calendar():
    assert calendar_table(_table(["Tiltak", "Jan", "Feb", "Mar"], [["Rydde stiar", "X", "", "X"]])) is None
    assert calendar_table(_table(["2026", "2027", "2028"], [["• Byggje ny hall", "• Opne hallen", "• Evaluere"]])) is None
    assert calendar_table(_table(["Tiltak", "Ansvar", "Frist"], [["Rydde stiar", "Parkavdelinga", "Mars 2028"]])) is None


def test_period_titles():
    assert all(period_title(t) for t in ("Januar", "jan.", "Q3", "1. kvartal", "Veke 12", "March", "Desember"))
    assert not any(period_title(t) for t in ("2027", "Tiltak", "Januar 2027", "Heile året", "2026–2027"))
    assert grid_year(["Årskalender 2031", "Plan 2030–2033"]) == 2031


def test_a_series_of_codes_numbers_a_list_a_lone_code_does_not():
    openings = [("M1", "Færre"), ("M2", "Innbyggjarane"), ("M3", "Alle"), ("E6", "Kristiansand")]
    assert code_series(openings) == frozenset({"M1", "M2", "M3"})
    assert code_series([("M1", "Færre"), ("M3", "Alle"), ("M4", "Færre")]) == frozenset()


def test_a_gantt_of_quarters_beside_an_activity_column_is_no_calendar():
    rows = [["Kartleggje gatelysa", "Gjennomføring", "Gjennomføring", "", ""],
            ["Skifte lysarmaturar", "", "Planlegging", "Gjennomføring", ""]]
    assert calendar_table(_table(["Aktivitet", "Q1", "Q2", "Q3", "Q4"], rows)) is None


def test_period_title_follows_the_grid_settings():
    # the caller's settings hold in period_title too: a title of two words is none when one is the most
    from plancheck.extract.calendargrid import CalendarSettings

    assert period_title("1. kvartal") and not period_title("1. kvartal", CalendarSettings(title_words=1))
    assert period_title("Q3") and not period_title("Q3", CalendarSettings(max_days=30))


def test_goal_codes_set_as_tags_under_each_activity_are_its_links():
    # the codes on a line of their own under the activity (tag chips), not in a bracket
    header = ["Mars • Rydde turstiane etter vinteren – Parkavdelinga\nK2",
              "April • Kurs i kompostering for hageeigarar – Renovasjonen\nK1 K2",
              "Mai • Plante blomar i sentrumsbeda – Parkavdelinga\nK2"]
    plan = _plan(_table(header, []))
    number = {g.id: g.number for g in plan.goals}
    got = {m.text: ([o.text for o in m.owners], sorted(number[g] for g in m.goal_ids)) for m in plan.measures}
    assert got == {
        "Rydde turstiane etter vinteren": (["Parkavdelinga"], ["K2"]),
        "Kurs i kompostering for hageeigarar": (["Renovasjonen"], ["K1", "K2"]),
        "Plante blomar i sentrumsbeda": (["Parkavdelinga"], ["K2"]),
    }
