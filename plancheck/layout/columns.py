"""Columns per page and their reading order: a recursive XY-cut on word boxes.

A page is cut across at wide horizontal whitespace bands and down at empty vertical gutters,
recursively; the regions read top to bottom, and left to right across a gutter. A gutter is
taken only when both sides look like text columns (wide enough, several lines that fill the
column) and not like the columns of a table, whose rows break at the same heights on both
sides. Lines that run across the gutter at the top or bottom of a region (a full-width heading
over two columns) are peeled off into regions of their own, so they keep their place.

Why by hand: pdfplumber and pypdfium2 give boxes but no column or reading-order analysis;
pdfminer's LAParams layout analysis is slower than the whole pdfium pass and orders text boxes
with a single heuristic that cannot be told what a table looks like.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import statistics
from dataclasses import dataclass, replace

from plancheck.layout.boxes import words_box
from plancheck.layout.lines import BULLETS, is_list_marker
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


@dataclass
class Region:
    """A part of a page read as one column: its words, box, and how it was cut."""

    words: list[Word]
    x0: float
    top: float
    x1: float
    bottom: float
    column: bool = False  # True when it is one of several side-by-side columns
    chip: bool = False  # True when it is a chip of a card (plancheck/layout/cards.py): one line of its own
    aside: bool = False  # True when it holds the text of a frame set beside the running text (a call-out box)
    tile: bool = False  # True when it holds the text of a tile (plancheck/layout/tiles.py): its lines wrap at the tile's edge
    parallel: bool = False  # True when it holds a parallel text (plancheck/layout/parallel.py): not read
    head_chip: bool = False  # True when it is a chip standing at its card's head, read before the card's text
    flow_step: bool = False  # True when it holds a flowchart's step: a decision, a start or end box, a connector's label (flowboxes.py)
    hangs_under: str | None = None  # the name of the unit whose box an organisation chart's card hangs under (orgcharts.py)


#: a word's top, the sort key of rows and bands (a C getter: no Python call per word)
_top = operator.attrgetter("top")


def _rows(words: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    rows: list[list[Word]] = []
    last = None
    for w in sorted(words, key=_top):
        if rows and last is not None and w.top - last <= settings.y_tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
        last = w.top
    return rows


def _between(words: list[Word], cuts: list[float]) -> list[list[Word]]:
    """``words`` parted at the sorted ``cuts`` by their middles: part k holds, in their order,
    the words whose middle lies above cut k-1 and at or below cut k (the outer bounds at
    ±1e9; a middle outside them, or not a number, in none). Each middle is worked out once and
    its part found by bisection, not compared with every part's bounds (this runs at every
    step of the column split)."""
    parts: list[list[Word]] = [[] for _ in range(len(cuts) + 1)]
    bisect_left = bisect.bisect_left
    for w in words:
        mid = (w.x0 + w.x1) / 2  # Word.mid_x
        if -1e9 < mid <= 1e9:
            parts[bisect_left(cuts, mid)].append(w)
    return parts


def horizontal_bands(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[list[Word]]:
    """Split at horizontal whitespace at least ``band_gap_ratio`` line heights tall. A gap
    that meets the limit within ``band_gap_precision`` meets it on either character path: lines
    set at a pitch that leaves exactly the limit between them (10-pt lines 22 pt apart) gave
    12.0 from pdfium's boxes and 11.99999999999994 from pdfminer's, and the two paths cut the
    page into different regions (and so a list into one paragraph or two)."""
    if not words:
        return []
    heights = [w.bottom - w.top for w in words]
    need = settings.band_gap_ratio * statistics.median(heights) - settings.band_gap_precision
    ordered = sorted(words, key=_top)
    bands: list[list[Word]] = [[ordered[0]]]
    bottom = ordered[0].bottom
    for w in ordered[1:]:
        if w.top - bottom >= need:
            bands.append([w])
        else:
            bands[-1].append(w)
        bottom = max(bottom, w.bottom)
    return bands


def gutters(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[tuple[float, float]]:
    """Empty vertical strips over the whole height of ``words``, widest first."""
    spans = sorted((w.x0, w.x1) for w in words)
    if not spans:
        return []
    out: list[tuple[float, float]] = []
    right = spans[0][1]
    # (a gap meeting gutter_min within measure_precision meets it on either character path:
    # pdfium's single-precision boxes put an exact 9-pt gap either side of the limit)
    least = settings.gutter_min - settings.measure_precision
    for x0, x1 in spans[1:]:
        if x0 - right >= least:
            out.append((right, x0))
        right = max(right, x1)
    out.sort(key=lambda g: g[0] - g[1])
    return out


def _span_pieces(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[tuple[float, float, float]]:
    """The stretches :func:`gutters` sweeps ``words`` into, each as (its first span's x0 and
    x1, the furthest x1 in it): spans join a stretch when they start less than ``gutter_min``
    right of the furthest x1 before them.

    Why: :func:`column_runs` asks whether the words of many runs of bands leave a gutter, each
    a sort of all their words. Sweeping the bands' stretches instead gives the same gutters:
    the sweep of all the words finds a gutter only where a stretch of some band starts, and
    there the furthest x1 before it is the furthest x1 of the stretches before it (a stretch
    that started earlier cannot go on past a gutter, being joined within ``gutter_min``)."""
    spans = sorted((w.x0, w.x1) for w in words)
    out: list[tuple[float, float, float]] = []
    least = settings.gutter_min - settings.measure_precision
    for x0, x1 in spans:
        if out and x0 - out[-1][2] < least:
            a, first, right = out[-1]
            if x1 > right:
                out[-1] = (a, first, x1)
        else:
            out.append((x0, x1, x1))
    return out


def _pieces_have_gutter(pieces: list[tuple[float, float, float]], settings: LayoutSettings = DEFAULT) -> bool:
    """Would :func:`gutters` find one in the words the ``pieces`` (:func:`_span_pieces` of
    each band) were made of? The same sweep over the pieces, in the words' order."""
    if not pieces:
        return False
    ordered = sorted(pieces)
    right = ordered[0][2]
    least = settings.gutter_min - settings.measure_precision
    for x0, _first, far in ordered[1:]:
        if x0 - right >= least:
            return True
        if far > right:
            right = far
    return False


def _breaks(rows: list[list[Word]], settings: LayoutSettings = DEFAULT, leading: float | None = None) -> tuple[list[float], float]:
    """The tops of lines that start a new paragraph or table row (the step from the line above
    is wider than the leading), and the leading: the narrowest step between lines at least
    most of a line high, or ``leading`` when given. With no line that wraps, the leading is the usual step."""
    tops = [min(w.top for w in r) for r in rows]
    steps = [b - a for a, b in itertools.pairwise(tops)]
    if not steps:
        return [], 0.0
    if leading is None:
        height = statistics.median(w.bottom - w.top for r in rows for w in r)
        real = [s for s in steps if s >= 0.8 * height]
        # the leading of the side's own type: a caption or a note in smaller type, set closer,
        # would make every line of the running text a break
        sizes = [statistics.median(w.size for w in r) for r in rows]
        body = statistics.median(sizes)
        own = [
            s for k, s in enumerate(steps)
            if s >= 0.8 * height
            and abs(sizes[k] - body) <= settings.continuation_size_delta
            and abs(sizes[k + 1] - body) <= settings.continuation_size_delta
        ]
        leading = min(own) if own else min(real) if real else statistics.median(steps)
    return [tops[i + 1] for i, s in enumerate(steps) if s > settings.break_step_ratio * leading], leading


