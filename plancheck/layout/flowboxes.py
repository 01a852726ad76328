"""Diagrams of boxes joined by arrows, read as a table: a logic model (programteori,
effektkjede, theory of change) as a page draws it.

A logic model sets its boxes in columns under a label each ('Activities | Short-term outcomes |
Long-term outcome'), and an arrow glyph ('→') between two boxes says the left one leads to the
right one. Read as running text, the boxes side by side ran into one line each ("Utbilda
serveringspersonal … Personalen på serveringsställena kan …") and each arrow was an item of its
own. The boxes, the arrows and the labels say what the diagram is: :func:`box_diagrams` finds
them and gives the diagram as a table piece whose header is the column labels and whose rows
follow the arrows from each box of the first column, a box reached from several rows (a result
box spanning its activities) merged down over them, as a table cell spanning rows is. An arrow
is a link, never text of the table.

A diagram is a group of drawn boxes, each holding words and cut through by none, joined by
arrows: an arrow glyph alone between a box on its left (level with the arrow) and a box on its
right (the one of the next column nearest the arrow's height), within
``flow_arrow_gap_ratio`` font sizes of both; with a line of labels just above it
(``flow_header_gap_ratio`` sizes), at least two of them set apart by a gap of
``flow_label_gap_ratio`` sizes. Each label starts a column; a box belongs to the column whose
label starts nearest its left edge. Lines of a box set in another size (the 'Lead: … · Due: …'
line under an activity) start a line of their own in the cell.

Geometry and typography only: which label names which role is for extraction to read.
"""

from __future__ import annotations

import itertools

from plancheck.ingest.text import join_lines
from plancheck.layout.cards import _box_in, _crosses, _inside, distinct_boxes
from plancheck.layout.lines import words_to_lines
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell

#: glyphs that draw an arrow pointing right
ARROWS = frozenset("→⟶➔➜➝➞➡⇒⮕🡒►▶")


def _arrow(w: Word) -> bool:
    return len(w.text.strip()) == 1 and w.text.strip() in ARROWS


def _boxes(panels: list[Box], words: list[Word], page_width: float, settings: LayoutSettings) -> list[Box]:
    """The drawn boxes that hold words, cut through none and hold no other such box."""
    slack = settings.side_box_slack
    out = []
    for b in distinct_boxes(panels, slack):
        if b[2] - b[0] > settings.flow_box_max_width_ratio * page_width:
            continue
        if not any(_inside(w, b, slack) and not _arrow(w) for w in words) or any(_crosses(w, b, slack) for w in words):
            continue
        out.append(b)
    return [b for b in out if not any(o != b and _box_in(o, b, slack) for o in out)]


def _links(boxes: list[Box], arrows: list[Word], settings: LayoutSettings) -> list[tuple[int, int, Word]]:
    """(left box, right box, the arrow) for each arrow standing between two boxes."""
    out = []
    for a in arrows:
        mid = (a.top + a.bottom) / 2
        reach = settings.flow_arrow_gap_ratio * a.size
        left = [k for k, b in enumerate(boxes) if b[1] <= mid <= b[3] and 0 <= a.x0 - b[2] <= reach]
        right = [k for k, b in enumerate(boxes) if 0 <= b[0] - a.x1 <= reach]
        if not left or not right:
            continue
        near = min(boxes[k][0] for k in right)
        column = [k for k in right if boxes[k][0] - near <= settings.flow_column_slack]
        target = min(column, key=lambda k: max(0.0, boxes[k][1] - mid, mid - boxes[k][3]))
        source = max(left, key=lambda k: boxes[k][2])
        if source != target:
            out.append((source, target, a))
    return out


def _groups(n: int, links: list[tuple[int, int, Word]]) -> list[list[int]]:
    """The boxes joined by links, group by group (boxes joined to none left out)."""
    parent = list(range(n))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b, _w in links:
        parent[root(a)] = root(b)
    groups: dict[int, list[int]] = {}
    for a, b, _w in links:
        for k in (a, b):
            members = groups.setdefault(root(k), [])
            if k not in members:
                members.append(k)
    return list(groups.values())


def _labels(words: list[Word], area: Box, settings: LayoutSettings) -> list[list[Word]]:
    """The column labels over a diagram: the words on the line just above ``area`` (within its
    width), split where a gap of ``flow_label_gap_ratio`` sizes stands between two words."""
    above = [w for w in words if w.bottom <= area[1] + settings.side_box_slack
             and area[1] - w.bottom <= settings.flow_header_gap_ratio * w.size
             and area[0] - settings.flow_column_slack <= w.x0 and w.x1 <= area[2] + settings.flow_column_slack]
    if not above:
        return []
    lowest = max(w.bottom for w in above)
    line = sorted((w for w in above if lowest - w.bottom <= settings.y_tolerance), key=lambda w: w.x0)
    out: list[list[Word]] = [[line[0]]]
    for prev, w in itertools.pairwise(line):
        if w.x0 - prev.x1 > settings.flow_label_gap_ratio * max(w.size, prev.size):
            out.append([w])
        else:
            out[-1].append(w)
    return out


