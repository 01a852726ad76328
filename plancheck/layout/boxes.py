"""Side boxes: a drawn panel holding a few lines of display text, with running text beside it.

A designer sets a call-out ("OUR AIM: 30 % LESS …") in a filled or framed rectangle at one side of
the text, and the text wraps around it: its lines run beside the box and, below it, across the
whole width. No gutter runs the whole height, so the column cut cannot tell the box from the
text, and the box's words join the text's lines at the same heights ("2030 the
body text …"). The rectangle itself says where the box ends: its words are read as a region of their
own, at the box's place (see ``expand_frames`` in :mod:`plancheck.layout.document`).

A box is a side box only when it is narrower than most of the page, holds some words wholly
inside, cuts through none, running text stands beside it on several lines, none of them in
another box, and that text wraps around it (a line just above or below the box runs across
it): a shaded table cell, a bar behind a running header, a page frame around the whole text,
a background picture or the boxes of a diagram are none of these.
"""

from __future__ import annotations

import itertools

from plancheck.layout.marks import Box
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


def is_panel(box: Box, page_width: float, settings: LayoutSettings = DEFAULT) -> bool:
    """A rectangle big enough to hold text and narrower than the page's text."""
    w, h = box[2] - box[0], box[3] - box[1]
    return min(w, h) >= settings.side_box_min_size and w <= settings.side_box_max_width_ratio * page_width


def nearly_square(box: Box, settings: LayoutSettings = DEFAULT) -> bool:
    """A drawn shape of some size and nearly square (short side / long side at least
    ``mark_min_aspect``): a badge's disc, a callout's number disc, a card's corner chip."""
    bw, bh = box[2] - box[0], box[3] - box[1]
    return min(bw, bh) > 0 and min(bw, bh) / max(bw, bh) >= settings.mark_min_aspect


def inside_box(w: Word, box: Box, slack: float) -> bool:
    """Does the word lie wholly inside the box (within ``slack``)?"""
    return box[0] - slack <= w.x0 and w.x1 <= box[2] + slack and box[1] - slack <= w.top and w.bottom <= box[3] + slack


def crosses_box(w: Word, box: Box, slack: float) -> bool:
    """Does the word overlap the box without lying inside it (a box drawn behind part of a line)?"""
    overlaps = w.x0 < box[2] - slack and w.x1 > box[0] + slack and w.top < box[3] - slack and w.bottom > box[1] + slack
    return overlaps and not inside_box(w, box, slack)


def line_count(words: list[Word], settings: LayoutSettings) -> int:
    """How many lines ``words`` stand on (tops more than ``y_tolerance`` apart start a new one)."""
    tops = sorted(w.top for w in words)
    count, last = 0, None
    for t in tops:
        if last is None or t - last > settings.y_tolerance:
            count += 1
        last = t
    return count