def _side_ok(side: list[Word], page_width: float, settings: LayoutSettings) -> bool:
    x0, _, x1, _ = words_box(side)
    width = x1 - x0
    if width < settings.column_min_width_ratio * page_width:
        return False
    rows = _rows(side, settings)
    if len(rows) < settings.column_min_lines:
        return False
    fills = [(max(w.x1 for w in r) - min(w.x0 for w in r)) / width for r in rows]
    if statistics.median(fills) >= settings.column_fill_ratio:
        return True
    # headings and the short last lines of list items pull the median down in a column of
    # structured text; the lines that wrap onto a next line of their paragraph still fill it
    wrapped = [f for f, more in zip(fills, _wraps(rows, settings), strict=True) if more]
    return len(wrapped) >= settings.column_min_wrapped and statistics.median(wrapped) >= settings.column_fill_ratio


def _mark_column(side: list[Word], parts: list[list[Word]], page_width: float, settings: LayoutSettings) -> bool:
    """Is ``side`` nothing but table and frame marks (words without size), a column wide and
    at least ``column_mark_min_height_ratio`` as tall as the tallest text side of ``parts``? A
    table carried on at the head of the next column leaves that column no text line of its own
    to show it is a column; without it the table would be read level with the first line of
    the text beside it (before the heading the text column starts with)."""
    if any(w.size > 0 for w in side):
        return False
    x0, top, x1, bottom = words_box(side)
    if x1 - x0 < settings.column_min_width_ratio * page_width:
        return False
    texts = [p for p in parts if p is not side and any(w.size > 0 for w in p)]
    if not texts:
        return False
    tall = max(words_box(p)[3] - words_box(p)[1] for p in texts)
    return bottom - top >= settings.column_mark_min_height_ratio * tall


def _wraps(rows: list[list[Word]], settings: LayoutSettings) -> list[bool]:
    """For each line: does the next line go on with its paragraph (one leading below, in the
    same size, starting no further left than it: a wrapped line, not a new item or heading)?"""
    tops = [min(w.top for w in r) for r in rows]
    starts = set(_breaks(rows, settings)[0])
    out = []
    for k, row in enumerate(rows):
        if k + 1 == len(rows) or tops[k + 1] in starts:
            out.append(False)
            continue
        nxt = rows[k + 1]
        size = statistics.median(w.size for w in row)
        size_next = statistics.median(w.size for w in nxt)
        out.append(
            abs(size - size_next) < settings.heading_size_delta
            and min(w.x0 for w in nxt) >= min(w.x0 for w in row) - settings.y_tolerance
        )
    return out


def _column_tail(parts: list[list[Word]], page_width: float, settings: LayoutSettings) -> bool:
    """Is the last part the few lines a text flow left over for its last column (a full
    column beside it, these lines at its top, ending above its foot)?"""
    last, before = parts[-1], parts[-2]
    rows, full = _rows(last, settings), _rows(before, settings)
    if len(full) < 3 * settings.column_min_lines or not rows:
        return False
    top = min(w.top for w in before)
    height = statistics.median(w.bottom - w.top for w in before)
    if min(w.top for w in last) > top + 2 * height:
        return False
    if max(w.bottom for w in last) > max(w.bottom for w in before) - height:
        # lines that run down to the foot of the full column are no leftover of a text flow:
        # with lines that do not fill their column, they are a table's column beside its rows
        return False
    x0, _, x1, _ = words_box(last)
    return x1 - x0 >= settings.column_min_width_ratio * page_width and not _table_sides(before, last, settings)


def _within(side: list[Word], other: list[Word], settings: LayoutSettings) -> list[Word]:
    """The words of ``side`` without the few lines (``row_match_trim_max_lines`` at either end)
    that stand wholly above ``other``'s first line or below its last: a running header or
    footer over one side only. More lines out there are the side's own text running on."""
    top = min(w.top for w in other) - settings.y_tolerance
    bottom = max(w.bottom for w in other) + settings.y_tolerance
    rows = _rows(side, settings)
    first = next((k for k, r in enumerate(rows) if max(w.bottom for w in r) >= top), len(rows))
    last = next((k for k in range(len(rows) - 1, -1, -1) if min(w.top for w in rows[k]) <= bottom), -1)
    keep_from = first if first <= settings.row_match_trim_max_lines else 0
    keep_to = last + 1 if len(rows) - 1 - last <= settings.row_match_trim_max_lines else len(rows)
    return [w for r in rows[keep_from:keep_to] for w in r]


def _breaks_match(left: list[Word], right: list[Word], settings: LayoutSettings) -> bool:
    """Do the paragraph breaks of two sides fall at the same heights (table rows)? Not counting
    a line or two wholly above the other side's first line or below its last (a running header
    or footer over one side only, which left the gutter open: :func:`_within`)."""
    left, right = _within(left, right, settings), _within(right, left, settings)
    if not left or not right:
        return False
    lb, lead_l = _breaks(_rows(left, settings), settings)
    rb, lead_r = _breaks(_rows(right, settings), settings)
    common: float | None = None
    size = statistics.median(w.size for w in left + right)
    if lead_l and lead_r and _same_type(left, right, settings) and min(lead_l, lead_r) > settings.leading_max_ratio * size:
        # no line of either side stands a line's leading below the one above: none wraps, each
        # starts a cell or a paragraph ('Activities | Department (by when)', rows of one line
        # each, a row's step the narrowest), so every step is a break at the type's own size
        common = size
        lb, lead_l = _breaks(_rows(left, settings), settings, common)
        rb, lead_r = _breaks(_rows(right, settings), settings, common)
    elif (
        lead_l and lead_r and lead_l != lead_r and _same_type(left, right, settings)
        and _set_at(left if lead_l < lead_r else right, min(lead_l, lead_r), settings)
    ):
        # one side whose cells never wrap shows no leading of its own (its narrowest step is a
        # row): set in the same type as the other, it has the other's, and each of its rows
        # starts a cell ("Tiltak | Ansvar (frist)", the owner cells wrapping, the actions not)
        common = min(lead_l, lead_r)
        lb, lead_l = _breaks(_rows(left, settings), settings, common)
        rb, lead_r = _breaks(_rows(right, settings), settings, common)
    elif lead_l and lead_r and abs(lead_l - lead_r) <= settings.shared_leading_tolerance:
        # each side wraps at one leading, the same: that is the leading both share, however
        # few of their lines wrap (beside many rows that do not, a low quantile of the steps
        # would be the row's step, and every row would go on from the one above)
        common = min(lead_l, lead_r)
    if min(len(lb), len(rb)) < 2:
        return False
    slack = min(0.5 * max(lead_l, lead_r), settings.y_tolerance)  # a table row starts level in every cell
    matched = sum(1 for b in lb if any(abs(b - c) <= slack for c in rb))
    # the first row starts level on both sides too: it counts when every break of the side
    # with fewer has its partner on the other (a table of three rows: two breaks, three row
    # starts; the other side may break ``row_break_extra`` times more where this side's cell
    # is empty, as the rest of a row cut by the page break does at the head of a short last page)
    fewer, more = (lb, rb) if len(lb) <= len(rb) else (rb, lb)
    if (
        len(more) - len(fewer) <= settings.row_break_extra
        and all(any(abs(b - c) <= slack for c in more) for b in fewer)
        and abs(min(w.top for w in left) - min(w.top for w in right)) <= slack
    ):
        matched += 1
    if matched < settings.row_break_min or matched / min(len(lb), len(rb)) < settings.row_break_match:
        return False
    # a table row starts below every cell of the row above it: a paragraph that starts beside
    # the middle of a line of the other side is text running in columns, whatever shares
    # (headings level by chance) its breaks have
    crossed = _crossed(lb, right, slack, settings) + _crossed(rb, left, slack, settings)
    if crossed >= settings.row_break_crossed * (len(lb) + len(rb)):
        return False
    # nor does a table row start on one side level with a line that goes on with its paragraph
    # on the other: every cell of a row starts at the row's top
    return _run_on_levels(left, right, slack, settings, common) < settings.row_break_run_on


