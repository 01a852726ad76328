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

A diagram may join its boxes by drawn CONNECTORS instead (a driver diagram 'Aim → Primary
drivers → Change ideas', a goal tree 'hovedmål → delmål → tiltak' drawn top-down, an org-chart-like
strategy map): open stroked paths of straight segments (:func:`connector_links`). A connector's
end within ``connector_reach`` of a box's border joins that box (an arrowhead drawn apart may
stand between); an end touching no box joins the connector it meets (a bus: trunk, bar and
drops are one connector). A connector joining two boxes is an edge from the one before to the one
after, along the axis the diagram's connectors run (left to right, or top down); a bus joins its
one box on one side to each box on the other. A box reached by two connectors has two parents;
a box joined by none is no part of the diagram. The diagram is read as a table of its LEVELS
(the column labels above it when it has them, else the depth of each box from its root): one
row per path from a root to a leaf, a box met again merged down from the row it was first given
in (``TablePiece.diagram``: extraction reads the levels as roles and the rows as links). No edge
is ever guessed from position alone: boxes without a connector between them are not joined.

Geometry and typography only: which label names which role is for extraction to read.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from plancheck.ingest.text import join_lines
from plancheck.layout.boxes import box_within, crosses_box, inside_box
from plancheck.layout.cards import distinct_boxes
from plancheck.layout.lines import words_to_lines
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell

#: glyphs that draw an arrow pointing right
ARROWS = frozenset("→⟶➔➜➝➞➡⇒⮕🡒►▶")

Point = tuple[float, float]
#: a drawn open path of straight segments, its points in top-down page coordinates
Polyline = tuple[Point, ...]


def _arrow(w: Word) -> bool:
    return len(w.text.strip()) == 1 and w.text.strip() in ARROWS


def _boxes(panels: list[Box], words: list[Word], page_width: float, settings: LayoutSettings) -> list[Box]:
    """The drawn boxes that hold words, cut through none and hold no other such box."""
    slack = settings.side_box_slack
    out = []
    for b in distinct_boxes(panels, slack):
        if b[2] - b[0] > settings.flow_box_max_width_ratio * page_width:
            continue
        if not any(inside_box(w, b, slack) and not _arrow(w) for w in words) or any(crosses_box(w, b, slack) for w in words):
            continue
        out.append(b)
    return [b for b in out if not any(o != b and box_within(o, b, slack) for o in out)]


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


def _touches(p: Point, box: Box, reach: float) -> bool:
    """Is ``p`` within ``reach`` of the box's border, outside it or inside it by no more?"""
    x, y = p
    if max(box[0] - x, x - box[2], box[1] - y, y - box[3]) > reach:
        return False
    return min(x - box[0], box[2] - x, y - box[1], box[3] - y) <= reach


def _clear(p: Point, box: Box, slack: float) -> bool:
    """Does ``p`` lie outside the box by more than ``slack``?"""
    return max(box[0] - p[0], p[0] - box[2], box[1] - p[1], p[1] - box[3]) > slack


def _ruled(box: Box, lines: list[Polyline], slack: float) -> bool:
    """Do drawn segments run along a side of the box (on it, within ``slack``) over half its
    length or more, together (a table's grid draws a row's rule cell by cell)?"""
    cover = [0.0, 0.0, 0.0, 0.0]  # top, bottom, left, right
    for line in lines:
        for (x0, y0), (x1, y1) in itertools.pairwise(line):
            if abs(y1 - y0) <= slack:
                run = max(0.0, min(max(x0, x1), box[2]) - max(min(x0, x1), box[0]))
                for k, edge in ((0, box[1]), (1, box[3])):
                    if abs(y0 - edge) <= slack:
                        cover[k] += run
            if abs(x1 - x0) <= slack:
                run = max(0.0, min(max(y0, y1), box[3]) - max(min(y0, y1), box[1]))
                for k, edge in ((2, box[0]), (3, box[2])):
                    if abs(x0 - edge) <= slack:
                        cover[k] += run
    width, height = box[2] - box[0], box[3] - box[1]
    return max(cover[0], cover[1]) >= width / 2 or max(cover[2], cover[3]) >= height / 2


def _on(p: Point, line: Polyline, slack: float) -> bool:
    """Does ``p`` lie within ``slack`` of one of the line's segments?"""
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        dx, dy = x1 - x0, y1 - y0
        t = ((p[0] - x0) * dx + (p[1] - y0) * dy) / (dx * dx + dy * dy) if dx or dy else 0.0
        t = min(1.0, max(0.0, t))
        if (p[0] - x0 - t * dx) ** 2 + (p[1] - y0 - t * dy) ** 2 <= slack * slack:
            return True
    return False


