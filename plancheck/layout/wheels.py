"""A year wheel drawn as a ring of segments, read as a table of its segments' entries.

A year wheel (årshjul) is often DRAWN: a ring of segments (wedges, one per month or quarter, the
first at the top), each segment's name set inside it, and the entries written outside the ring
beside their segment, each joined to it by a thin leader line; what goes on all year may stand in
the ring's hole. Read as running text, the labels around the ring ran into each other across the
page (the left and right columns level with each other made one line) and the segments' names ran
into the labels.

:func:`ring_calendars` finds the ring from the boxes of the page's shapes alone (cheap; a page
without such a ring costs one pass over its shapes): ``ring_min_segments`` shapes or more, each
partly overlapping a neighbour (a wedge's box overlaps the next wedge's, a table's cells only
share their edges), whose boxes together make a square (within ``ring_square_slack``), every one
reaching the square's circle (within ``ring_edge_slack`` of its radius) and their centres standing
around the centre on every side. Only then are the page's drawn lines read: a line with one end on
the ring's outer circle (within ``ring_leader_reach``) and the other outside is a leader; its
inner end names the segment whose label (the words inside the ring, between the hole and the outer
circle) stands nearest in angle, its outer end the block of words it touches (within
``ring_leader_reach``): lines stacked under each other (``ring_line_gap_ratio`` of their size)
overlapping across. The wheel is given as a table of one column, one box per leader: the
segment's label on the first line, then the entry (lines wrapped at the block's width joined, a
line in another weight, or one that would have fitted on the line before, on a line of its own),
in clockwise order from the top, then the hole's text (its first line its label), when ``ring_min_entries``
entries or more are joined so.

An entry set wholly in italic where the other entries open upright, and italic lines closing an
upright entry, are notes beside the wheel (a holiday, a meeting), no entry: left out of the box.
Geometry and typography only: what a segment's label means (a month, and so the entry's deadline)
is for extraction to read (:mod:`plancheck.extract.calendargrid`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from plancheck.layout.boxes import box_area, overlap_area, words_box
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell

Point = tuple[float, float]


def _clusters(boxes: list[Box], settings: LayoutSettings) -> list[list[Box]]:
    """The boxes in groups joined by partial overlaps (a share of the smaller box's area, not all
    of it: one box drawn over another, a shadow or a border, is no neighbour)."""
    parent = list(range(len(boxes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    active: list[int] = []
    for i in order:
        b = boxes[i]
        active = [j for j in active if boxes[j][2] > b[0]]
        for j in active:
            shared = overlap_area(b, boxes[j])
            least = min(box_area(b), box_area(boxes[j]))
            if least > 0 and settings.ring_overlap_min * least <= shared < settings.ring_overlap_max * least:
                parent[root(i)] = root(j)
        active.append(i)
    groups: dict[int, list[Box]] = {}
    for i in range(len(boxes)):
        groups.setdefault(root(i), []).append(boxes[i])
    return [g for g in groups.values() if len(g) >= settings.ring_min_segments]


def _angle(p: Point, c: Point) -> float:
    """Clockwise from the top, in degrees (0–360), of ``p`` seen from ``c`` (y down)."""
    return math.degrees(math.atan2(p[0] - c[0], c[1] - p[1])) % 360


def _nearest(box: Box, c: Point) -> float:
    dx = max(box[0] - c[0], 0.0, c[0] - box[2])
    dy = max(box[1] - c[1], 0.0, c[1] - box[3])
    return math.hypot(dx, dy)


def _farthest(box: Box, c: Point) -> float:
    return math.hypot(max(abs(box[0] - c[0]), abs(box[2] - c[0])), max(abs(box[1] - c[1]), abs(box[3] - c[1])))


def find_rings(shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[tuple[Point, float, float]]:
    """The rings of segments the page's shapes draw, each (centre, radius of its hole, outer
    radius); [] when none (see the module). Boxes only: cheap."""
    lo, hi = settings.ring_segment_min_size, settings.ring_max_size
    boxes = [b for b in shapes if lo <= b[2] - b[0] <= hi and lo <= b[3] - b[1] <= hi]
    if len(boxes) < settings.ring_min_segments:
        return []
    slack = settings.ring_edge_slack
    rings = []
    for group in _clusters(boxes, settings):
        # the centre the boxes stand around, and the radius most of them reach along an axis
        c0 = (sum(b[0] + b[2] for b in group) / (2 * len(group)), sum(b[1] + b[3] for b in group) / (2 * len(group)))
        extents = sorted(max(b[2] - c0[0], c0[0] - b[0], b[3] - c0[1], c0[1] - b[1]) for b in group)
        r0 = extents[len(extents) // 2]
        # a segment stays inside the circle's square, reaches the circle and comes in from it (a
        # leader line drawn out from the ring, or a disc covering its hole, does not)
        segments = [b for b in group
                    if max(b[2] - c0[0], c0[0] - b[0], b[3] - c0[1], c0[1] - b[1]) <= r0 * (1 + slack)
                    and _farthest(b, c0) >= r0 * (1 - slack) and _nearest(b, c0) <= r0 * (1 - settings.ring_min_width)]
        if len(segments) < settings.ring_min_segments:
            continue
        x0, y0 = min(b[0] for b in segments), min(b[1] for b in segments)
        x1, y1 = max(b[2] for b in segments), max(b[3] for b in segments)
        w, h = x1 - x0, y1 - y0
        if abs(w - h) > settings.ring_square_slack * max(w, h):
            continue
        c, r = ((x0 + x1) / 2, (y0 + y1) / 2), (w + h) / 4
        sides = {int(_angle(((b[0] + b[2]) / 2, (b[1] + b[3]) / 2), c) // 90) for b in segments}
        if len(sides) < 4:
            continue
        hole = max(_nearest(b, c) for b in segments)
        # a disc drawn over the segments' middle (pie slices under a disc in the page's colour)
        for b in shapes:
            half = (b[2] - b[0] + b[3] - b[1]) / 4
            if (hole < half < r * (1 - settings.ring_min_width) and abs(b[2] - b[0] - (b[3] - b[1])) <= slack * half * 2
                    and math.dist(((b[0] + b[2]) / 2, (b[1] + b[3]) / 2), c) <= slack * r):
                hole = half
        rings.append((c, hole, r))
    return rings


def _runs(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """Words on one line no wider apart than a word space (``ring_word_gap_ratio`` of their size)."""
    runs: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        last = runs[-1][-1] if runs else None
        if (last is not None and abs(last.top - w.top) <= w.size * 0.3
                and -w.size * 0.2 <= w.x0 - last.x1 <= w.size * settings.ring_word_gap_ratio):
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def _blocks(runs: list[list[Word]], settings: LayoutSettings) -> list[list[list[Word]]]:
    """Runs stacked into blocks of lines: a run right under a block's last line
    (``ring_line_gap_ratio`` of its size) and overlapping it across."""
    blocks: list[list[list[Word]]] = []
    for run in sorted(runs, key=lambda r: (min(w.top for w in r), r[0].x0)):
        rb = words_box(run)
        size = max(w.size for w in run)
        home = None
        for block in blocks:
            lb = words_box(block[-1])
            gap = rb[1] - lb[3]
            if -size * 0.3 <= gap <= size * settings.ring_line_gap_ratio and rb[0] < lb[2] and lb[0] < rb[2]:
                home = block
                break
        if home is None:
            blocks.append([run])
        else:
            home.append(run)
    return blocks


def _entry_text(lines: list[list[Word]]) -> str:
    """The lines of an entry: a line wrapped at the block's width joined to the line before, a
    line in another weight, or whose first word would have fitted on the line before, apart."""
    width = max(words_box(ln)[2] - words_box(ln)[0] for ln in lines)
    out: list[str] = []
    prev: list[Word] | None = None
    for ln in lines:
        text = " ".join(w.text for w in ln)
        if prev is not None:
            same = all(w.bold for w in ln) == all(w.bold for w in prev)
            first = ln[0]
            fits = (words_box(prev)[2] - words_box(prev)[0]) + first.size * 0.3 + (first.x1 - first.x0) <= width
            if same and not fits:
                out[-1] += " " + text
                prev = ln
                continue
        out.append(text)
        prev = ln
    return "\n".join(out)


def _italic(line: list[Word]) -> bool:
    return all(w.italic for w in line)


def ring_calendars(shapes: list[Box], lines: Callable[[], list[tuple[Point, ...]]] | None, words: list[Word],
                   page_no: int, settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """The year wheels drawn as rings on a page, each as a table piece of one column (see the
    module); [] when the page draws none."""
    rings = find_rings(shapes, settings) if lines is not None else []
    if not rings:
        return []
    drawn = lines()  # (read only on a page that draws a ring)
    out = []
    for c, hole, r in rings:
        def dist(w: Word, c: Point = c) -> float:
            return math.hypot(w.mid_x - c[0], w.mid_y - c[1])

        inner = [w for w in words if dist(w) < hole]
        labels = [run for run in _runs([w for w in words if hole <= dist(w) <= r], settings)]
        outside = [w for w in words if dist(w) > r]
        reach = settings.ring_leader_reach
        blocks = _blocks(_runs(outside, settings), settings)
        entries: list[tuple[float, list[Word], list[list[Word]]]] = []  # (angle, segment label, block)
        for line in drawn:
            ends = sorted((line[0], line[-1]), key=lambda p: math.dist(p, c))
            if abs(math.dist(ends[0], c) - r) > reach or math.dist(ends[1], c) <= r + reach:
                continue
            a = _angle(ends[0], c)
            label = min(labels, key=lambda run: abs((_angle(((run[0].x0 + run[-1].x1) / 2, sum(w.mid_y for w in run) / len(run)), c)
                                                     - a + 180) % 360 - 180), default=None)
            block = next((b for b in blocks if any(_nearest(words_box(ln), ends[1]) <= reach for ln in b)), None)
            if label is None or block is None or any(block is e[2] for e in entries):
                continue
            entries.append((a, label, block))
        if len(entries) < settings.ring_min_entries:
            continue
        upright = sum(1 for _a, _l, b in entries if not _italic(b[0]))
        boxes: list[tuple[str, Box]] = []  # (the box's text, where its words stand)
        for _a, label, block in sorted(entries, key=lambda e: e[0]):
            if _italic(block[0]) and upright * 2 > len(entries):
                continue  # a note beside the wheel (a holiday, a meeting)
            kept = list(block)
            while len(kept) > 1 and _italic(kept[-1]) and not _italic(kept[0]):
                kept.pop()
            boxes.append((" ".join(w.text for w in label) + "\n" + _entry_text(kept),
                          words_box(label + [w for ln in kept for w in ln])))
        hub_lines = sorted(_runs(inner, settings), key=lambda ln: (min(w.top for w in ln), ln[0].x0))
        if len(hub_lines) >= 2:
            boxes.append((" ".join(w.text for w in hub_lines[0]) + "\n" + _entry_text(hub_lines[1:]), words_box(inner)))
        every = [w for w in words if dist(w) <= r] + [w for _a, _l, b in entries for ln in b for w in ln]
        bbox = words_box(every)
        rows = [[Cell(row=k, col=0, text=t, page=page_no, bbox=BBox(x0=b[0], top=b[1], x1=b[2], bottom=b[3]))] for k, (t, b) in enumerate(boxes)]
        out.append(TablePiece(page_no, bbox, [bbox[0]], rows, [False], ruled=False, wheel=True))
    return out