def side_boxes(boxes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The drawn ``boxes`` that are side boxes of a page with ``words``: each holds at least
    one word, cuts through none, and beside it (at the heights of the box, left or right of
    it, in no other box) stand at least ``side_box_min_lines`` lines of text. A box drawn
    twice (a fill and its stroke) is one box."""
    slack = settings.side_box_slack
    panels = [b for b in boxes if is_panel(b, page_width, settings)]
    out: list[Box] = []
    seen: set[frozenset[int]] = set()
    for box in sorted(panels, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True):
        inside = [k for k, w in enumerate(words) if inside_box(w, box, slack)]
        if not inside or any(crosses_box(w, box, slack) for w in words):
            continue
        key = frozenset(inside)
        if key in seen:
            continue
        others = [b for b in panels if not same_box(b, box, slack) and not contains_box(b, box)]
        beside = [
            w
            for w in words
            if box[1] <= w.mid_y <= box[3]
            and (w.x1 <= box[0] + slack or w.x0 >= box[2] - slack)
            and not any(b[0] - slack <= w.x0 and w.x1 <= b[2] + slack and b[1] - slack <= w.top and w.bottom <= b[3] + slack for b in others)
        ]
        if line_count(beside, settings) < settings.side_box_min_lines or not _one_column(beside, settings):
            continue
        if not _wrapped(box, beside, words, settings):
            continue
        # a box inside another side box (a frame around a box) is read with it
        if any(contains_box(o, box) for o in out):
            continue
        seen.add(key)
        out.append(box)
    return out


def text_beside(box: Box, words: list[Word], settings: LayoutSettings = DEFAULT) -> bool:
    """Do at least ``side_box_min_lines`` lines of ``words`` stand beside ``box`` (at its
    heights, left or right of it)? A frame with running text beside it is a call-out set into
    the page's text flow, not a band of the page of its own."""
    slack = settings.side_box_slack
    beside = [w for w in words if box[1] <= w.mid_y <= box[3] and (w.x1 <= box[0] + slack or w.x0 >= box[2] - slack)]
    return line_count(beside, settings) >= settings.side_box_min_lines


def side_panels(boxes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The drawn ``boxes`` that are side panels: a narrow box (``side_panel_max_width_ratio``
    of the page) holding one short text (at most ``side_panel_max_lines`` lines, no wide gap
    between them) that cuts through no word, with a column of running text beside it (at least
    ``side_box_min_lines`` lines at the box's heights, on one side, in no other box) that does
    not wrap around it and starts level with the box's text. A borderless table of two cells
    draws it so, the shaded left cell holding the heading ("Goal 1" and its sentence) of the
    text in the right one; read as one line each, the heading's words run into the text's.
    A box that is a side box (:func:`side_boxes`, text wrapped around it) is not one."""
    slack = settings.side_box_slack
    narrow = [b for b in boxes if is_panel(b, page_width, settings) and b[2] - b[0] <= settings.side_panel_max_width_ratio * page_width]
    out: list[Box] = []
    for box in narrow:
        if any(same_box(box, o, slack) or contains_box(o, box) or contains_box(box, o) for o in out):
            continue
        if _side_panel(box, boxes, words, settings.side_box_min_lines, settings):
            out.append(box)
    # a box of the same column as the side panels found (its left and right edges theirs), a
    # heading over less text than they stand beside (a goal with a single short note beside it)
    for box in narrow:
        if any(same_box(box, o, slack) or contains_box(o, box) or contains_box(box, o) for o in out):
            continue
        if not any(abs(box[0] - o[0]) <= slack and abs(box[2] - o[2]) <= slack for o in out):
            continue
        if _side_panel(box, boxes, words, 1, settings):
            out.append(box)
    return out


def _side_panel(box: Box, boxes: list[Box], words: list[Word], min_lines: int, settings: LayoutSettings) -> bool:
    """Is ``box`` a side panel (see :func:`side_panels`) with at least ``min_lines`` lines of
    text beside it?"""
    slack = settings.side_box_slack
    inside = [w for w in words if inside_box(w, box, slack)]
    if not inside or any(crosses_box(w, box, slack) for w in words):
        return False
    if not _one_text(inside, settings):
        return False
    others = [b for b in boxes if not same_box(b, box, slack) and not contains_box(b, box) and not contains_box(box, b)]
    height = sorted(w.bottom - w.top for w in inside)[len(inside) // 2]
    for side in ("right", "left"):
        beside = [
            w for w in words
            if box[1] <= w.mid_y <= box[3]
            and (w.x0 >= box[2] - slack if side == "right" else w.x1 <= box[0] + slack)
            and not any(inside_box(w, b, slack) for b in others)
        ]
        if line_count(beside, settings) < min_lines or not _one_column(beside, settings):
            continue
        if abs(min(w.top for w in beside) - min(w.top for w in inside)) > settings.side_panel_level_ratio * height:
            continue
        if _wrapped(box, beside, words, settings):
            continue
        return True
    return False


def figure_panels(boxes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The drawn ``boxes`` that are panels beside a figure: a box narrower than the page's text
    (:func:`is_panel`) holding one text (at most ``figure_panel_max_lines`` lines, no word cut by
    its edge, no other box inside it) with, at its heights on one side, only a drawing's labels:
    bare numbers of at most ``figure_label_max_chars`` digits, on lines of nothing else, at least
    ``figure_label_min_count`` of them, and at most ``figure_caption_max_lines`` other lines. A
    story map's slide (a shaded panel 'GOAL 2' over its heading and background, beside a map of
    numbered pins), a chart beside its commentary box: read row by row with the labels, the
    panel's heading breaks at every pin level with it. Read as a region of its own."""
    slack = settings.side_box_slack
    out: list[Box] = []
    for box in boxes:
        if not is_panel(box, page_width, settings):
            continue
        if any(same_box(box, o, slack) or contains_box(o, box) or contains_box(box, o) for o in out):
            continue
        if any(not same_box(box, o, slack) and contains_box(box, o) for o in boxes):
            continue  # a frame around other boxes (a card grid's background): no one panel
        inside = [w for w in words if inside_box(w, box, slack)]
        if not inside or any(crosses_box(w, box, slack) for w in words):
            continue
        if line_count(inside, settings) > settings.figure_panel_max_lines:
            continue
        for side in ("right", "left"):
            beside = [w for w in words if box[1] <= w.mid_y <= box[3]
                      and (w.x0 >= box[2] - slack if side == "right" else w.x1 <= box[0] + slack)]
            if _figure_labels(beside, settings):
                out.append(box)
                break
    return out


def _figure_labels(words: list[Word], settings: LayoutSettings) -> bool:
    """Are ``words`` a drawing's labels (see :func:`figure_panels`): lines of bare numbers, enough
    of them, and at most ``figure_caption_max_lines`` lines of anything else?"""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.top):
        if rows and w.top - rows[-1][-1].top <= settings.y_tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])

    def label(w: Word) -> bool:
        return w.text.isdigit() and len(w.text) <= settings.figure_label_max_chars

    numbers = sum(len(r) for r in rows if all(label(w) for w in r))
    others = sum(1 for r in rows if not all(label(w) for w in r))
    return numbers >= settings.figure_label_min_count and others <= settings.figure_caption_max_lines