def _side(p: Point, box: Box) -> int:
    """The side of the box ``p`` stands beyond most (0 left, 1 right, 2 top, 3 bottom; the nearest
    when inside)."""
    out = (box[0] - p[0], p[0] - box[2], box[1] - p[1], p[1] - box[3])
    return max(range(4), key=lambda k: out[k])


def _heads_into(p: Point, q: Point, box: Box, settings: LayoutSettings) -> bool:
    """Does the segment from ``q`` to its end ``p`` head into the box across the side ``p`` is
    nearest to (a part of at least ``connector_min_approach`` of its length), not along it (a
    rule drawn beside a box, a table's edge over a legend, ends near it without leading to it)?"""
    dx, dy = p[0] - q[0], p[1] - q[1]
    length = (dx * dx + dy * dy) ** 0.5
    if length == 0:
        return False
    toward = (dx, -dx, dy, -dy)  # moving across that side into the box
    return toward[_side(p, box)] >= settings.connector_min_approach * length


def _end_box(line: Polyline, end: int, boxes: list[Box], settings: LayoutSettings) -> tuple[int, int] | None:
    """(the smallest box the line's end touches and heads into, the side it enters by) for its end
    0 (the first point) or -1 (the last) (:func:`_touches`, :func:`_heads_into`), or None."""
    p, q = (line[0], line[1]) if end == 0 else (line[-1], line[-2])
    found = [k for k, b in enumerate(boxes) if _touches(p, b, settings.connector_reach) and _heads_into(p, q, b, settings)]
    if not found:
        return None
    k = min(found, key=lambda k: (boxes[k][2] - boxes[k][0]) * (boxes[k][3] - boxes[k][1]))
    return k, _side(p, boxes[k])


def _joined_sets(boxes: list[Box], lines: list[Polyline], settings: LayoutSettings) -> list[dict[int, set[int]]]:
    """The boxes each connector (a bus counted as one) joins, two boxes or more, each with the
    sides it is entered by."""
    ends = [(_end_box(ln, 0, boxes, settings), _end_box(ln, -1, boxes, settings)) for ln in lines]
    keep = []
    for k, (ln, (a, b)) in enumerate(zip(lines, ends, strict=True)):
        if a is not None and b is not None and a[0] == b[0]:
            continue  # both ends on one box: a rule or an underline of it, no connector
        # a connector runs between boxes: the middle of each of its segments lies clear of every
        # box (a ruling line along boxes' edges, a table's rule between its cells, does not)
        mids = [((x0 + x1) / 2, (y0 + y1) / 2) for (x0, y0), (x1, y1) in itertools.pairwise(ln)]
        if any(not _clear(m, box, settings.side_box_slack) for m in mids for box in boxes):
            continue
        keep.append(k)
    parent = {k: k for k in keep}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    join = settings.connector_join_slack
    # (each connector's bounds widened by the slack: an end outside them lies on none of its
    # segments, so the exact test runs only on the few lines near it; a ruled page has hundreds)
    near = {j: (min(x for x, _ in lines[j]) - join, min(y for _, y in lines[j]) - join,
                max(x for x, _ in lines[j]) + join, max(y for _, y in lines[j]) + join) for j in keep}
    for k in keep:
        for end, box in zip((lines[k][0], lines[k][-1]), ends[k], strict=True):
            if box is not None:
                continue
            for j in keep:  # a free end meets another connector: one connector (a bus)
                b = near[j]
                if j != k and b[0] <= end[0] <= b[2] and b[1] <= end[1] <= b[3] and _on(end, lines[j], join):
                    parent[root(k)] = root(j)
    sets: dict[int, dict[int, set[int]]] = {}
    for k in keep:
        joined = sets.setdefault(root(k), {})
        for e in ends[k]:
            if e is not None:
                joined.setdefault(e[0], set()).add(e[1])
    return [v for v in sets.values() if len(v) >= 2]


def _apart(a: Box, b: Box, axis: int) -> bool:
    """Do the boxes stand apart along ``axis`` (0: x, 1: y)?"""
    return a[axis + 2] < b[axis] or b[axis + 2] < a[axis]


