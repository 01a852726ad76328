"""A Gantt chart of activities with no owner column ('Insats | 2030 | 2031 | 2032', X or filled
cells under the years, or a headless first column) holds the plan's measures, due by the end of
their bars (extract/activitycharts.py); a budget or indicator table with years as columns, a
chart of too few rows and a goal column written out are no such chart."""

from __future__ import annotations

from plancheck.extract.activitycharts import ActivityChartSettings, activity_chart
from plancheck.extract.plan import build_plan
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table

BAR = "#4f81bd"


def _table(header: list[str], rows: list[list[str]], fills: bool = False) -> Table:
    """Rows of texts; with ``fills`` a cell '#' is a bar (filled, no text) and '' is unfilled."""
    def cell(r: int, c: int, t: str) -> Cell:
        if fills and c > 0:
            return Cell(row=r, col=c, text="", page=1, fill=BAR if t == "#" else "", own=True)
        return Cell(row=r, col=c, text=t, page=1, fill="" if fills else None, own=True)
    return Table(header=header, rows=[[cell(r, c, t) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                 pages=[1], ruled=True)


def _doc(table: Table) -> Document:
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="3 Tidsplan", provenance=Provenance(page=1), section_id="s1"),
        Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), provenance=Provenance(page=1),
              section_id="s1", table=table),
    ]
    return Document(path="x.pdf", page_count=1, sections=[Section(id="s1", title="3 Tidsplan", level=1, page=1)],
                    blocks=blocks)


MARKED = _table(["Insats", "2030", "2031", "2032", "Strategiskt mål"], [
    ["Trygghetsvandringar i alla bostadsområden", "X", "X", "", "TRYGGHET"],
    ["Fältassistenter kvällstid", "X", "X", "X", "TRYGGHET"],
    ["Språkpraktik för nyanlända", "", "X", "X", "ARBETE"],
    ["Nya villkor för föreningsbidrag", "X", "", "", "LIKA CHANSER"],
])
SHADED = _table(["", "2025", "2026", "2027"], [
    ["Trafikksikker skolevei ved alle skoler", "#", "#", ""],
    ["Ny gang- og sykkelvei langs fylkesveien", "", "#", "#"],
    ["Refleksaksjon for alle 6. klasser", "#", "", ""],
], fills=True)


def test_a_marked_chart_with_a_weak_measure_head_and_goal_tags_holds_measures_due_by_the_last_mark(monkeypatch):
    import plancheck.extract.activitycharts as charts

    on = ActivityChartSettings(goal_tags=True)  # off by default: see the settings
    monkeypatch.setattr(charts, "activity_chart", lambda t, r, s=on: activity_chart(t, r, s))
    plan = build_plan(_doc(MARKED), lang="sv")
    due = {m.text: m.deadline.text if m.deadline else None for m in plan.measures}
    assert due == {
        "Trygghetsvandringar i alla bostadsområden": "2031",
        "Fältassistenter kvällstid": "2032",
        "Språkpraktik för nyanlända": "2032",
        "Nya villkor för föreningsbidrag": "2030",
    }
    assert plan.goals == []  # the goal tags name goals of another plan, not this plan's goals


def test_a_headless_chart_of_bars_holds_measures_due_by_the_end_of_the_bar():
    plan = build_plan(_doc(SHADED), lang="nb")
    due = {m.text: m.deadline.text if m.deadline else None for m in plan.measures}
    assert due == {
        "Trafikksikker skolevei ved alle skoler": "2026",
        "Ny gang- og sykkelvei langs fylkesveien": "2027",
        "Refleksaksjon for alle 6. klasser": "2025",
    }


def test_amounts_under_the_years_are_a_budget_not_a_chart():
    budget = _table(["Prosjekt", "2025", "2026", "2027"], [
        ["Ny brannstasjon", "12 000", "8 000", ""], ["Rehabilitering av rådhuset", "", "3 500", "4 000"],
        ["Nye gatelys", "500", "500", "500"],
    ])
    assert activity_chart(budget, [None, None, None, None]) is None
    assert build_plan(_doc(budget), lang="nb").measures == []


def test_an_indicator_or_cost_column_or_too_few_rows_is_no_chart():
    rows = [[f"Aktivitet nummer {k} i planen", "X", "", ""] for k in "abc"]
    table = _table(["Aktivitet", "2025", "2026", "2027"], rows)
    assert activity_chart(table, ["measure", None, None, None]) is not None
    assert activity_chart(table, ["measure", None, None, "cost"]) is None
    assert activity_chart(table, ["measure", None, None, None], ActivityChartSettings(min_rows=4)) is None
    short = _table(["Aktivitet", "2025", "2026", "2027"], rows[:2])
    assert activity_chart(short, ["measure", None, None, None]) is None


def test_goal_tags_are_not_read_by_default():
    roles = ["measure", None, None, None, "goal"]
    assert activity_chart(MARKED, roles) is None
    assert activity_chart(MARKED, roles, ActivityChartSettings(goal_tags=True)) == (0, (4,))


def test_goals_written_out_beside_the_activities_are_no_tags():
    table = _table(["Insats", "2030", "2031", "Mål"], [
        [f"Insats {k} för trygghet", "X", "", "Alla ska känna sig trygga i sitt bostadsområde dygnet runt"]
        for k in "abc"
    ])
    assert activity_chart(table, ["measure", None, None, "goal"], ActivityChartSettings(goal_tags=True)) is None