def _set_at(words: list[Word], leading: float, settings: LayoutSettings) -> bool:
    """Could the side ``words`` be set at ``leading``: at least ``shared_leading_min_ratio`` of
    its words' median size? A narrower step is no leading (the lines would overlap) but an odd
    pair of lines: an icon's caption under a line, a superscript."""
    return leading >= settings.shared_leading_min_ratio * statistics.median(w.size for w in words)


def _same_type(left: list[Word], right: list[Word], settings: LayoutSettings) -> bool:
    """Are two sides set in one size (their words' median sizes within ``continuation_size_delta``)?"""
    return abs(statistics.median(w.size for w in left) - statistics.median(w.size for w in right)) <= settings.continuation_size_delta


def _steps(words: list[Word], settings: LayoutSettings) -> list[tuple[float, float]]:
    """Each line but the first with its step down from the line above: (top, step)."""
    tops = [_row_top(r) for r in _rows(words, settings)]
    return [(b, b - a) for a, b in itertools.pairwise(tops)]


def _run_on_levels(left: list[Word], right: list[Word], slack: float, settings: LayoutSettings,
                   leading: float | None = None) -> int:
    """How many lines of one side that start a paragraph stand level (within ``slack``) with
    a line of the other that goes on from the line above it?

    A step wider than ``break_step_ratio`` times the leading (a low quantile of the steps of
    both sides, as the cells of a table or two columns of one design share it) starts a
    paragraph; a step of about one line goes on. A quantile, not the narrowest step: lines of
    a cell centred beside the rows (a goal cell merged down) stand a fraction of a line off
    them, and such a line (less than ``run_on_min_ratio`` leadings below the line above) is not
    one that goes on either. ``leading``: the one both sides share (:func:`_breaks_match`), given
    when a side whose cells never wrap would make the quantile a row's step."""
    height = statistics.median(w.bottom - w.top for w in left + right)
    sl, sr = _steps(left, settings), _steps(right, settings)
    real = [s for _, s in sl + sr if s >= 0.8 * height]
    if not real:
        return 0
    real.sort()
    if leading is None:  # (given: the leading both sides share, see _breaks_match)
        leading = real[int(settings.leading_quantile * (len(real) - 1))]
    limit = settings.break_step_ratio * leading
    least = settings.run_on_min_ratio * leading

    def count(starts: list[tuple[float, float]], other: list[tuple[float, float]]) -> int:
        goes_on = [t for t, s in other if least <= s <= limit]
        return sum(1 for t, s in starts if s > limit and any(abs(t - u) <= slack for u in goes_on))

    return count(sl, sr) + count(sr, sl)


def _crossed(breaks: list[float], other: list[Word], slack: float, settings: LayoutSettings) -> int:
    """How many of ``breaks`` fall inside a line of ``other`` (the line starts above the break
    and ends below it, both by more than ``slack``)?"""
    lines = [(min(w.top for w in r), max(w.bottom for w in r)) for r in _rows(other, settings)]
    return sum(1 for b in breaks if any(top < b - slack and bottom > b + slack for top, bottom in lines))


def looks_like_columns(parts: list[list[Word]], page_width: float, settings: LayoutSettings = DEFAULT) -> bool:
    """Are the parts between gutters text columns (read one after the other) rather than the
    columns of a table or a label beside its text (read row by row)?"""
    if len(parts) < 2:
        return False
    if _headed_pair(parts, page_width, settings):
        # each side under a heading set larger than its text: columns, however level their
        # paragraph breaks fall (a table's head row is set in its body's size)
        return True
    ok = [_side_ok(p, page_width, settings) for p in parts]
    if any(ok) and not all(ok):
        # a table (or frame) alone on one side, as tall as the text column beside it: the
        # column the text flow continued into (a table carried on at the next column's head)
        ok = [k or _mark_column(p, parts, page_width, settings) for k, p in zip(ok, parts, strict=True)]
    sides_ok = all(ok[:-1]) and (ok[-1] or _column_tail(parts, page_width, settings))
    if sides_ok and (
        not any(_breaks_match(a, b, settings) or _table_sides(a, b, settings) for a, b in itertools.pairwise(parts))
        or _numbers_read_down(parts, settings)
    ):
        return True
    return all(_card_side(p, page_width, settings) for p in parts) and all(
        _same_cards(a, b, settings) for a, b in itertools.pairwise(parts)
    )


#: an item's outline number opening a line, alone or after its label word ("4.1.1:", "Tiltak
#: 4.2:", "3.", "2)"): a figure in running text has no dot, colon or bracket after it
_LINE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.:)]?$")


def _line_number(row: list[Word]) -> tuple[int, ...] | None:
    """The outline number a line opens with (its first word, or its second after a label
    word), as a tuple; None when it opens with none."""
    ws = sorted(row, key=lambda w: w.x0)
    for k, w in enumerate(ws[:2]):
        m = _LINE_NUMBER.match(w.text)
        if m and (k == 0 or ws[0].text.isalpha()) and (w.text[-1:] in ".:)" or "." in m.group(1)):
            return tuple(int(x) for x in m.group(1).split("."))
    return None


def _numbers_read_down(parts: list[list[Word]], settings: LayoutSettings) -> bool:
    """Do the items numbered on each side (``column_numbered_lines`` or more a side) run in
    order down one side and on down the next (4.1.1, 4.1.2 | 4.2.1, 4.2.2), but not across
    the rows (4.1.1, 4.2.1, 4.1.2)? Then the sides are text columns, read one after the
    other, however level their paragraph breaks fall: two columns of items of like length
    break at the same heights as a table's rows do, and a table's rows number across."""
    sides = []
    for part in parts:
        numbered = [(min(w.top for w in r), min(w.x0 for w in r), n) for r in _rows(part, settings) if (n := _line_number(r))]
        if len(numbered) < settings.column_numbered_lines:
            return False
        sides.append(numbered)
    down = [n for side in sides for _, _, n in side]
    across = [n for _, _, n in sorted(t for side in sides for t in side)]
    ascending = lambda ns: all(a < b for a, b in itertools.pairwise(ns))  # noqa: E731
    return ascending(down) and not ascending(across)


def _headed_pair(parts: list[list[Word]], page_width: float, settings: LayoutSettings) -> bool:
    """Two sides of one width (the narrower at least ``card_width_ratio`` of the wider), each
    opening with a heading set larger than the lines under it (``heading_size_delta``), and
    under each a line that wraps onto the next: two short text columns under their headings
    ('Focus area' over its paragraph beside 'Goals' over a numbered goal), too short for the
    share of filled lines a longer column shows. A table's head row is set in its body's size.

    A side this short shows its column's width only within bounds: at least as wide as its text,
    and, where a line wraps, narrower than that line with the next line's first word after it
    (the word did not fit: "1. Unge skal have gode læse- og" / "skrivefærdigheder" beside a
    paragraph whose lines run further). The sides are of one width when those bounds allow it.
    A few lines over one side only, above the other side's first line (a byline or a vision
    within the first column's span), are left out: the pair starts where both sides do."""
    if len(parts) != 2:
        return False
    widths, room = [], []
    sides = [_rows(side, settings) for side in parts]
    # lines over one side only, wholly above the other's first line (a byline, a vision over
    # the columns, within the first column's span), stand over the pair when the sides then
    # start level: the pair's headings are those two
    tops = [min(w.top for w in side) - settings.y_tolerance for side in parts]
    trimmed = [rows[next((k for k, r in enumerate(rows) if max(w.bottom for w in r) >= tops[1 - s]), len(rows)):]
               for s, rows in enumerate(sides)]
    if (
        all(trimmed) and all(len(a) - len(b) <= settings.column_peel_max_lines for a, b in zip(sides, trimmed, strict=True))
        and abs(_row_top(trimmed[0][0]) - _row_top(trimmed[1][0])) <= settings.y_tolerance
    ):
        sides = trimmed
    for rows in sides:
        side = [w for r in rows for w in r]
        if len(rows) < settings.column_min_lines:
            return False
        head = statistics.median(w.size for w in rows[0])
        body = statistics.median(w.size for r in rows[1:] for w in r)
        wraps = _wraps(rows[1:], settings)
        if head < body + settings.heading_size_delta or not any(wraps):
            return False
        x0, _, x1, _ = words_box(side)
        widths.append(x1 - x0)
        # the widest the column can be: a wrapped line and the word that did not fit after it
        room.append(max(x1 - x0, *(_wrap_room(r, nxt, settings) - x0
                                   for r, nxt, more in zip(rows[1:], rows[2:], wraps, strict=False) if more)))
    return min(room) >= settings.card_width_ratio * max(widths) and min(widths) >= settings.column_min_width_ratio * page_width


