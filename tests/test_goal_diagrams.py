"""Goal diagrams: boxes joined by drawn connector lines (a driver diagram 'Aim | Primary drivers |
Change ideas' left to right, a goal tree 'hovedmål → delmål → tiltak' top down). The layout finds
the boxes and the lines between them and reads the diagram as a table of its levels, one row per
path from the root to a leaf (a box reached by two lines met twice, merged down); extraction reads
the levels as goals and measures and each line as a link. Hand-built words, boxes, lines and
blocks with invented wording."""

from __future__ import annotations

from plancheck.layout.flowboxes import box_diagrams, connector_links
from plancheck.layout.words import Word
from plancheck.models import Block, BlockKind, Cell, Table
from tests.conftest import plan_of_blocks

SIZE = 9.0


def _line(text: str, x: float, top: float, size: float = SIZE) -> list[Word]:
    out = []
    for word in text.split():
        w = len(word) * 0.5 * size
        out.append(Word(word, x, top, x + w, top + size, size))
        x += w + 0.3 * size
    return out


def _left_to_right(labels: bool = True, lone: bool = True):
    """An aim, two drivers, three ideas: aim → both drivers, driver 1 → ideas 1 and 2, driver 2 →
    ideas 2 and 3 (idea 2 reached by two lines, all of them fanning out from one point); a box in
    the ideas column joined by no line (``lone``)."""
    boxes = [(40, 150, 160, 230),  # aim
             (220, 110, 360, 150), (220, 230, 360, 270),  # drivers
             (420, 90, 580, 130), (420, 170, 580, 210), (420, 250, 580, 290)]  # ideas
    words = _line("Fewer falls at home", 44, 160)
    words += _line("Risk found early", 224, 114) + _line("Homes are safe", 224, 234)
    words += _line("Ask about falls", 424, 94) + _line("Lead: Care Team · By: 2027", 424, 114, 7.0)
    words += _line("Visit after a fall", 424, 174) + _line("Lead: Ambulance Trust", 424, 194, 7.0)
    words += _line("Fit grab rails", 424, 254) + _line("By: March 2028", 424, 274, 7.0)
    if labels:
        words += _line("AIM", 40, 70) + _line("PRIMARY DRIVERS", 220, 70) + _line("CHANGE IDEAS", 420, 70)
    if lone:
        boxes.append((420, 320, 580, 350))
        words += _line("Measures are reported each quarter", 424, 324)
    lines = [((160, 190), (220, 130)), ((160, 190), (220, 250)),
             ((360, 130), (420, 110)), ((360, 130), (420, 190)),
             ((360, 250), (420, 190)), ((360, 250), (420, 270))]
    return boxes, words, lines


def _top_down():
    """A hovedmål over three delmål by a bus (trunk, bar, drops); delmål 1 → tiltak 1 by an elbow,
    delmål 2 → tiltak 1 and 2; delmål 3 without tiltak."""
    boxes = [(200, 40, 400, 80),
             (40, 140, 180, 180), (230, 140, 370, 180), (420, 140, 560, 180),
             (60, 260, 200, 300), (260, 260, 400, 300)]
    words = _line("Alle lever gode liv", 204, 44)
    words += _line("Barn er aktive", 44, 144) + _line("Eldre er ikke ensomme", 234, 144) + _line("Sunt kosthold", 424, 144)
    words += _line("Daglig fysisk aktivitet", 64, 264) + _line("Ansvar: Oppvekst · Frist: 2027", 64, 284, 7.0)
    words += _line("Møteplasser i bibliotekene", 264, 264) + _line("Frist: 2028", 264, 284, 7.0)
    lines = [((300, 80), (300, 110)), ((110, 110), (490, 110)),
             ((110, 110), (110, 140)), ((300, 110), (300, 140)), ((490, 110), (490, 140)),
             ((110, 180), (110, 220), (130, 220), (130, 260)),
             ((300, 180), (300, 226), (130, 226), (130, 260)),
             ((300, 180), (300, 220), (330, 220), (330, 260))]
    return boxes, words, lines