def _box_text(words: list[Word], box: Box, settings: LayoutSettings) -> str:
    """The text of a box, its lines joined as a reader would; a line set in another size than
    the one before starts a line of its own ('\\n')."""
    inside = [w for w in words if _inside(w, box, settings.side_box_slack) and not _arrow(w)]
    if not inside:
        return ""
    runs: list[list[str]] = []
    size = None
    for ln in words_to_lines(inside, 0, settings):
        if size is None or abs(ln.size - size) > settings.flow_size_step:
            runs.append([])
        runs[-1].append(ln.text)
        size = ln.size
    return "\n".join(join_lines(run) for run in runs)


def box_diagrams(shapes: list[Box], words: list[Word], page_width: float, page_no: int,
                 settings: LayoutSettings = DEFAULT) -> list[tuple[TablePiece, list[Box]]]:
    """The diagrams of boxes joined by arrows among a page's drawn ``shapes``, each as a table
    piece with the boxes of notes across it, whose words stay text (see the module's
    docstring); [] when the page has none."""
    arrows = [w for w in words if _arrow(w)]
    if not arrows or not shapes or len(shapes) > settings.card_max_shapes:
        return []  # (a drawing, a map: no diagram of boxes)
    boxes = _boxes(shapes, words, page_width, settings)
    links = _links(boxes, arrows, settings)
    out = []
    for group in _groups(len(boxes), links):
        area = (min(boxes[k][0] for k in group), min(boxes[k][1] for k in group),
                max(boxes[k][2] for k in group), max(boxes[k][3] for k in group))
        labels = _labels([w for w in words if not any(_inside(w, boxes[k], settings.side_box_slack) for k in group)],
                         area, settings)
        if len(labels) < 2:
            continue
        starts = [min(w.x0 for w in label) for label in labels]

        cols = {k: _column(boxes[k], starts) for k in group}
        # a box reaching over the next column's label is a note across the diagram ('Activities
        # will be agreed in 2027'), no box of a column: read as text
        notes = [k for k in group if any(boxes[k][2] > x + settings.flow_column_slack for x in starts[cols[k] + 1:])]
        nxt: dict[int, int] = {}
        for a, b, _w in links:
            if a in cols and cols[b] > cols[a] and a not in notes and b not in notes:
                nxt.setdefault(a, b)
        reached = set(nxt.values())
        heads = sorted((k for k in group if k not in reached and k not in notes), key=lambda k: (boxes[k][1], boxes[k][0]))
        chains: list[dict[int, int]] = []
        for k in heads:
            chain = {cols[k]: k}
            while k in nxt and cols[nxt[k]] not in chain:
                k = nxt[k]
                chain[cols[k]] = k
            chains.append(chain)
        top = min(w.top for label in labels for w in label)
        header = [Cell(row=0, col=c, text=" ".join(w.text for w in label), page=page_no,
                       bbox=BBox(x0=min(w.x0 for w in label), top=min(w.top for w in label),
                                 x1=max(w.x1 for w in label), bottom=max(w.bottom for w in label)))
                  for c, label in enumerate(labels)]
        rows: list[list[Cell | None]] = [list(header)]
        first: dict[tuple[int, int], int] = {}  # (column, box) → the row it was first given in
        for ri, chain in enumerate(chains, start=1):
            row: list[Cell | None] = []
            for c in range(len(labels)):
                k = chain.get(c)
                if k is None:
                    row.append(Cell(row=ri, col=c, text="", page=page_no))
                    continue
                b = boxes[k]
                bbox = BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3])
                text = _box_text(words, b, settings)
                origin = first.setdefault((c, k), ri)
                row.append(Cell(row=ri, col=c, text=text, page=page_no, bbox=bbox,
                                merged_from=None if origin == ri else origin))
            rows.append(row)
        bbox = (area[0], top, area[2], area[3])
        out.append((TablePiece(page_no, bbox, starts, rows, [False] * len(labels)), [boxes[k] for k in notes]))
    return out


def _column(box: Box, starts: list[float]) -> int:
    """The column whose label starts nearest the box's left edge."""
    return min(range(len(starts)), key=lambda c: abs(starts[c] - box[0]))