def _wrap_room(row: list[Word], nxt: list[Word], settings: LayoutSettings) -> float:
    """Where the line ``row`` would have ended had the first word of the next line ``nxt`` (its
    paragraph going on) fitted after it: the column's text ends left of that."""
    first = min(nxt, key=lambda w: w.x0)
    gap = settings.wrap_word_gap_ratio * statistics.median(w.size for w in row)
    return max(w.x1 for w in row) + gap + (first.x1 - first.x0)


def _card_side(side: list[Word], page_width: float, settings: LayoutSettings) -> bool:
    """Wide enough and tall enough for a card (its lines need not fill it)."""
    x0, _, x1, _ = words_box(side)
    return x1 - x0 >= settings.column_min_width_ratio * page_width and len(_rows(side, settings)) >= settings.column_min_lines


def _edges(words: list[Word], settings: LayoutSettings) -> set[int]:
    """The left edges of the lines and of the first word after a wide space in each line,
    relative to the side's left edge, in steps of the edge tolerance."""
    x0 = min(w.x0 for w in words)
    out: set[int] = set()
    step = max(settings.card_edge_tolerance, 0.1)
    for row in _rows(words, settings):
        row = sorted(row, key=lambda w: w.x0)
        out.add(round((row[0].x0 - x0) / step))
        for a, b in itertools.pairwise(row):
            if b.x0 - a.x1 >= settings.gutter_min and b.x0 - x0 >= settings.card_min_indent:
                out.add(round((b.x0 - x0) / step))
    return out


def _same_cards(a: list[Word], b: list[Word], settings: LayoutSettings) -> bool:
    """Two sides of equal width set out the same way inside (a label column and a value column
    starting at the same place in each): cards side by side, read one after the other, even
    where their rows break at the same heights as a table's would."""
    wa = max(w.x1 for w in a) - min(w.x0 for w in a)
    wb = max(w.x1 for w in b) - min(w.x0 for w in b)
    if min(wa, wb) < settings.card_width_ratio * max(wa, wb):
        return False
    ea, eb = _edges(a, settings), _edges(b, settings)
    inner_a = {e for e in ea if e * settings.card_edge_tolerance >= settings.card_min_indent}
    inner_b = {e for e in eb if e * settings.card_edge_tolerance >= settings.card_min_indent}
    if not inner_a or not inner_b:
        return False
    near = lambda e, other: any(abs(e - o) <= 1 for o in other)  # noqa: E731
    return all(near(e, inner_b) for e in inner_a) and all(near(e, inner_a) for e in inner_b)


def _cells_in_row(row: list[Word], settings: LayoutSettings) -> bool:
    """Does a line hold two or more cells set apart by a wide gap (a list marker and its text
    do not count)?"""
    ws = sorted(row, key=lambda w: w.x0)
    segs = 1 + sum(
        1 for a, b in itertools.pairwise(ws) if b.x0 - a.x1 > max(settings.segment_gap, settings.segment_gap_ratio * b.size)
    )
    if segs == 2 and is_list_marker(ws[0].text) and ws[1].x0 - ws[0].x1 > settings.segment_gap:
        return False  # "1." then the item's text
    return segs >= 2


def _table_sides(left: list[Word], right: list[Word], settings: LayoutSettings) -> bool:
    """Are two sides of a gutter parts of one table: their lines stand at the same heights
    where both run, and one side's lines are mostly cells set apart by wide gaps?

    Rows whose cells wrap make the spacing of one side even, so paragraph breaks
    (``_breaks_match``) do not show it; text columns do not hold cells. The first line of each
    cell is level with a line of the other side in as few as ``table_side_min_starts`` rows
    (the owner and deadline cells of a short outline, one of them wrapped)."""
    lrows, rrows = _rows(left, settings), _rows(right, settings)
    top = max(min(w.top for w in left), min(w.top for w in right))
    bottom = min(max(w.bottom for w in left), max(w.bottom for w in right))
    tops_l = [min(w.top for w in r) for r in lrows if top - 1 <= min(w.top for w in r) <= bottom]
    tops_r = [min(w.top for w in r) for r in rrows if top - 1 <= min(w.top for w in r) <= bottom]
    tol = settings.y_tolerance + 1
    if not _level(tops_l, tops_r, tol, settings):
        # cells that wrap onto lines of their own leave those lines level with nothing on
        # the other side; the first line of each cell (each paragraph) still is
        starts = [
            [t for t in [_row_top(rows[0]), *_breaks(rows, settings)[0]] if top - 1 <= t <= bottom]
            for rows in (lrows, rrows)
        ]
        if not any(
            _level(mine, tops, tol, settings, few_first=False, min_lines=settings.table_side_min_starts)
            for mine, tops in ((starts[0], tops_r), (starts[1], tops_l))
        ):
            return False
    return any(
        sum(1 for r in rows if _cells_in_row(r, settings)) >= settings.table_side_cells * len(rows)
        for rows in (lrows, rrows)
    )


def _level(
    a: list[float], b: list[float], tol: float, settings: LayoutSettings, few_first: bool = True,
    min_lines: int | None = None,
) -> bool:
    """Does the shorter list of line tops (or ``a`` when not ``few_first``), at least
    ``min_lines`` of them (``column_min_lines``), mostly (``table_side_aligned``) stand level
    with the other's?"""
    few, many = sorted((a, b), key=len) if few_first else (a, b)
    if len(few) < (settings.column_min_lines if min_lines is None else min_lines):
        return False
    aligned = sum(1 for t in few if any(abs(t - u) <= tol for u in many))
    return aligned >= settings.table_side_aligned * len(few)


def _is_marker_column(words: list[Word], settings: LayoutSettings) -> bool:
    """A narrow strip of list markers ("1.", "•", "a)") hanging left of its text."""
    return all(len(w.text) <= settings.marker_max_chars for w in words)


def _spaced_word_gap(cut: float, words: list[Word], settings: LayoutSettings) -> bool:
    """Does the gutter at ``cut`` pass between two words of a letter-spaced line at one of that
    line's own word gaps (no wider than ``spaced_gap_ratio`` times the median of its others)?
    Display type set with wide tracking has word gaps as wide as a narrow gutter, and two such
    lines can leave one open by chance ('… sedda, hörda | och tagna …' over '… en trygg plats |
    att röra …'): the lines run across it, so it is no gutter."""
    for row in _rows([w for w in words if w.tracking], settings):
        row = sorted(row, key=lambda w: w.x0)
        gaps = [(a, b.x0 - a.x1) for a, b in itertools.pairwise(row)]
        at = [g for a, g in gaps if a.x1 <= cut <= a.x1 + g]
        others = [g for a, g in gaps if not a.x1 <= cut <= a.x1 + g and g > 0]
        if at and others and at[0] <= settings.spaced_gap_ratio * statistics.median(others):
            return True
    return False