def _texts(piece) -> list[list[str]]:
    return [[c.text.split("\n")[0] if c is not None else "" for c in row] for row in piece.rows]


def test_lines_between_boxes_are_links_directed_along_the_diagram():
    boxes, _words, lines = _left_to_right()
    assert connector_links(boxes, lines) == [(0, 1), (0, 2), (1, 3), (1, 4), (2, 4), (2, 5)]
    boxes, _words, lines = _top_down()
    # the bus joins the hovedmål to each delmål; each elbow a delmål to a tiltak
    assert connector_links(boxes, lines) == [(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (2, 5)]


def test_a_rule_along_boxes_is_no_connector():
    boxes = [(40, 100, 200, 140), (40, 140, 200, 180), (260, 100, 400, 140)]
    # a table's rule between two cells, a line under a box's text: no connector
    assert connector_links(boxes, [((40, 140), (200, 140)), ((50, 130), (190, 130))]) == []
    assert connector_links(boxes, [((120, 100), (120, 180))]) == []


def test_a_driver_diagram_is_a_table_of_its_levels_one_row_per_path():
    boxes, words, lines = _left_to_right()
    (piece, notes), = box_diagrams(boxes, words, 600.0, 1, lines=lambda: lines)
    assert piece.diagram and notes == []
    rows = _texts(piece)
    assert rows[0] == ["AIM", "PRIMARY DRIVERS", "CHANGE IDEAS"]
    assert rows[1:] == [["Fewer falls at home", "Risk found early", "Ask about falls"],
                        ["Fewer falls at home", "Risk found early", "Visit after a fall"],
                        ["Fewer falls at home", "Homes are safe", "Visit after a fall"],
                        ["Fewer falls at home", "Homes are safe", "Fit grab rails"]]
    # the idea reached by two lines: met again, merged down from its first row
    assert piece.rows[3][2].merged_from == 2 and piece.rows[1][2].merged_from is None
    # the box no line reaches is no part of the diagram
    assert not any("quarter" in t for row in rows for t in row)
    assert piece.bbox[3] < 320


def test_a_top_down_tree_without_labels_reads_by_depth():
    boxes, words, lines = _top_down()
    (piece, _n), = box_diagrams(boxes, words, 600.0, 1, lines=lambda: lines)
    rows = _texts(piece)
    assert rows[0] == ["", "", ""]
    assert rows[1:] == [["Alle lever gode liv", "Barn er aktive", "Daglig fysisk aktivitet"],
                        ["Alle lever gode liv", "Eldre er ikke ensomme", "Daglig fysisk aktivitet"],
                        ["Alle lever gode liv", "Eldre er ikke ensomme", "Møteplasser i bibliotekene"],
                        ["Alle lever gode liv", "Sunt kosthold", ""]]


def test_boxes_without_lines_are_no_diagram():
    boxes, words, _lines = _left_to_right()
    assert box_diagrams(boxes, words, 600.0, 1, lines=lambda: []) == []
    assert box_diagrams(boxes, words, 600.0, 1) == []  # (no arrows either)


def _diagram_block(header: list[str], paths: list[list[str]]) -> Block:
    first: dict[str, int] = {}
    rows = []
    for r, path in enumerate(paths):
        row = []
        for c, text in enumerate(path):
            origin = first.setdefault(f"{c}:{text}", r) if text else r
            row.append(Cell(row=r, col=c, text=text, page=1, merged_from=None if origin == r else origin))
        rows.append(row)
    table = Table(header=header, rows=rows, pages=[1], diagram=True)
    return Block(id="", kind=BlockKind.table, text=" | ".join(header), table=table)


def test_the_levels_of_a_diagram_are_the_main_goal_goals_and_measures():
    aim, d1, d2 = "Fewer older people fall at home", "Risk is found early", "Homes are safe"
    paths = [[aim, d1, "Ask every client about falls\nLead: Care Team · By: March 2027"],
             [aim, d1, "Visit everyone after a fall\nLead: Ambulance Trust"],
             [aim, d2, "Visit everyone after a fall\nLead: Ambulance Trust"],
             [aim, d2, "Fit grab rails\nBy: 2028"],
             [aim, "Medicines are reviewed", ""]]
    blocks = [Block(id="", kind=BlockKind.heading, text="Falls Plan 2026–2029", level=1),
              _diagram_block(["AIM", "PRIMARY DRIVERS", "CHANGE IDEAS"], paths)]
    plan = plan_of_blocks(blocks, "en")
    goals = {g.text: g for g in plan.goals}
    assert goals[aim].kind == "main_goal"
    assert all(goals[t].kind == "goal" and goals[t].parent_id == goals[aim].id for t in (d1, d2, "Medicines are reviewed"))
    measures = {m.text: m for m in plan.measures}
    assert len(measures) == 3
    first = measures["Ask every client about falls"]
    assert [o.text for o in first.owners] == ["Care Team"] and first.deadline.text == "March 2027"
    # the box two lines reach: one measure with two goal links
    assert measures["Visit everyone after a fall"].goal_ids == [goals[d1].id, goals[d2].id]
    assert measures["Fit grab rails"].owners == [] and measures["Fit grab rails"].deadline.text == "2028"


def test_a_diagram_without_heads_reads_its_levels_by_depth():
    paths = [["Alle lever gode liv", "Barn er aktive", "Daglig fysisk aktivitet\nAnsvar: Oppvekst · Frist: 2027"],
             ["Alle lever gode liv", "Sunt kosthold", ""]]
    blocks = [Block(id="", kind=BlockKind.heading, text="Folkehelseplan 2026–2029", level=1),
              _diagram_block(["", "", ""], paths)]
    plan = plan_of_blocks(blocks, "nb")
    kinds = {g.text: g.kind for g in plan.goals}
    assert kinds == {"Alle lever gode liv": "main_goal", "Barn er aktive": "goal", "Sunt kosthold": "goal"}
    (m,) = plan.measures
    assert m.text == "Daglig fysisk aktivitet" and [o.text for o in m.owners] == ["Oppvekst"] and m.deadline.text == "2027"


def test_a_by_field_labels_a_deadline_but_no_column():
    from plancheck.extract.fields import split_fields
    from plancheck.lang.vocab import column_role

    f = split_fields("Fit grab rails\nLead: Home Improvement Agency  ·  By: April 2026", "en")
    assert (f.text, f.owner, f.deadline) == ("Fit grab rails", "Home Improvement Agency", "April 2026")
    assert column_role("By") is None  # no column head: 'Delivered by' names no deadline column
    assert column_role("Change ideas") == "measure" and column_role("Primary drivers") == "goal"
    assert column_role("Förändringsidéer") == "measure" and column_role("Primära drivkrafter") == "goal"


def test_a_ruled_tables_shaded_bands_are_no_diagram():
    # three shaded band rows of a ruled table, rules along their sides and a column rule from one
    # band to the next: the rules touch the bands, but a box ruled along a side is a table's cell
    boxes = [(60, 100, 520, 115), (60, 180, 520, 195), (60, 260, 520, 275)]
    words = _line("Tiltak knyttet til mål 1", 64, 103) + _line("Tiltak knyttet til mål 2", 64, 183)
    words += _line("Tiltak knyttet til mål 3", 64, 263) + _line("Når", 360, 120)
    lines = [((60, y), (520, y)) for y in (100, 115, 130, 180, 195, 260, 275)]
    lines += [((350, 115), (350, 180)), ((350, 195), (350, 260)), ((450, 115), (450, 180)), ((450, 195), (450, 260))]
    assert box_diagrams(boxes, words, 600.0, 1, lines=lambda: lines) == []


def test_lines_beside_boxes_join_none():
    # a table's rules just above a row of legend boxes: a rule running along their tops, and
    # rules coming down onto their tops from a grid the boxes lie left to right in
    boxes = [(60, 300, 150, 330), (150, 300, 250, 330), (250, 300, 350, 330)]
    assert connector_links(boxes, [((70, 294), (200, 294))]) == []
    assert connector_links(boxes, [((60, 280), (350, 280)), ((200, 280), (200, 294)), ((300, 280), (300, 294)),
                                   ((100, 280), (100, 294))]) == []
