"""Forms of session 47 (blind batch 52, second pass), made general, on hand-built inputs with
invented wording: a web table whose header and shaded rows are drawn as a grid and whose other
rows have only a rule under each (an issue tracker's print view), an issue tracker's export as
one table of work items (container items the goals, the work items linked to them the measures),
and the 'dd/Mon/yy' date such trackers print."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of
from test_grid_tables import EDGES, _head_piece, _row

from plancheck.extract.trackers import tracker_table
from plancheck.lang.deadlines import parse_deadline
from plancheck.lang.vocab import column_role
from plancheck.layout.document import grid_bodies
from plancheck.layout.tables import head_over_rows
from plancheck.models import BBox, Block, BlockKind, Cell

# ----------------------------------------------------------------- rows ruled only below a grid

HEAD = ["Kind", "Ref", "Title", "Lead", "Due"]


def _shaded_rows(texts: list[list[str]], top: float) -> tuple[list[list[Cell]], list]:
    """Grid rows drawn cell by cell (a tinted row of a web table), 16 pt each, and their words."""
    rows, words = [], []
    for r, cells in enumerate(texts, 1):
        y = top + (r - 1) * 16
        rows.append([Cell(row=r, col=k, text=t, page=1, bbox=BBox(x0=x0, top=y, x1=x1, bottom=y + 16))
                     for k, (t, (x0, x1)) in enumerate(zip(cells, EDGES, strict=True))])
        words += _row(cells, y + 3)
    return rows, words


def _hrule(y: float) -> dict:
    return {"orientation": "h", "top": y, "x0": EDGES[0][0], "x1": EDGES[-1][1]}


def test_rows_ruled_only_below_a_header_over_shaded_rows_join_its_grid():
    piece, words = _head_piece(HEAD, 100)
    shaded, shaded_words = _shaded_rows([["Group", "W-1", "Quieter streets at night", "Nobody", ""]], 116)
    piece.rows += shaded
    piece.bbox = (40.0, 100.0, 556.0, 132.0)
    assert head_over_rows(piece)
    body = [*_row(["Item", "W-2", "Fit silent bin lifts", "Fleet Unit", "2031"], 136),
            *_row(["Item", "W-3", "Move night deliveries", "Trade Desk", "2032"], 152),
            *_row([None, None, "to the ring road", None, None], 163)]
    edges = [_hrule(132.0), _hrule(148.0), _hrule(176.0)]
    grid_bodies([piece], [], words + shaded_words + body, 842.0, edges=edges)
    assert [[c.text for c in r] for r in piece.rows[2:]] == [
        ["Item", "W-2", "Fit silent bin lifts", "Fleet Unit", "2031"],
        ["Item", "W-3", "Move night deliveries to the ring road", "Trade Desk", "2032"],
    ]
    # without rules under them, no rows join a header over shaded rows
    piece, words = _head_piece(HEAD, 100)
    shaded, shaded_words = _shaded_rows([["Group", "W-1", "Quieter streets at night", "Nobody", ""]], 116)
    piece.rows += shaded
    piece.bbox = (40.0, 100.0, 556.0, 132.0)
    below = _row(["Item", "W-2", "Fit silent bin lifts", "Fleet Unit", "2031"], 140)
    grid_bodies([piece], [], words + shaded_words + below, 842.0, edges=[])
    assert len(piece.rows) == 2  # unruled text under a full grid is not its rows
    # nor does a grid whose first row is no header take them
    other, _words = _head_piece(["Fit silent bin lifts in the old depot", "Fleet Unit", "x", "y", "z"], 100)
    other.rows += _shaded_rows([["a", "b", "c", "d", "e"]], 116)[0]
    assert not head_over_rows(other)


# ----------------------------------------------------------------- an issue tracker's export

TRACKER_HEAD = ["Type", "Key", "Title", "Parent", "Feature Name", "Assignee", "Reporter", "Status", "Created", "Due"]


def _tracker():
    return table_of(TRACKER_HEAD, [
        ["Feature", "PK-1", "Every playground is safe to use", "", "Safe play", "Unassigned", "Ola Vik", "Open", "02/Jan/31", ""],
        ["Feature", "PK-2", "Parks are clean after weekends", "", "Clean parks", "Unassigned", "Ola Vik", "Open", "02/Jan/31", ""],
        ["Feature", "PK-3", "Benches are easy to find for older walkers", "", "Benches", "Unassigned", "Ola Vik", "Open", "02/Jan/31", ""],
        ["Task", "PK-4", "Inspect all swings twice a year", "Safe play", "", "Kari Dahl", "Ola Vik", "Done", "03/Jan/31", "31/Mar/32"],
        ["User Story", "PK-5", "Add Monday litter rounds", "PK-2", "", "Per Lund", "Kari Dahl", "Open", "04/Jan/31", ""],
        ["Task", "PK-6", "Replace broken tiles under the climbing frame", "Every playground is safe to use", "", "Unassigned",
         "Ola Vik", "Open", "05/Jan/31", "15/Oct/31"],
        ["Bug", "PK-7", "Fix the booking form for park events", "", "", "Per Lund", "Ola Vik", "Open", "06/Jan/31", ""],
    ])


def test_a_tracker_export_becomes_a_measure_table_under_its_container_items():
    table = tracker_table(_tracker())
    assert table is not None
    assert "Type" not in table.header and "Parent" not in table.header and "Feature Name" not in table.header
    roles = [column_role(h) for h in table.header]
    assert roles[0] == "goal" and roles.count("measure") == 1
    title = roles.index("measure")
    rows = [[c.text for c in r] for r in table.rows]
    # the unlinked work item first (under no goal), then the items in their order
    assert (rows[0][0], rows[0][title]) == ("", "Fix the booking form for park events")
    by_title = {r[title]: r[0] for r in rows if r[title]}
    assert by_title["Inspect all swings twice a year"] == "Every playground is safe to use"  # by short name
    assert by_title["Add Monday litter rounds"] == "Parks are clean after weekends"  # by key
    assert by_title["Replace broken tiles under the climbing frame"] == "Every playground is safe to use"  # by title
    assert [r[0] for r in rows if not r[title]] == ["Every playground is safe to use", "Parks are clean after weekends",
                                                "Benches are easy to find for older walkers"]
    # a type column holding other words, or work items alone, is no tracker export
    t = table_of(["Type", "Title", "Lead"], [["Feature", "Safer parks", "x"], ["Meeting", "Park forum", "y"]])
    assert tracker_table(t) is None
    only_work = table_of(["Type", "Title", "Lead"], [["Task", "Paint benches", "x"], ["Task", "Cut grass", "y"]])
    assert tracker_table(only_work) is None


def test_tracker_export_in_the_plan():
    plan = plan_of_blocks([Block(id="", kind=BlockKind.heading, text="Parks delivery plan 2031–2033", level=1),
                           Block(id="", kind=BlockKind.table, text="", table=_tracker())], "en")
    goals = {g.id: g.text for g in plan.goals}
    assert sorted(goals.values()) == ["Benches are easy to find for older walkers", "Every playground is safe to use",
                                      "Parks are clean after weekends"]
    by_text = {m.text: m for m in plan.measures}
    assert len(by_text) == 4
    swings = by_text["Inspect all swings twice a year"]
    assert [goals[g] for g in swings.goal_ids] == ["Every playground is safe to use"]
    assert [o.text for o in swings.owners] == ["Kari Dahl"]  # the assignee, never the reporter
    assert str(swings.deadline.start) == "2032-03-31"  # 'Due', not 'Created'
    assert by_text["Replace broken tiles under the climbing frame"].owners == []  # 'Unassigned'
    assert by_text["Add Monday litter rounds"].deadline is None


def test_day_month_name_year_joined_by_slashes_or_hyphens():
    for text, iso in [("31/Mar/32", "2032-03-31"), ("5/Nov/2031", "2031-11-05"), ("15-OCT-31", "2031-10-15")]:
        d = parse_deadline(text, lang="en")
        assert d is not None and d.kind == "date" and str(d.start) == iso, text