def _hanging_markers(parts: list[list[Word]], settings: LayoutSettings) -> list[list[Word]]:
    """``parts`` with each list marker hanging into the gutter moved to the column on its right.

    A numbered list set in two columns hangs its markers left of the column's text ("2." in the
    gutter, "Children and young people …" at the column's edge). Where a line further up runs
    into that part of the gutter (a wide paragraph over the list), the gutter is cut only right
    of the marker, and the marker is left at the end of the left column's line: "… take part
    in good 2." and a right-hand item without its number. A marker is moved when it ends its
    row of the left part set apart from that row's text (a gutter's width or more), stands
    within ``marker_hang_ratio`` type sizes of the right part's edge, and the right part has a
    word at that edge on its row (the item's first word)."""
    out = [list(p) for p in parts]
    for k in range(len(out) - 1):
        left, right = out[k], out[k + 1]
        if not left or not right:
            continue
        edge = min(w.x0 for w in right)
        moved: list[Word] = []
        for row in _rows(left, settings):
            row = sorted(row, key=lambda w: w.x0)
            mark = row[-1]
            if len(row) < 2 or not is_list_marker(mark.text) or mark.x0 - row[-2].x1 < settings.gutter_min:
                continue
            if edge - mark.x1 > settings.marker_hang_ratio * mark.size:
                continue
            if any(abs(w.top - mark.top) <= settings.y_tolerance and w.x0 - edge <= settings.table_col_slack for w in right):
                moved.append(mark)
        if moved:
            out[k] = [w for w in left if all(w is not m for m in moved)]
            out[k + 1] = [*moved, *right]
    return out


def _split(words: list[Word], page_width: float, settings: LayoutSettings) -> list[list[Word]] | None:
    """The text columns of ``words`` (split at every gutter), or None when they are not
    text columns. A strip of list markers joins the text to its right."""
    cuts = sorted((g0 + g1) / 2 for g0, g1 in gutters(words, settings))
    if cuts and any(w.tracking for w in words):
        cuts = [c for c in cuts if not _spaced_word_gap(c, words, settings)]
    if not cuts:
        return None
    parts = [p for p in _between(words, cuts) if p]
    merged: list[list[Word]] = []
    carry: list[Word] = []
    for p in parts:
        if _is_marker_column(p, settings):
            carry.extend(p)
            continue
        merged.append(carry + p)
        carry = []
    if carry:
        if not merged:
            return None
        merged[-1].extend(carry)
    merged = _hanging_markers(merged, settings)
    if looks_like_columns(merged, page_width, settings):
        return merged
    # a narrow strip of side headings or margin notes beside two or more text columns: a
    # region of its own, read first (left) or last (right)
    strips = margin_strips(merged, page_width, settings)
    if strips is not None:
        return strips
    # a strip of display type (side headings, a pull quote) beside one text column: each read
    # on its own, left to right
    if len(merged) == 2 and any(
        _side_headings(side, text, settings) and _side_ok(text, page_width, settings)
        for side, text in ((merged[0], merged[1]), (merged[1], merged[0]))
    ):
        return merged
    # tiles side by side, each headed by a display numeral: each read on its own, left to right
    return tile_row(merged, settings)


#: a tile's numeral: digits, perhaps a letter or two and a dot ("1", "02", "1st", "3."); a figure
#: with a sign ("45%", "2,5") is a quantity over its caption, not a number of an item
_BADGE = re.compile(r"^(\d{1,2})[^\W\d_]{0,2}\.?$")


def tile_badge(part: list[Word], settings: LayoutSettings = DEFAULT) -> Word | None:
    """The badge heading a tile: one short numeral (:data:`_BADGE`) alone on the part's first line, set at least ``tile_badge_size_ratio`` times the size of the text under
    it, which runs at most ``tile_max_lines`` lines; None when ``part`` is no such tile. Text of
    no size, a negative one (mirrored by its matrix) or none at all (NaN from a degenerate
    matrix) heads no tile: no size says which type is the larger, and the badge's size divides
    when it is moved (:func:`tile_row`)."""
    rows = _rows(part, settings)
    if not 2 <= len(rows) <= settings.tile_max_lines + 1 or len(rows[0]) != 1:
        return None
    badge = rows[0][0]
    if len(badge.text) > settings.tile_badge_max_chars or not _BADGE.match(badge.text):
        return None
    text = statistics.median(w.size for r in rows[1:] for w in r)
    if not (text > 0 and badge.size >= settings.tile_badge_size_ratio * text):
        return None
    return badge


def tile_row(parts: list[list[Word]], settings: LayoutSettings = DEFAULT) -> list[list[Word]] | None:
    """``parts`` (split at every gutter, left to right) as a row of tiles, or None.

    A designer sets a plan's few approaches or steps as TILES in a row: a large numeral ("1st",
    "2", "03") over a short phrase, side by side, often with an icon between them and a caption
    at the left. The tiles are too narrow for text columns and their lines stand level like the
    cells of a table row, so the row is read line by line across all tiles ("Plant more Open the
    Cool the"). It is a row of tiles when at least ``tile_min_count`` parts are headed
    by a badge (:func:`tile_badge`) of one size, standing level and counting on one by one (1, 2,
    3 or 01, 02), and no part runs longer than a tile. Each part is then read on its own, and each badge is moved onto the first line of
    its tile's text, in that text's size, just left of it: where a typed item number stands;
    a bullet read from a speck of the icon in that place goes (the badge numbers the item)."""
    if len(parts) < settings.tile_min_count:
        return None
    if any(len(_rows(p, settings)) > settings.tile_max_lines + 1 for p in parts):
        return None
    badges = [tile_badge(p, settings) for p in parts]
    found = [b for b in badges if b is not None]
    if len(found) < settings.tile_min_count:
        return None
    if max(b.top for b in found) - min(b.top for b in found) > settings.y_tolerance:
        return None
    if max(b.size for b in found) - min(b.size for b in found) >= settings.heading_size_delta:
        return None
    numbers = [int(_BADGE.match(b.text).group(1)) for b in found]  # type: ignore[union-attr]
    if any(b - a != 1 for a, b in itertools.pairwise(numbers)):
        return None  # numerals that do not count on one by one number no row of items
    out: list[list[Word]] = []
    for part, badge in zip(parts, badges, strict=True):
        if badge is None:
            out.append(part)
            continue
        first = _rows([w for w in part if w is not badge], settings)[0]
        text = [w for w in first if not (len(w.text) == 1 and w.text in BULLETS)] or first
        size = statistics.median(w.size for w in text)
        left = min(w.x0 for w in text)
        width = (badge.x1 - badge.x0) * size / badge.size
        space = settings.tile_badge_size_ratio  # a narrow space, far less than a gutter
        top, bottom = min(w.top for w in first), max(w.bottom for w in first)
        moved = replace(badge, x0=left - space - width, x1=left - space, top=top, bottom=bottom, size=size, space_after=True, badge=True)
        covered = [
            w for w in first
            if len(w.text) == 1 and w.text in BULLETS and w.x1 <= left + space and w.x1 > moved.x0
        ]
        out.append([moved if w is badge else w for w in part if not any(w is c for c in covered)])
    return out


