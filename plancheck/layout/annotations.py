"""A page printed with its review annotations beside it: a comment summary (a PDF viewer's print
of a document with its comments: the page shrunk on one side, each comment in a box in the margin
beside it), a markup print whose balloons stand in a margin, a review export. Each annotation is a
box of text in the margin joined by a drawn connector line to a small numbered marker placed on
the text it remarks on (a square or a note icon with the comment's number in it).

The comments are no part of the document: they are the reviewers' words about it. The boxes the
connectors reach, and the markers with their numbers, are taken out before the page is read
(:class:`Annotations`), and so is the frame drawn around the shrunk page (it is the page's
edge, no box of its text): the page reads as the document alone - its tables without the
markers' numbers in their cells, its sentences without a number glued into a word.

Geometry only: a marker is a drawn shape no larger than ``annotation_marker_max`` (pt) each way
holding a digit; a connector a straight drawn line with one end on a marker's edge and the
other on the edge of a larger drawn box holding text that does not hold the marker; the page has at least
``annotation_min_links`` such pairs (one marker joined to one box could be a diagram's arrow).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plancheck.layout.boxes import contains_box
from plancheck.layout.chars import Char
from plancheck.layout.flowboxes import Polyline
from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings


def _inside(c: Char, box: Box, slack: float) -> bool:
    x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return box[0] - slack <= x <= box[2] + slack and box[1] - slack <= y <= box[3] + slack


def _near(p: tuple[float, float], box: Box, slack: float) -> bool:
    """Does point ``p`` lie on ``box`` (within ``slack`` of it, inside or on an edge)?"""
    return box[0] - slack <= p[0] <= box[2] + slack and box[1] - slack <= p[1] <= box[3] + slack


def _markers(shapes: list[Box], chars: list[Char], settings: LayoutSettings) -> list[Box]:
    """The small shapes holding a number: each way at least ``annotation_marker_min`` and at most
    ``annotation_marker_max`` (pt), a digit inside (a marker set on a line of text may cover the
    letters beside its number too)."""
    out = []
    for box in shapes:
        w, h = box[2] - box[0], box[3] - box[1]
        if not (settings.annotation_marker_min <= w <= settings.annotation_marker_max
                and settings.annotation_marker_min <= h <= settings.annotation_marker_max):
            continue
        if any(c.text.strip().isdigit() and _inside(c, box, 0.0) for c in chars) and box not in out:
            out.append(box)
    return out


@dataclass
class Annotations:
    """A page's annotations (:func:`find_annotations`): the markers, the boxes joined to them and
    the connector lines joining them."""

    markers: list[Box] = field(default_factory=list)
    notes: list[Box] = field(default_factory=list)
    links: list[Polyline] = field(default_factory=list)
    #: the frames drawn around the page the markers stand on (a shrunk page, its shadow): the
    #: page's edge, no box of its text
    frames: list[Box] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.notes)

    def _drawn(self, box: Box, slack: float) -> bool:
        """Is ``box`` (a drawn object's bounds) one of the annotations' drawings: a marker, a
        note's box or what is drawn inside one, or a connector?"""
        if any(contains_box(_grown(b, slack), box) for b in (*self.markers, *self.notes)):
            return True
        if any(contains_box(_grown(box, slack), f) and contains_box(_grown(f, slack), box) for f in self.frames):
            return True
        return any(contains_box(_grown(_bounds(line), slack), box) and contains_box(_grown(box, slack), _bounds(line))
                   for line in self.links)

    def chars(self, chars: list[Char], settings: LayoutSettings = DEFAULT) -> list[Char]:
        """``chars`` without the notes' text and the markers' numbers (not the letters of the text a
        marker is set on)."""
        return [c for c in chars if not any(_inside(c, b, settings.side_box_slack) for b in self.notes)
                and not (c.text.strip().isdigit() and any(_inside(c, b, 0.0) for b in self.markers))]

    def shapes(self, shapes: list[Box], settings: LayoutSettings = DEFAULT) -> list[Box]:
        """``shapes`` without the annotations' drawings."""
        return [b for b in shapes if not self._drawn(b, settings.annotation_end_slack)]

    def lines(self, lines: list[Polyline]) -> list[Polyline]:
        return [line for line in lines if line not in self.links]

    def plumber_page(self, page, settings: LayoutSettings = DEFAULT):
        """A pdfplumber page without the annotations' drawings (their sides are no table's rules)."""
        slack = settings.annotation_end_slack
        return page.filter(lambda o: o.get("object_type") not in ("rect", "line", "curve") or not self._drawn(
            (o["x0"], o["top"], o["x1"], o["bottom"]), slack))


def _grown(box: Box, by: float) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _bounds(line: Polyline) -> Box:
    xs, ys = [p[0] for p in line], [p[1] for p in line]
    return (min(xs), min(ys), max(xs), max(ys))


def find_annotations(
    shapes: list[Box], chars: list[Char], lines: Callable[[], list[Polyline]] | None,
    settings: LayoutSettings = DEFAULT,
) -> Annotations:
    """The markers and the annotation boxes joined to them (see the module): none when the page
    has fewer than ``annotation_min_links`` marker-to-box connectors."""
    if lines is None or not shapes:
        return Annotations()
    markers = _markers(shapes, chars, settings)
    if len(markers) < settings.annotation_min_links:
        return Annotations()  # (the page's lines are read only when it has the markers)
    slack = settings.annotation_end_slack
    # the larger boxes that hold text (no line's bounds: a diagonal connector's is a box too)
    big = [b for b in shapes if (b[2] - b[0]) > settings.annotation_marker_max and (b[3] - b[1]) > settings.annotation_marker_max
           and any(c.text.strip() and _inside(c, b, 0.0) for c in chars)]
    found = Annotations()
    for line in lines():
        if len(line) != 2:
            continue
        for end, other in ((line[0], line[1]), (line[1], line[0])):
            marker = next((m for m in markers if _near(end, m, slack)), None)
            if marker is None:
                continue
            # the smallest larger box the line's other end lies on, holding neither the marker
            # nor the line's first end (the frame around the page the marker stands on)
            far = [b for b in big if _near(other, b, slack) and not contains_box(b, marker) and not _near(end, b, slack)]
            if far:
                found.markers.append(marker)
                found.notes.append(min(far, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])))
                found.links.append(line)
                break
    if len(found.links) < settings.annotation_min_links:
        return Annotations()
    found.markers = list(dict.fromkeys(found.markers))
    found.notes = list(dict.fromkeys(found.notes))
    found.frames = [b for b in dict.fromkeys(big) if all(contains_box(b, m) for m in found.markers)
                    and not any(contains_box(b, n) for n in found.notes)]
    return found
