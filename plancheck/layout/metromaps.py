"""A diagram drawn as a metro map, read as a table of its lines: a plan's goals at the ends of
coloured lines, its measures the stations along them.

A metro map draws each line as a thick stroked path in a colour of its own (a track), ending in a
box filled in that colour (the terminus) that holds the line's text; the stations are small closed
shapes (rings, dots) centred on the track, each labelled by the words set just above or below it:
its name, and perhaps a second line in another weight (who and when, set apart by a middle dot). A station on two tracks
(where they swing together: an interchange) belongs to both. Read as running text, the labels of
stations side by side ran into each other along the page, and the terminus texts into the labels
(session 46, a transitions plan drawn so).

:func:`metro_maps` finds the tracks (``metro_track_min_width`` thick or more and
``metro_track_min_length`` long), each with a terminus (a shape filled in the track's colour
holding words, touching one end of the track) and ``metro_min_stations`` stations or more (filled
closed shapes no larger than ``metro_station_max_size`` whose centre lies on the track); a page
with ``metro_min_tracks`` such tracks or more is a metro map. Each word outside the termini and
stations goes to the station nearest it (within ``metro_label_reach_x`` across and
``metro_label_reach_y`` up or down, the vertical distance counting double). The map is given as a
diagram table (``TablePiece.diagram``): one row per station, the terminus's text in the first
column and the station's in the second (its lines in another weight on a line of their own), a
terminus met again and an interchange's station on its second track merged down from the row they
were first given in. Geometry and typography only: what a terminus or a station means is for
extraction to read (a diagram's first level its goals, its last its measures).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell

Box = tuple[float, float, float, float]
Colour = tuple[int, int, int]


@dataclass(frozen=True)
class DrawnPath:
    """A path object of a page: its box (top-down), the colours it is stroked and filled in
    (None when it is not), its stroke width and, for an open path of straight segments, its
    points (else empty)."""

    box: Box
    stroke: Colour | None
    fill: Colour | None
    width: float
    points: tuple[tuple[float, float], ...] = ()


def _length(points) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(points))


def _distance(p: tuple[float, float], points) -> float:
    """The distance from ``p`` to a polyline."""
    best = math.inf
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        dx, dy = x1 - x0, y1 - y0
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((p[0] - x0) * dx + (p[1] - y0) * dy) / (dx * dx + dy * dy)))
        best = min(best, math.dist(p, (x0 + t * dx, y0 + t * dy)))
    return best


def _along(p: tuple[float, float], points) -> float:
    """How far along a polyline the point of it nearest ``p`` lies."""
    best, at, walked = math.inf, 0.0, 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        dx, dy = x1 - x0, y1 - y0
        seg = math.hypot(dx, dy)
        t = 0.0 if seg == 0 else max(0.0, min(1.0, ((p[0] - x0) * dx + (p[1] - y0) * dy) / (seg * seg)))
        d = math.dist(p, (x0 + t * dx, y0 + t * dy))
        if d < best:
            best, at = d, walked + t * seg
        walked += seg
    return at


def _centre(b: Box) -> tuple[float, float]:
    return ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)


def _inside(w: Word, b: Box, slack: float = 1.0) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] - slack <= cx <= b[2] + slack and b[1] - slack <= cy <= b[3] + slack


def _near_box(p: tuple[float, float], b: Box, reach: float) -> bool:
    return b[0] - reach <= p[0] <= b[2] + reach and b[1] - reach <= p[1] <= b[3] + reach


def _lines_text(words: list[Word]) -> str:
    """Words in reading order, a line of them in another weight than the line before it on a
    line of its own."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and abs(rows[-1][0].top - w.top) <= min(w.size, rows[-1][0].size) * 0.5:
            rows[-1].append(w)
        else:
            rows.append([w])
    out: list[str] = []
    last_bold: bool | None = None
    for row in rows:
        row.sort(key=lambda w: w.x0)
        bold = all(w.bold for w in row)
        text = " ".join(w.text for w in row)
        if out and bold == last_bold:
            out[-1] += " " + text
        else:
            out.append(text)
        last_bold = bold
    return "\n".join(out)


def _terminus_text(words: list[Word]) -> str:
    """A terminus box's text without a kicker: a line wholly in capitals set smaller than the
    box's other lines ('ENDESTATION', 'TERMINUS' over the goal)."""
    if not words:
        return ""
    main = max(w.size for w in words)
    kept = [w for w in words if not (w.size < main - 0.5 and w.text.isupper())]
    return " ".join(_lines_text(kept).split())