def margin_strips(parts: list[list[Word]], page_width: float, settings: LayoutSettings = DEFAULT) -> list[list[Word]] | None:
    """``parts`` (split at every gutter, left to right) as the narrow strips of a margin and the
    text columns beside it: the strips at the left (or the right) that are no text column
    (:func:`_side_ok`) joined into one side read first (or last), when two or more parts are
    left and those look like text columns; None otherwise.

    Why several strips: a margin holds side headings and margin notes of different widths
    (a chapter label at the page edge, a web address set nearer the text), and a gutter may
    part them; one strip or two, they are the margin, not a column of the text. A strip
    nearer the text than the outermost holds a note of at most ``margin_note_max_lines``
    lines: the narrow first columns of a table (a number, a goal cell per row) hold a line
    in every row, and the table is no text columns with a margin."""
    n = len(parts)
    for left in (True, False):
        most = 0
        while most < n - 2:
            part = parts[most] if left else parts[n - 1 - most]
            if _side_ok(part, page_width, settings):
                break
            if most and len(_rows(part, settings)) > settings.margin_note_max_lines:
                break
            most += 1
        for k in range(most, 0, -1):  # the widest margin first
            strip = [w for p in (parts[:k] if left else parts[n - k :]) for w in p]
            rest = parts[k:] if left else parts[: n - k]
            if looks_like_columns(rest, page_width, settings):
                return [strip, *rest] if left else [*rest, strip]
    return None


def _side_headings(side: list[Word], text: list[Word], settings: LayoutSettings) -> bool:
    """Is ``side`` a stack of display lines beside the text: two lines or more, set in larger
    type than the text (by at least a heading's ``heading_size_delta``), none of them level
    with a line of the text in its own size? Labels or cells of the text's rows are set in the
    text's size; a heading line too long for the column runs on level with its start."""
    sized = [w for w in side if w.size > 0]  # table and frame marks have no size
    body = [w for w in text if w.size > 0]
    if not sized or not body or len(_rows(sized, settings)) < 2:
        return False
    delta = settings.heading_size_delta
    if statistics.median(w.size for w in sized) < statistics.median(w.size for w in body) + delta:
        return False
    return not any(
        abs(a.top - b.top) <= settings.y_tolerance and abs(a.size - b.size) < delta for a in sized for b in body
    )


def column_runs(bands: list[list[Word]], page_width: float, settings: LayoutSettings = DEFAULT) -> list[list[list[Word]]]:
    """The bands of a page grouped into runs: a run of two or more bands is one stretch of text
    columns (their words together split at a gutter into text columns, and one column goes on
    where the other has ended: some band of the run lies in one column only), the longest such
    run from each band on; every other band is a run of its own. The rows of a table, each with
    words on both sides of the gutter, stay bands."""
    runs: list[list[list[Word]]] = []
    # each band's stretches, to skip the runs of bands without a gutter cheaply (None: a word
    # ends left of its start, or a NaN, where the shortcut's argument does not hold; every run is split)
    pieces = None if any(not w.x0 <= w.x1 for band in bands for w in band) else [_span_pieces(band, settings) for band in bands]
    i = 0
    while i < len(bands):
        end = i + 1
        longest = True  # no stretch from band i split yet
        first: list[list[Word]] | bool | None = False  # band i's own columns (False: not yet asked)
        for j in range(len(bands), i + 1, -1):
            if pieces is not None and not _pieces_have_gutter([p for k in range(i, j) for p in pieces[k]], settings):
                continue  # no gutter, so _split would give None: the words are not gathered
            sides = _split([w for b in bands[i:j] for w in b], page_width, settings)
            if sides is None:
                continue
            # the longest stretch that splits; it is one of columns running on only when
            # the column that goes on does so to its end
            if longest and _one_side_runs_on(bands[i:j], sides, settings):
                end = j
                break
            longest = False
            # else the longest stretch of bands that go on with band i's own text columns
            if first is False:
                first = _split(bands[i], page_width, settings)
            if not first:
                break
            if _columns_go_on(bands[i:j], sides, first, settings):
                end = j
                break
        runs.append(bands[i:end])
        i = end
    return runs


def _one_side_runs_on(bands: list[list[Word]], sides: list[list[Word]], settings: LayoutSettings = DEFAULT) -> bool:
    """Do the last bands of the run (or the first) have all their words in one column, and
    the others words in several: one column going on below (or above) the other, for a few
    lines at least? A table row with empty cells on one side is not that."""
    side_of = {id(w): k for k, side in enumerate(sides) for w in side}
    one = [len({side_of.get(id(w)) for w in band}) == 1 for band in bands]
    if sum(1 for a, b in itertools.pairwise(one) if a != b) > 1:
        return False
    lines = sum(len(_rows(band, settings)) for band, alone in zip(bands, one, strict=True) if alone)
    return lines >= 2 * settings.column_min_lines


def _columns_go_on(
    bands: list[list[Word]], sides: list[list[Word]], first: list[list[Word]], settings: LayoutSettings = DEFAULT
) -> bool:
    """Do the bands below the first go on with its text columns across a blank line (a heading
    and a short list under each column's paragraph, too few lines to be columns on their own)?
    The first band is text columns by itself (``first``), split as the whole run is
    (``sides``), and in every later band
    each side starts at its column's left edge (within ``column_goes_on_edge``). Why: read on
    its own, such a band would join the lines of both columns across the gutter ("1. Alle barn
    …" and "2. Alle innbyggere …" one line)."""
    if len(first) != len(sides):
        return False
    side_of = {id(w): k for k, side in enumerate(sides) for w in side}
    edges = [min(w.x0 for w in side) for side in first]
    for band in bands[1:]:
        starts: dict[int, float] = {}
        for w in band:
            k = side_of.get(id(w))
            if k is None:
                return False
            starts[k] = min(starts.get(k, w.x0), w.x0)
        if len(starts) != len(sides) or any(abs(x - edges[k]) > settings.column_goes_on_edge for k, x in starts.items()):
            return False
    return True


def spread_halves(
    words: list[Word], width: float, height: float, settings: LayoutSettings = DEFAULT
) -> tuple[list[Word], list[Word]] | None:
    """The words of the left and the right printed page when the page is a spread (two pages
    side by side on one PDF page), else None.

    A spread is wider than any single landscape page (``spread_min_aspect``), nothing is set
    near the fold (no word within ``spread_fold_margin`` of the middle: the two pages' inner
    margins meet there), each half holds a few lines, and the halves are not the two sides of
    one table (lines level on both sides and cells apart by wide gaps, or paragraph breaks that
    fall together on both sides: an unruled two-column table on a landscape page). Each half is then cut
    into columns as a page of half the width: its columns are narrow measured against the
    whole spread, and a line of one page must not run on into a line of the other."""
    if not words or height <= 0 or width < settings.spread_min_aspect * height:
        return None
    mid = width / 2
    margin = settings.spread_fold_margin
    if any(w.x1 > mid - margin and w.x0 < mid + margin for w in words):
        return None
    left = [w for w in words if w.x1 <= mid]
    right = [w for w in words if w.x0 >= mid]
    if min(len(_rows(left, settings)), len(_rows(right, settings))) < settings.spread_min_lines:
        return None
    if _table_sides(left, right, settings) or _breaks_match(left, right, settings):
        return None  # (rows whose breaks fall together on both sides: a table's, across the middle)
    return left, right


def last_column_pair(regions: list[Region], settings: LayoutSettings = DEFAULT) -> tuple[float, float, float, float] | None:
    """The two side-by-side columns that end a page's ``regions`` (in reading order; only
    regions of one line, a running foot, after them), as (left x0, left x1, right x0, right
    x1): where a flow of two columns that runs over the page's foot stood. None when the page
    ends otherwise."""
    cols = [k for k, r in enumerate(regions) if r.column]
    # a running foot set in the page's corners may be cut as columns of one line each
    # (Chromium's 'file:///…' and '1/2'): the flow's columns are those up to the last of more
    while cols and len(_rows(regions[cols[-1]].words, settings)) < 2:
        cols.pop()
    if len(cols) < 2 or any(len(_rows(r.words, settings)) > 1 for r in regions[cols[-1] + 1:]):
        return None
    # the column regions left of the last one (a column may be cut into items and headings)
    # and those right of them
    last = regions[cols[-1]]
    lefts = [regions[k] for k in cols if regions[k].x1 < last.x0]
    if not lefts:
        return None
    lx0, lx1 = min(r.x0 for r in lefts), max(r.x1 for r in lefts)
    rights = [regions[k] for k in cols if regions[k].x0 > lx1]
    return lx0, lx1, min(r.x0 for r in rights), max(r.x1 for r in rights)