def side_bars(boxes: list[Box], words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Box]:
    """The drawn ``boxes`` that are sidebars: a narrow box (``side_panel_max_width_ratio`` of
    the page) at the right of a column of running text (at least ``side_box_min_lines`` lines
    at its heights, left of it, in no other box, one column) that does not wrap around it, at
    the page's right margin (no text of the page reaches further right), holding texts of its own (a web page's "Related links" and "Contact"
    box beside the article). Unlike a side panel it may hold several texts; read as lines of the
    page, its lines run into those of the title or paragraph level with them. A side box or
    side panel is not one."""
    slack = settings.side_box_slack
    narrow = [b for b in boxes if is_panel(b, page_width, settings) and b[2] - b[0] <= settings.side_panel_max_width_ratio * page_width]
    out: list[Box] = []
    for box in sorted(narrow, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True):
        if any(same_box(box, o, slack) or contains_box(o, box) or contains_box(box, o) for o in out):
            continue
        inside = [w for w in words if inside_box(w, box, slack)]
        if line_count(inside, settings) < 2 or any(crosses_box(w, box, slack) for w in words):
            continue
        outside = [w for w in words if not inside_box(w, box, slack)]
        if any(w.x1 > box[2] + slack for w in outside):
            continue  # a sidebar stands at the right margin: no text of the page reaches further right
        level = [w for w in outside if box[1] <= w.mid_y <= box[3]]
        others = [b for b in boxes if not same_box(b, box, slack) and not contains_box(b, box) and not contains_box(box, b)]
        beside = [w for w in level if w.x1 <= box[0] + slack and not any(inside_box(w, b, slack) for b in others)]
        if any(w.x0 >= box[2] - slack for w in level):
            continue
        if line_count(beside, settings) < settings.side_box_min_lines or not _one_column(beside, settings):
            continue
        if _wrapped(box, beside, words, settings):
            continue
        out.append(box)
    return out


