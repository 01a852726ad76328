"""A swimlane roadmap as a ruled table: each action a box with rounded corners drawn in its lane's
cell (over the columns of the years it runs), the lanes ruled by row rules and a dashed border on
each cell's LEFT only. The boxes' sides are no rules of the table (boxed_items), and the side the
roadmap does not draw is implied (implied_sides) - hand-built curves, words and edges."""

from __future__ import annotations

from plancheck.layout.rules import implied_sides
from plancheck.layout.tables import boxed_items
from plancheck.layout.words import Word


def _curve(x0: float, top: float, x1: float, bottom: float, points: int = 38) -> dict:
    return {"object_type": "curve", "x0": x0, "top": top, "x1": x1, "bottom": bottom, "pts": [(0, 0)] * points}


def _words(text: str, x: float, top: float) -> list[Word]:
    out = []
    for w in text.split():
        out.append(Word(w, x, top, x + 6 * len(w), top + 9, 9))
        x += 6 * len(w) + 3
    return out


TABLE = (40.0, 60.0, 800.0, 500.0)


def test_a_rounded_box_holding_an_item_inside_a_table_is_no_rule_of_it():
    item = _curve(300, 120, 545, 152)
    tag = _curve(305, 140, 320, 150, points=20)  # a tag drawn on the box goes with it
    frame = _curve(40, 60, 800, 500)  # a table's own rounded frame touches its sides: kept
    small = _curve(600, 120, 612, 128)  # a dash or a chip alone: too small
    words = _words("Replace the undersized culvert", 305, 125)
    found = boxed_items([item, tag, frame, small], [TABLE], words)
    assert (300.0, 120.0, 545.0, 152.0) in found and (305.0, 140.0, 320.0, 150.0) in found
    assert (40.0, 60.0, 800.0, 500.0) not in found and (600.0, 120.0, 612.0, 128.0) not in found
    # outside every table, or holding too few words, or cutting through a word: no item box
    assert boxed_items([item], [(40.0, 300.0, 800.0, 500.0)], words) == set()
    assert boxed_items([item], [TABLE], _words("O1", 305, 125)) == set()
    assert boxed_items([item], [TABLE], _words("Replace the undersized culvert", 520, 125)) == set()


def _h(x0: float, x1: float, y: float) -> dict:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0}


def _v(x: float, top: float, bottom: float) -> dict:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top}


def test_row_rules_ending_at_one_x_past_the_last_column_rule_imply_the_right_side():
    rows = [_h(40, 802, y) for y in (88, 117, 227, 290, 352)]
    columns = [_v(x, 88, 352) for x in (40, 169, 296, 423, 549, 676)]
    heading = _h(40, 802, 64)  # the rule under the heading above the table: not its top
    sides = implied_sides([heading, *rows, *columns])
    assert [(s["x0"], s["top"], s["bottom"]) for s in sides] == [(802, 88, 352)]
    # drawn already: nothing implied
    assert implied_sides([*rows, *columns, _v(802, 88, 352)]) == []
    # rules stacked with no column rule among them (lines under text): no table
    assert implied_sides(rows) == []