def carried_flow(
    regions: list[Region], columns: tuple[float, float, float, float], settings: LayoutSettings = DEFAULT
) -> list[Region]:
    """A page's ``regions`` with its only region of more than one line (the others lines
    alone: a running head and foot) read as the two columns the page before ended in
    (:func:`carried_columns`) when it is their flow's tail, its left side no shorter than its
    right (a flow fills its columns from the left) or, when the left holds
    ``carried_tail_min_lines`` or more, shorter by ``carried_right_extra_lines`` at most
    (columns balanced under widow and orphan control keep a three-line paragraph whole in the
    right column beside a two-line tail);
    unchanged otherwise (a page going on with other text: a table's head over its rows stands
    in both columns too)."""
    multi = [k for k, r in enumerate(regions) if len(_rows(r.words, settings)) > 1]
    if len(multi) != 1:
        return regions
    k = multi[0]
    r = regions[k]
    if r.column or r.tile or r.aside or r.chip or r.parallel:
        return regions
    rows = _rows(r.words, settings)
    # a running head or foot across the gutter set too close to be a region of its own
    # (a Writer page's head a line's space over the tail): peeled off, a region again
    n = settings.carried_furniture_rows
    head = 0
    while head < min(n, len(rows)) and not _in_columns(rows[head], columns, settings):
        head += 1
    foot = 0
    while foot < min(n, len(rows) - head) and not _in_columns(rows[-1 - foot], columns, settings):
        foot += 1
    body = [w for row in rows[head:len(rows) - foot] for w in row]
    sides = carried_columns(body, columns, settings)
    if sides is None:
        return regions
    left, right = len(_rows(sides[0], settings)), len(_rows(sides[1], settings))
    if left < right and (left < settings.carried_tail_min_lines or right - left > settings.carried_right_extra_lines):
        return regions
    peeled = [*([_region([w for row in rows[:head] for w in row])] if head else []),
              *(_region(side, column=True) for side in sides),
              *([_region([w for row in rows[len(rows) - foot:] for w in row])] if foot else [])]
    return [*regions[:k], *peeled, *regions[k + 1:]]


def _left_reach(columns: tuple[float, float, float, float], settings: LayoutSettings) -> float:
    """How far right a word of the left column of ``columns`` (:func:`last_column_pair`) may
    end: the column's right edge as the page before shows it or, further, ``carried_gutter_reach``
    of the way into the gutter. Why: ragged-right lines may all have ended short of the column's
    edge on the page before, and the tail's longer line reaches past them."""
    _lx0, lx1, rx0, _rx1 = columns
    return max(lx1 + settings.carried_column_slack, lx1 + settings.carried_gutter_reach * (rx0 - lx1))


def _in_columns(row: list[Word], columns: tuple[float, float, float, float], settings: LayoutSettings) -> bool:
    """Does every word of ``row`` stand inside one of ``columns`` (:func:`carried_columns`)?"""
    lx0, _lx1, rx0, rx1 = columns
    slack = settings.carried_column_slack
    reach = _left_reach(columns, settings)
    return all((lx0 - slack <= w.x0 and w.x1 <= reach) or (rx0 - slack <= w.x0 and w.x1 <= rx1 + slack)
               for w in row)


def carried_columns(
    words: list[Word], columns: tuple[float, float, float, float], settings: LayoutSettings = DEFAULT
) -> list[list[Word]] | None:
    """The words of a page's text holding only the tail of the page before's two-column flow,
    left column first: fewer lines than two columns of ``column_min_lines`` (too few for a
    column cut of their own, they read across the gutter), every word standing inside one of
    ``columns`` (:func:`last_column_pair`, within ``carried_column_slack``; the left one's lines
    may reach ``carried_gutter_reach`` into the gutter, :func:`_left_reach`), and words in both,
    each side's lines starting at its column's edge. None otherwise (a line across the gutter,
    a cell at neither column's edge, more lines)."""
    if len(_rows(words, settings)) >= 2 * settings.column_min_lines:
        return None
    lx0, _lx1, rx0, rx1 = columns
    slack = settings.carried_column_slack
    reach = _left_reach(columns, settings)
    left: list[Word] = []
    right: list[Word] = []
    for w in words:
        if w.x0 >= lx0 - slack and w.x1 <= reach:
            left.append(w)
        elif w.x0 >= rx0 - slack and w.x1 <= rx1 + slack:
            right.append(w)
        else:
            return None
    if not left or not right:
        return None
    return [left, right]


def xy_cut(words: list[Word], page_width: float, settings: LayoutSettings = DEFAULT) -> list[Region]:
    """Regions of a page in reading order."""
    if not words:
        return []
    return [r for r in _cut(words, page_width, settings, 0) if r.words]


def _region(words: list[Word], column: bool = False) -> Region:
    x0, top, x1, bottom = words_box(words)
    return Region(words, x0, top, x1, bottom, column)


def _cut(words: list[Word], page_width: float, settings: LayoutSettings, depth: int) -> list[Region]:
    if depth > 12 or len(words) < 2 * settings.column_min_lines:
        return [_region(words)]
    if depth == 0:
        # text columns that run the whole height of the page are read one after the other,
        # even where a blank line crosses both at the same height
        whole = _split(words, page_width, settings)
        if whole is not None:
            return _columns(whole, page_width, settings, depth)
        # a title and lines across the page over text columns that run to its end: the
        # columns are read one after the other even where headings level in both make
        # blank bands across them
        peeled = _peel_top(words, page_width, settings)
        if peeled is not None:
            head, sides = peeled
            return [*_cut(head, page_width, settings, depth + 1), *_columns(sides, page_width, settings, depth)]
    bands = horizontal_bands(words, settings)
    if len(bands) > 1:
        out: list[Region] = []
        singles: list[list[Word]] = []  # bands not in a run of columns, in a row
        for run in column_runs(bands, page_width, settings):
            if len(run) > 1:
                # text columns that go on across a blank line crossing both (the left column
                # longer than the right): one column after the other, not band by band
                sides = _split([w for b in run for w in b], page_width, settings)
                if sides is not None:
                    out.extend(_cut_bands(singles, page_width, settings, depth))
                    singles = []
                    out.extend(_columns(sides, page_width, settings, depth + 1))
                    continue
            singles.extend(run)
        out.extend(_cut_bands(singles, page_width, settings, depth))
        return out
    pair = _split(words, page_width, settings)
    if pair is None:
        # a heading (or closing line) across the gutter: peel rows off the top or bottom
        rows = _rows(words, settings)
        for k in (1, 2, 3):
            if len(rows) - k < settings.column_min_lines:
                break
            head = [w for r in rows[:k] for w in r]
            rest = [w for r in rows[k:] for w in r]
            sides = _split(rest, page_width, settings)
            if sides is not None:
                placed = _place_in_sides(head, sides)
                if placed is not None and len(gutters(words, settings)) >= len(gutters(rest, settings)):
                    # the top lines stand inside the sides and leave their gutters open: the
                    # sides with them are what did not split (a table's header row over its
                    # rows), not columns under a heading
                    break
                if placed is not None:
                    # the top lines stand beside each other, none over the gutter: each is
                    # the first line of its column (a heading level with a column's first line)
                    return _columns(placed, page_width, settings, depth)
                if k > 1 and _cells_across(rows[k - 1 : k], [*rows[k - 1], *rest], rest, settings):
                    # the lowest line peeled is a row of cells that leaves the sides' gutters
                    # open, and with it under the lines above (a heading across) the rest did
                    # not split: a table's header row over its few rows, not columns
                    break
                return [_region(head), *_cut(rest, page_width, settings, depth + 1)]
            tail = [w for r in rows[-k:] for w in r]
            rest = [w for r in rows[:-k] for w in r]
            sides = _split(rest, page_width, settings)
            if sides is not None:
                if _cells_across(rows[-k:], words, rest, settings) or _inside_one_side(tail, sides, words, rest, settings):
                    # the bottom lines leave the sides' gutters open and a line of them has words
                    # on both sides of one, as a header row does at the top, or they all stand
                    # under one side (a wrapped last cell): they are what did not split (the
                    # last rows of a table, too few rows left above them to show it), not a
                    # closing line under columns
                    break
                return [*_cut(rest, page_width, settings, depth + 1), _region(tail)]
        return [_region(words)]
    return _columns(pair, page_width, settings, depth)