def _label_blocks(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """The words as labels: runs of words on one line with no wider gap than a word space
    (``metro_word_gap_ratio`` of their size), stacked into one label where a run stands right
    under another (``metro_line_gap_ratio`` of its size) centred on the same x
    (``metro_label_centre_slack``): a station's name and its line under it, centred on it."""
    runs: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        last = runs[-1][-1] if runs else None
        if (last is not None and abs(last.top - w.top) <= w.size * 0.3
                and 0 <= w.x0 - last.x1 <= w.size * settings.metro_word_gap_ratio):
            runs[-1].append(w)
        else:
            runs.append([w])
    blocks: list[list[Word]] = []
    for run in sorted(runs, key=lambda r: (min(w.top for w in r), r[0].x0)):
        cx = (run[0].x0 + run[-1].x1) / 2
        top = min(w.top for w in run)
        size = max(w.size for w in run)
        home = None
        for block in blocks:
            last_line = [w for w in block if w.bottom >= max(x.bottom for x in block) - size * 0.3]
            bcx = (min(w.x0 for w in last_line) + max(w.x1 for w in last_line)) / 2
            gap = top - max(w.bottom for w in last_line)
            if -size * 0.3 <= gap <= size * settings.metro_line_gap_ratio and abs(bcx - cx) <= settings.metro_label_centre_slack:
                home = block
                break
        if home is None:
            blocks.append(list(run))
        else:
            home.extend(run)
    return blocks


def metro_maps(paths: list[DrawnPath], words: list[Word], page_no: int,
               settings: LayoutSettings = DEFAULT) -> list[TablePiece]:
    """The metro map on a page, as one diagram table piece (see the module's docstring); []
    when the page draws none."""
    tracks = [p for p in paths if p.points and p.stroke is not None and p.fill is None
              and p.width >= settings.metro_track_min_width and _length(p.points) >= settings.metro_track_min_length]
    if len({t.stroke for t in tracks}) < settings.metro_min_tracks:
        return []
    small = [p for p in paths if p.fill is not None and not p.points
             and p.box[2] - p.box[0] <= settings.metro_station_max_size and p.box[3] - p.box[1] <= settings.metro_station_max_size]
    big = [p for p in paths if p.fill is not None and not p.points and p not in small]
    lines: list[tuple[DrawnPath, DrawnPath, list[DrawnPath]]] = []  # (track, terminus, stations)
    for t in tracks:
        ends = (t.points[0], t.points[-1])
        terminus = next((b for b in big if b.fill == t.stroke and any(_near_box(e, b.box, settings.metro_track_reach) for e in ends)
                         and any(_inside(w, b.box) for w in words)), None)
        if terminus is None:
            continue
        reach = t.width / 2 + settings.metro_track_reach
        stations = [s for s in small if _distance(_centre(s.box), t.points) <= reach]
        if len(stations) < settings.metro_min_stations:
            continue
        # from the far end towards the terminus
        start = t.points[0] if not _near_box(t.points[0], terminus.box, settings.metro_track_reach) else t.points[-1]
        pts = t.points if start == t.points[0] else tuple(reversed(t.points))
        stations.sort(key=lambda s: _along(_centre(s.box), pts))
        lines.append((t, terminus, stations))
    if len(lines) < settings.metro_min_tracks:
        return []
    lines.sort(key=lambda x: (x[1].box[1], x[1].box[0]))
    termini = [x[1] for x in lines]
    all_stations = list(dict.fromkeys(s for x in lines for s in x[2]))
    free = [w for w in words if not any(_inside(w, b.box) for b in termini) and not any(_inside(w, s.box) for s in all_stations)]
    labels: dict[int, list[Word]] = {k: [] for k in range(len(all_stations))}
    for block in _label_blocks(free, settings):
        bx = (min(w.x0 for w in block) + max(w.x1 for w in block)) / 2
        top, bottom = min(w.top for w in block), max(w.bottom for w in block)
        best: tuple[float, int] | None = None
        for k, st in enumerate(all_stations):
            dx = abs(bx - _centre(st.box)[0])
            dy = max(0.0, st.box[1] - bottom, top - st.box[3])
            if dx <= settings.metro_label_reach_x and dy <= settings.metro_label_reach_y and (best is None or dx + dy < best[0]):
                best = (dx + dy, k)
        if best is not None:
            labels[best[1]].extend(block)
    rows: list[list[Cell | None]] = [[Cell(row=0, col=0, text="", page=page_no), Cell(row=0, col=1, text="", page=page_no)]]
    first_terminus: dict[int, int] = {}
    first_station: dict[int, int] = {}
    used: list[Box] = []
    for li, (_t, terminus, stations) in enumerate(lines):
        for s in stations:
            k = all_stations.index(s)
            if not labels[k]:
                continue
            ri = len(rows)
            tb = terminus.box
            t_origin = first_terminus.setdefault(li, ri)
            s_origin = first_station.setdefault(k, ri)
            ws = labels[k]
            sb = (min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws))
            used += [tb, sb, s.box]
            rows.append([
                Cell(row=ri, col=0, text=_terminus_text([w for w in words if _inside(w, tb)]), page=page_no,
                     bbox=BBox(x0=tb[0], top=tb[1], x1=tb[2], bottom=tb[3]), merged_from=None if t_origin == ri else t_origin),
                Cell(row=ri, col=1, text=_lines_text(ws), page=page_no,
                     bbox=BBox(x0=sb[0], top=sb[1], x1=sb[2], bottom=sb[3]), merged_from=None if s_origin == ri else s_origin),
            ])
    if len(rows) <= 1:
        return []
    for _t, _term, _st in lines:
        used.append(_t.box)
    bbox = (min(b[0] for b in used), min(b[1] for b in used), max(b[2] for b in used), max(b[3] for b in used))
    return [TablePiece(page_no, bbox, [bbox[0], (bbox[0] + bbox[2]) / 2], rows, [False, False], diagram=True)]