def connector_links(boxes: list[Box], lines: list[Polyline], settings: LayoutSettings = DEFAULT) -> list[tuple[int, int]]:
    """(parent box, child box) for each pair of ``boxes`` a drawn connector joins, directed along
    the axis the diagram runs (the one along which more connectors join boxes standing apart:
    left to right, or top down); a connector joining more boxes (a bus) joins its one box on the
    near side to each box beyond. A set of boxes that does not split so is left out."""
    sets = _joined_sets(boxes, lines, settings)
    axis = _axis(boxes, [(min(s), max(s)) for s in sets if len(s) == 2])
    out: list[tuple[int, int]] = []
    for s in sets:
        order = sorted(s, key=lambda k: (boxes[k][axis], boxes[k][1 - axis]))
        cut = [i for i in range(1, len(order)) if max(boxes[k][axis + 2] for k in order[:i]) < min(boxes[k][axis] for k in order[i:])]
        if len(cut) != 1:
            continue  # not two sides apart: no direction to read
        near, far = order[: cut[0]], order[cut[0]:]
        # a connector leaves the near boxes by their side facing the far ones and enters those by
        # the side facing back (left to right: right side to left side; top down: bottom to top)
        if any(s[k] != {2 * axis + 1} for k in near) or any(s[k] != {2 * axis} for k in far):
            continue
        if len(near) == 1:
            out += [(near[0], k) for k in far]
        elif len(far) == 1:
            out += [(k, far[0]) for k in near]
    return sorted(set(out))


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
    inside = [w for w in words if inside_box(w, box, settings.side_box_slack) and not _arrow(w)]
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
                 settings: LayoutSettings = DEFAULT, lines: Callable[[], list[Polyline]] | None = None,
                 symbols: Callable[[], list[tuple[str, Box]]] | None = None,
                 ) -> list[tuple[TablePiece, list[Box]]]:
    """The diagrams of boxes joined by arrows among a page's drawn ``shapes``, each as a table
    piece with the boxes of notes across it, whose words stay text (see the module's
    docstring); [] when the page has none. ``lines`` gives the page's drawn open paths
    (asked only when the page draws enough shapes): boxes joined by them are read first."""
    if not shapes or len(shapes) > settings.card_max_shapes:
        return []  # (a drawing, a map: no diagram of boxes)
    if lines is not None and len(shapes) >= 3 and (found := _connected_diagrams(shapes, words, page_width, page_no, settings, lines, symbols)):
        return found
    arrows = [w for w in words if _arrow(w)]
    if not arrows:
        return []
    boxes = _boxes(shapes, words, page_width, settings)
    links = _links(boxes, arrows, settings)
    out = []
    for group in _groups(len(boxes), links):
        area = (min(boxes[k][0] for k in group), min(boxes[k][1] for k in group),
                max(boxes[k][2] for k in group), max(boxes[k][3] for k in group))
        labels = _labels([w for w in words if not any(inside_box(w, boxes[k], settings.side_box_slack) for k in group)],
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


def _axis(boxes: list[Box], links: list[tuple[int, int]]) -> int:
    """0 when more of the linked pairs stand apart left to right than top down, else 1."""
    votes = [sum(_apart(boxes[a], boxes[b], axis) and not _apart(boxes[a], boxes[b], 1 - axis) for a, b in links)
             for axis in (0, 1)]
    return 0 if votes[0] >= votes[1] else 1


def _paths(roots: list[int], children: dict[int, list[int]], most: int) -> list[list[int]]:
    """Every path from one of ``roots`` to a leaf, depth first (at most ``most``)."""
    out: list[list[int]] = []
    todo = [[k] for k in reversed(roots)]
    while todo and len(out) < most:
        path = todo.pop()
        kids = children.get(path[-1], [])
        if not kids:
            out.append(path)
        todo += [[*path, c] for c in reversed(kids) if c not in path]
    return out


def _connected_groups(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings,
                      lines: Callable[[], list[Polyline]]) -> tuple[list[Box], list[tuple[int, int]], list[Polyline], list[list[int]]]:
    """The boxes joined by drawn connectors, the links between them, the connectors drawn and the
    groups of three boxes or more the links join (indices into the boxes); nothing when fewer
    than two links join boxes."""
    drawn = lines()
    if len(drawn) < 2:
        return [], [], [], []
    slack, reach, least = settings.side_box_slack, settings.connector_reach, settings.connector_box_min_size
    own = [(min(p[0] for p in ln), min(p[1] for p in ln), max(p[0] for p in ln), max(p[1] for p in ln)) for ln in drawn]
    cands = [b for b in distinct_boxes(shapes, slack)
             if b[2] - b[0] >= least and b[3] - b[1] >= least and b[2] - b[0] <= settings.flow_box_max_width_ratio * page_width
             and not any(box_within(b, o, slack) and box_within(o, b, slack) for o in own)]  # (a line's own bounds)
    ends = [p for ln in drawn for p in (ln[0], ln[-1])]
    # (the boxes filed by the cells of a grid they reach into, so that each end is tried only
    # against the boxes near it: a page of a few hundred shapes and lines)
    size = 4 * reach + 1.0
    filed: dict[tuple[int, int], list[int]] = {}
    for k, b in enumerate(cands):
        if not all(math.isfinite(v) for v in b):
            continue  # (touches nothing)
        for gx in range(int((b[0] - reach) // size), int((b[2] + reach) // size) + 1):
            for gy in range(int((b[1] - reach) // size), int((b[3] + reach) // size) + 1):
                filed.setdefault((gx, gy), []).append(k)
    ends = [p for p in ends if math.isfinite(p[0]) and math.isfinite(p[1])]
    near = {k for p in ends for k in filed.get((int(p[0] // size), int(p[1] // size)), ()) if _touches(p, cands[k], reach)}
    # a box with a drawn line along a side is a table's cell or band, ruled: no box of a diagram
    touched = [b for k, b in enumerate(cands) if k in near and not _ruled(b, drawn, slack)]
    if len(touched) < 3:
        return [], [], [], []
    boxes = _boxes(touched, words, page_width, settings)
    links = connector_links(boxes, drawn, settings)
    if len(links) < 2:
        return [], [], [], []
    return boxes, links, drawn, [g for g in _groups(len(boxes), [(a, b, None) for a, b in links]) if len(g) >= 3]  # type: ignore[misc]


def _symbol(box: Box, symbols: list[tuple[str, Box]], reach: float) -> str | None:
    """The flowchart symbol kind drawn as ``box`` ('decision', 'terminal'), or None: a symbol
    whose sides stand within ``reach`` of the box's (the box drawn takes in the stroke, which a
    diamond's pointed corners carry out further)."""
    return next((kind for kind, s in symbols if all(abs(a - b) <= reach for a, b in zip(box, s, strict=True))), None)


class Flowchart:
    """A flowchart (ISO 5807) among a page's diagrams of connected boxes: one holding a decision
    diamond. Its ``boxes``; its ``steps``, the decisions and the terminals (the rounded start and
    end boxes), which say how the flow goes, no item of what it does; and the ``labels`` of its
    connectors ('Yes', 'No' beside the lines leaving a decision)."""

    def __init__(self, boxes: list[Box], steps: list[Box], labels: list[Word]) -> None:
        self.boxes, self.steps, self.labels = boxes, steps, labels


def _near_line(w: Word, line: Polyline, reach: float) -> bool:
    """Is the word's box within ``reach`` of a segment of ``line``?"""
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        dx = max(min(x0, x1) - w.x1, w.x0 - max(x0, x1), 0.0)
        dy = max(min(y0, y1) - w.bottom, w.top - max(y0, y1), 0.0)
        if math.hypot(dx, dy) <= reach:
            return True
    return False


def flowcharts(shapes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT,
               lines: Callable[[], list[Polyline]] | None = None,
               symbols: Callable[[], list[tuple[str, Box]]] | None = None) -> list[Flowchart]:
    """The flowcharts of a page: the groups of boxes joined by connectors (see the module's
    docstring) of which one box is drawn as a decision diamond (``symbols``,
    :func:`plancheck.layout.document.flow_symbols`). Why: a flowchart's connectors say what
    happens next, not what a box is part of; read as a table of levels from its start box, its
    questions and its start and end boxes became goals over the actions. [] when the page draws
    no diamond or no connectors."""
    if lines is None or symbols is None or not shapes or len(shapes) < 3 or len(shapes) > settings.card_max_shapes:
        return []
    drawn_symbols = symbols()
    if not any(kind == "decision" for kind, _b in drawn_symbols):
        return []
    boxes, _links, drawn, groups = _connected_groups(shapes, words, page_width, settings, lines)
    slack, reach, near = settings.side_box_slack, settings.connector_reach, settings.flow_symbol_reach
    out = []
    for group in groups:
        kinds = {k: _symbol(boxes[k], drawn_symbols, near) for k in group}
        if "decision" not in kinds.values():
            continue
        members = [boxes[k] for k in group]
        steps = [boxes[k] for k in group if kinds[k] is not None]
        if not out:
            # the page's other symbols holding words (a decision, an end box whose connector was
            # not read as joining it) are steps of the chart too
            for _kind, b in drawn_symbols:
                if (not any(box_within(b, m, near) for m in members) and any(inside_box(w, b, slack) for w in words)
                        and not any(crosses_box(w, b, slack) for w in words)):
                    members.append(b)
                    steps.append(b)
        joined = [ln for ln in drawn if any(_touches(p, b, reach) for p in (ln[0], ln[-1]) for b in members)]
        # a label stands on the page in no drawn box (not a word of a panel the connector runs past)
        free = [w for w in words if not any(inside_box(w, b, slack) for b in shapes)]
        labels = [w for w in free if len(w.text) <= settings.flow_label_max_chars
                  and any(_near_line(w, ln, settings.flow_label_reach) for ln in joined)]
        out.append(Flowchart(members, steps, labels))
    return out


def _connected_diagrams(shapes: list[Box], words: list[Word], page_width: float, page_no: int,
                        settings: LayoutSettings, lines: Callable[[], list[Polyline]],
                        symbols: Callable[[], list[tuple[str, Box]]] | None = None) -> list[tuple[TablePiece, list[Box]]]:
    """The diagrams of boxes joined by drawn connectors (see the module's docstring), each a
    table piece of its levels, one row per path from a root to a leaf; a flowchart (a group
    holding a decision diamond, :func:`flowcharts`) is none."""
    boxes, links, _drawn, groups = _connected_groups(shapes, words, page_width, settings, lines)
    if not groups:
        return []
    drawn_symbols = symbols() if symbols is not None else []
    slack = settings.side_box_slack
    axis = _axis(boxes, links)
    out = []
    for group in groups:
        if any(_symbol(boxes[k], drawn_symbols, settings.flow_symbol_reach) == "decision" for k in group):
            continue  # a flowchart: read box by box (flowcharts)
        members = set(group)
        edges = [(a, b) for a, b in links if a in members]
        depth = dict.fromkeys(group, 0)
        for _ in group:  # the longest path from a root (a box no connector leads to)
            moved = False
            for a, b in edges:
                if depth[b] < depth[a] + 1 <= len(group):
                    depth[b], moved = depth[a] + 1, True
            if not moved:
                break
        levels = max(depth.values()) + 1
        if levels < 2:
            continue
        across = 1 - axis  # the order of the boxes within a level
        children: dict[int, list[int]] = {}
        for a, b in edges:
            if depth[b] > depth[a]:
                children.setdefault(a, []).append(b)
        for kids in children.values():
            kids.sort(key=lambda k: (boxes[k][across], boxes[k][axis]))
        reached = {b for _a, b in edges}
        roots = sorted((k for k in group if k not in reached), key=lambda k: (boxes[k][across], boxes[k][axis]))
        paths = _paths(roots, children, settings.connector_max_rows)
        area = (min(boxes[k][0] for k in group), min(boxes[k][1] for k in group),
                max(boxes[k][2] for k in group), max(boxes[k][3] for k in group))
        labels = _labels([w for w in words if not any(inside_box(w, boxes[k], slack) for k in group)], area, settings) if axis == 0 else []
        if len(labels) != levels:
            labels = []
        header = [Cell(row=0, col=c, text=" ".join(w.text for w in label), page=page_no,
                       bbox=BBox(x0=min(w.x0 for w in label), top=min(w.top for w in label),
                                 x1=max(w.x1 for w in label), bottom=max(w.bottom for w in label)))
                  for c, label in enumerate(labels)] or [Cell(row=0, col=c, text="", page=page_no) for c in range(levels)]
        rows: list[list[Cell | None]] = [list(header)]
        first: dict[int, int] = {}  # box → the row it was first given in
        for ri, path in enumerate(paths, start=1):
            row: list[Cell | None] = [Cell(row=ri, col=c, text="", page=page_no) for c in range(levels)]
            for k in path:
                b = boxes[k]
                origin = first.setdefault(k, ri)
                row[depth[k]] = Cell(row=ri, col=depth[k], text=_box_text(words, b, settings), page=page_no,
                                     bbox=BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3]),
                                     merged_from=None if origin == ri else origin)
            rows.append(row)
        starts = [min(boxes[k][axis] for k in group if depth[k] == c) for c in range(levels)]
        top = min([area[1]] + [w.top for label in labels for w in label])
        piece = TablePiece(page_no, (area[0], top, area[2], area[3]), starts, rows, [False] * levels, diagram=True)
        out.append((piece, []))
    return out