def _peel_top(
    words: list[Word], page_width: float, settings: LayoutSettings
) -> tuple[list[Word], list[list[Word]]] | None:
    """The fewest top lines of ``words`` (at most ``column_peel_max_lines``: a title, a byline,
    a vision), the last of them running across a gutter, under which all the rest splits into
    text columns, and those columns, or None."""
    rows = _rows(words, settings)
    # every word's span with its row, sorted once: the spans of the rows from k down, in this
    # order, are those gutters() sorts for them (equal spans are alike), so whether they leave a
    # gutter is one sweep each (:func:`_gutter_below`), not a sort of the page's words per k
    spans = sorted((w.x0, w.x1, r) for r, row in enumerate(rows) for w in row)
    for k in range(1, min(settings.column_peel_max_lines + 1, len(rows) - 2 * settings.column_min_lines)):
        if not _gutter_below(spans, k, settings):
            continue
        rest = [w for r in rows[k:] for w in r]
        # the lowest line peeled runs across a gutter of the columns under it: lines that
        # stand inside the columns are theirs (peeling a table's first rows would leave too
        # few rows to see it is a table)
        sides = _split(rest, page_width, settings)
        if sides is not None and _place_in_sides(rows[k - 1], sides) is None:
            # the short last line of the paragraph across the top stands over one column only:
            # it goes with its paragraph, not with that column
            end = k
            height = statistics.median(w.bottom - w.top for w in rows[k - 1])
            while end < len(rows) and _row_top(rows[end]) - _row_top(rows[end - 1]) <= settings.break_step_ratio * height:
                end += 1
            if k < end < len(rows):
                longer = _split([w for r in rows[end:] for w in r], page_width, settings)
                if longer is not None:
                    k, sides = end, longer
            return [w for r in rows[:k] for w in r], sides
    return None


def _gutter_below(spans: list[tuple[float, float, int]], k: int, settings: LayoutSettings) -> bool:
    """Would :func:`gutters` find one among the words of rows ``k`` and below? ``spans`` are all
    words' (x0, x1, row) in sorted order; the same sweep over those of the rows asked for."""
    right = None
    gap = settings.gutter_min - settings.measure_precision
    for x0, x1, r in spans:
        if r < k:
            continue
        if right is None:
            right = x1
            continue
        if x0 - right >= gap:
            return True
        right = max(right, x1)
    return False


def _row_top(row: list[Word]) -> float:
    return min(w.top for w in row)


def _cut_bands(bands: list[list[Word]], page_width: float, settings: LayoutSettings, depth: int) -> list[Region]:
    """Regions of horizontal bands, top to bottom. Consecutive bands that share a gutter and
    split into text columns together are read as those columns (two columns whose paragraph
    breaks fall level are cut into bands too short to be columns one by one)."""
    out: list[Region] = []
    i = 0
    while i < len(bands):
        j = i + 1
        while j < len(bands) and gutters([w for b in bands[i : j + 1] for w in b], settings):
            j += 1
        # a band on one side of the gutter only, at the end of the run (a chart's labels under
        # a column), is not part of the columns
        while j - i >= 2 and _one_sided(bands[j - 1], [w for b in bands[i:j] for w in b], settings):
            j -= 1
        sides = None
        if j - i >= 2:
            # the whole run or nothing: part of a table's rows may look like columns
            sides = _split([w for b in bands[i:j] for w in b], page_width, settings)
            # a few rows on each side may be the rows of a table broken into bands
            if sides is not None and not all(len(_rows(s, settings)) >= 2 * settings.column_min_lines for s in sides):
                sides = None
        if sides is not None:
            out += _columns(sides, page_width, settings, depth)
        else:  # nor does a later part of the run make columns: each band on its own
            for b in bands[i : max(j, i + 1)]:
                out += _cut(b, page_width, settings, depth + 1)
        i = max(j, i + 1)
    return out


def _one_sided(band: list[Word], words: list[Word], settings: LayoutSettings) -> bool:
    """Do all words of ``band`` stand on one side of the widest gutter of ``words``?"""
    found = gutters(words, settings)
    if not found:
        return False
    g0, g1 = found[0]
    return all(w.x1 <= g0 + 1 for w in band) or all(w.x0 >= g1 - 1 for w in band)


def _cells_across(rows: list[list[Word]], words: list[Word], rest: list[Word], settings: LayoutSettings) -> bool:
    """Do ``rows`` (the bottom lines of ``words``, ``rest`` the lines above them) leave every
    gutter of ``rest`` open, and does one of them hold words on both sides of a gutter (a row of
    cells)?"""
    found = gutters(words, settings)
    if not found or len(found) < len(gutters(rest, settings)):
        return False
    cuts = [(g0 + g1) / 2 for g0, g1 in found]
    return any(len({bisect.bisect(cuts, w.mid_x) for w in row}) >= 2 for row in rows)


def _inside_one_side(tail: list[Word], sides: list[list[Word]], words: list[Word], rest: list[Word],
                     settings: LayoutSettings) -> bool:
    """Do the bottom lines ``tail`` of ``words`` all stand over one of ``sides`` (the split of
    ``rest``, the lines above them) and leave every gutter of ``rest`` open? A closing line
    under columns runs across the gutter; a line under one side only goes on with that side
    (the wrapped last line of a cell), and since the whole did not split with it, the sides
    were no text columns."""
    found = gutters(words, settings)
    if not found or len(found) < len(gutters(rest, settings)):
        return False
    placed = _place_in_sides(tail, sides)
    if placed is None:
        return False
    return sum(1 for p, s in zip(placed, sides, strict=True) if len(p) > len(s)) == 1


def _place_in_sides(words: list[Word], sides: list[list[Word]]) -> list[list[Word]] | None:
    """``sides`` with ``words`` added to the side each stands over, or None when a word
    reaches into a gutter between two sides (a line across the columns)."""
    spans = [(min(w.x0 for w in s), max(w.x1 for w in s)) for s in sides]
    out = [list(s) for s in sides]
    for w in words:
        for (_, right), (left, _) in itertools.pairwise(spans):
            if w.x0 < left and w.x1 > right:
                return None
        k = next((i for i, (_, right) in enumerate(spans[:-1]) if w.x1 <= right), len(sides) - 1)
        out[k].append(w)
    return out


def _columns(sides: list[list[Word]], page_width: float, settings: LayoutSettings, depth: int) -> list[Region]:
    """The regions of each side of a gutter, left side first, each marked as a column."""
    out = []
    for side in sides:
        for r in _cut(side, page_width, settings, depth + 1):
            r.column = True
            out.append(r)
    return out