def _one_text(words: list[Word], settings: LayoutSettings) -> bool:
    """Do the words stand on a few lines (``side_panel_max_lines``) with no wide gap between
    them (``side_panel_gap_ratio`` line heights)?"""
    tops = sorted({round(w.top / max(settings.y_tolerance, 0.1)) * max(settings.y_tolerance, 0.1) for w in words})
    if len(tops) > settings.side_panel_max_lines:
        return False
    height = sorted(w.bottom - w.top for w in words)[len(words) // 2]
    return all(b - a <= settings.side_panel_gap_ratio * height for a, b in itertools.pairwise(tops))


def _wrapped(box: Box, beside: list[Word], words: list[Word], settings: LayoutSettings) -> bool:
    """Does the text beside the box wrap around it: going on from the text beside at its
    leading, line after line, does a line within ``side_box_wrap_ratio`` line heights of the box
    run across the box's width and on under the text beside it? A column of text beside a box
    (a sidebar, a diagram) does not, nor does the next row of a table under a shaded cell,
    which stands further off."""
    if not beside:
        return False
    step = max(settings.y_tolerance, 0.1)
    height = sorted(w.bottom - w.top for w in beside)[len(beside) // 2]
    reach = settings.side_box_wrap_ratio * height
    left = all(w.x1 <= box[0] + settings.side_box_slack for w in beside)  # the text stands left of the box
    text_x0, text_x1 = min(w.x0 for w in beside), max(w.x1 for w in beside)
    rows: dict[int, list[Word]] = {}
    for w in words:
        rows.setdefault(round(w.top / step), []).append(w)
    ordered = sorted(rows.values(), key=lambda r: min(w.top for w in r))
    row_tops = [min(w.top for w in r) for r in ordered]
    beside_ids = {id(w) for w in beside}
    idx = [k for k, r in enumerate(ordered) if any(id(w) in beside_ids for w in r)]
    tops = [row_tops[k] for k in idx]
    steps = [b - a for a, b in itertools.pairwise(tops) if b - a >= 0.8 * height]
    leading = min(steps) if steps else 1.2 * height
    most = settings.break_step_ratio * leading
    # a box floated at the start of a paragraph (an HTML page's fact box, "float: right") stands
    # under the last line of the paragraph before: the text goes on over one paragraph's spacing,
    # when the text beside the box runs on below it in its own column (a float sits inside running
    # text; the shaded left cell of a table has its neighbour's text end beside it)
    slack = settings.side_box_slack
    runs_on = any(
        box[3] < w.mid_y <= box[3] + reach and w.x0 >= text_x0 - slack and w.x1 <= text_x1 + slack for w in words
    )
    para = max(most, settings.side_box_paragraph_ratio * leading) if runs_on else most

    def runs_across(row: list[Word]) -> bool:
        x0, x1 = min(w.x0 for w in row), max(w.x1 for w in row)
        under_box = x0 < box[2] and x1 > box[0]
        across = under_box and x0 <= text_x1 and x1 >= text_x0 and (x0 < box[0] if left else x1 > box[2])
        return across and _one_column(row, settings)  # a line of text, not a row of table cells

    for direction, k in ((1, idx[-1]), (-1, idx[0])):
        spaced = False  # one paragraph's spacing crossed
        while 0 <= k + direction < len(ordered):
            step_to = abs(row_tops[k + direction] - row_tops[k])
            if step_to > most and (spaced or step_to > para):
                break
            spaced = spaced or step_to > most
            k += direction
            top = row_tops[k]
            if (box[3] - reach <= top <= box[3] + reach if direction > 0 else box[1] - reach <= top <= box[1] + reach) and runs_across(ordered[k]):
                return True
    return False


def _one_column(beside: list[Word], settings: LayoutSettings) -> bool:
    """Is the text beside the box one column of running text: no line with a gap as wide as
    between table cells?"""
    rows: dict[int, list[Word]] = {}
    for w in beside:
        rows.setdefault(round(w.top / max(settings.y_tolerance, 0.1)), []).append(w)
    for row in rows.values():
        ws = sorted(row, key=lambda w: w.x0)
        for a, b in itertools.pairwise(ws):
            if b.x0 - a.x1 > max(settings.segment_gap, settings.segment_gap_ratio * b.size):
                return False
    return True


def same_box(a: Box, b: Box, slack: float) -> bool:
    """Are the edges of ``a`` and ``b`` each within ``slack`` of the other's (one box drawn twice,
    or a table cell that is a drawn box)?"""
    return all(abs(p - q) <= slack for p, q in zip(a, b, strict=True))


def box_within(inner: Box, outer: Box, slack: float) -> bool:
    """Does ``inner`` lie wholly inside ``outer``, within ``slack`` on every side? (The one test
    of a box held by another that the card, tile, poster, flowchart and sticky-note readers
    share.)"""
    return (outer[0] - slack <= inner[0] and outer[1] - slack <= inner[1]
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def words_box(words: list[Word]) -> Box:
    """The box around ``words`` (at least one)."""
    return min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words)


def box_area(b: Box) -> float:
    """The area of ``b`` (0 for a box with no width or height)."""
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def overlap_area(a: Box, b: Box) -> float:
    """The area ``a`` and ``b`` share (0 when they do not overlap). (The sticky-note and the
    year-wheel readers' one measure of two shapes laid over each other.)"""
    return box_area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def contains_box(outer: Box, inner: Box) -> bool:
    """Does ``outer`` hold ``inner`` wholly (edges may meet)?"""
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]
