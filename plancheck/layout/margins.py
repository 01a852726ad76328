"""Side headings: short labels set in a margin zone beside the text they label.

Some plans indent all running text by a wide, fixed amount (the body indent) and set a short
label in the zone left of it, level with the first line of the text it labels ("Dette vil vi
oppnå" beside a goal, "How we will do this" beside a list of actions). Word draws the pair as a
borderless two-column table or as a hanging indent; either way the PDF holds one line with a
wide gap: the label at the page's left edge, the text from the body indent on. Read as one line
the label runs into the goal's sentence and into the first cell of a table of actions, which
then no longer lines up with its column heads.

:func:`split_margin_labels` finds such a margin zone by geometry and weight alone - a body
indent where many lines start, and short labels left of it, set apart (bold or smaller than the
text beside them), much rarer than the lines at the indent (so a two-column table, which has a
cell in every row, is no margin) - and cuts each label off as a line of its own,
``kind="margin_label"``, read before the text beside it. What a label says is for extraction
to read.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import replace

from plancheck.layout.lines import Line, finish_line, segments
from plancheck.layout.settings import DEFAULT, LayoutSettings

MARGIN_LABEL = "margin_label"


def set_apart(label: list, rest: list, settings: LayoutSettings) -> bool:
    """Is the label set apart from the text beside it: bold, or smaller type?"""
    if all(w.bold for w in label if any(ch.isalpha() for ch in w.text)):
        return True
    size = max(w.size for w in label)
    return size <= min(w.size for w in rest) - settings.margin_label_size_delta


def _candidate(ln: Line, left: float, settings: LayoutSettings) -> tuple[int, float] | None:
    """(number of label words, the x where the text beside the label starts) when ``ln``
    opens with a short label set apart at the page's left edge, a wide gap, and text;
    else None."""
    if ln.kind or len(ln.words) < 2:
        return None
    segs = segments(ln, settings)
    if len(segs) < 2:
        return None
    label, rest = segs[0], [w for s in segs[1:] for w in s]
    if abs(label[0].x0 - left) > settings.margin_indent_tolerance or len(label) > settings.margin_label_max_words:
        return None
    if not any(any(ch.isalpha() for ch in w.text) for w in label) or not set_apart(label, rest, settings):
        return None
    return len(label), segs[1][0].x0


def _indent_of(x: float, indents: list[float], tol: float) -> float | None:
    return next((i for i in indents if abs(i - x) <= tol), None)


def margin_indent(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> float | None:
    """The body indent of a side-heading layout, or None: the x where the text beside the
    labels starts (``margin_label_min_count`` labels or more), where at least
    ``margin_body_ratio`` times as many lines start with no label beside them, at least
    ``margin_zone_min_ratio`` of the page's text width right of its left edge, and few lines of
    plain text (at most ``margin_plain_left_ratio`` of those) start at the left edge; not where
    lines of the same shape - a label set apart, a wide gap, text at that x - stand set in from
    the left edge elsewhere (``margin_inset_ratio``): a definition list's labels have a column of
    their own, and only a page holding nothing but its last record puts them at the left edge."""
    tol = settings.margin_indent_tolerance
    starts: Counter[float] = Counter()
    labels: Counter[float] = Counter()
    inset: Counter[float] = Counter()  # lines of a label and text like a side heading's, not at the left edge
    at_left: list[Line] = []  # lines that start at the left edge and hold no label
    for lines in pages:
        free = [ln for ln in lines if not ln.kind]
        if not free:
            continue
        left = min(ln.x0 for ln in free)
        right = max(ln.x1 for ln in free)
        for ln in free:
            found = _candidate(ln, left, settings)
            if found is not None:
                if found[1] - left >= settings.margin_zone_min_ratio * (right - left):
                    labels[round(found[1] / tol) * tol] += 1
                continue
            if ln.x0 - left > tol and (inner := _candidate(ln, ln.x0, settings)) is not None:
                inset[round(inner[1] / tol) * tol] += 1
            if ln.x0 - left >= settings.margin_zone_min_ratio * (right - left):
                starts[round(ln.x0 / tol) * tol] += 1
            elif abs(ln.x0 - left) <= tol:
                at_left.append(ln)
    for x, n in labels.most_common():
        if n < settings.margin_label_min_count:
            break
        # (a list's hanging indent is the body's: the wrapped lines of an item typed with a dash
        # start a little right of the indent, under the item's text)
        beside = [s for s in starts.elements() if x - tol <= s <= x + settings.margin_hang_max]
        if len(beside) < settings.margin_body_ratio * n:
            continue
        # the same label-and-text lines set in from the left edge on other pages: a definition
        # list (labels in a column of their own), whose page with nothing left of it only seems
        # to put its labels in a margin
        if sum(c for s, c in inset.items() if abs(s - x) <= tol) >= settings.margin_inset_ratio * n:
            continue
        # the running text stands at the indent: only headings (bold or larger) start at the
        # left edge; a table whose first column holds a merged cell now and then has its
        # running text at the left edge
        body = statistics.median(ln.size for lines in pages for ln in lines
                                 if not ln.kind and abs(ln.x0 - x) <= tol)
        plain = [ln for ln in at_left if not ln.bold and ln.size < body + settings.margin_label_size_delta]
        if len(plain) <= settings.margin_plain_left_ratio * len(beside):
            return x
    return None


def split_margin_labels(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> list[list[Line]]:
    """``pages`` with each side heading cut off its line (see the module): the label a line
    of its own (``kind="margin_label"``), the text beside it a line of its own, in that order.
    A line in the margin zone right under a label, ending before the indent, goes on with the
    label (a label wrapped in its narrow column)."""
    indent = margin_indent(pages, settings)
    if indent is None:
        return pages
    tol = settings.margin_indent_tolerance
    out: list[list[Line]] = []
    for lines in pages:
        free = [ln for ln in lines if not ln.kind]
        if not free:
            out.append(lines)
            continue
        left = min(ln.x0 for ln in free)
        new: list[Line] = []
        last_label: Line | None = None
        for ln in lines:
            found = _candidate(ln, left, settings)
            if found is not None and _indent_of(found[1], [indent], tol) is not None:
                n = found[0]
                label = replace(ln, words=ln.words[:n], kind=MARGIN_LABEL, meta=dict(ln.meta))
                rest = replace(ln, words=ln.words[n:], meta=dict(ln.meta))
                finish_line(label, settings)
                finish_line(rest, settings)
                new.extend([label, rest])
                last_label = label
                continue
            if (
                last_label is not None and not ln.kind and ln.page == last_label.page
                and abs(ln.x0 - left) <= tol and ln.x1 < indent - tol
                and 0 <= ln.top - last_label.bottom <= settings.margin_label_wrap_ratio * last_label.height
                and len(ln.words) <= settings.margin_label_max_words
            ):
                ln.kind = MARGIN_LABEL  # the label's second line
                last_label = ln
            elif not ln.kind:
                last_label = None
            new.append(ln)
        out.append(new)
    return out
