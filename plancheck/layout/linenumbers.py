"""Line numbers in the margin, found by form: furniture on any page that has them.

A word processor can number the lines of a draft (Word's line numbering, LaTeX's lineno): a
bare number in the left margin beside each line of text, counting up by one (or by a fixed
step) down the page. Left in the text they would be read as the numbers of the items they stand
beside ('10 Mål 1.1 …' as goal 10) and would glue wrapped lines to the next paragraph.

A run of them is told from a column of row numbers or a numbered list by all of:

- each is a bare number, the first word on its line, set apart from the text after it by at
  least ``line_number_gap_ratio`` of its size;
- they stand in one column (their right edges, or their left edges, align) and count up by a
  constant step from top to bottom, ``line_number_min_count`` of them or more;
- nothing else on the page within their height crosses their column: they stand in a margin
  of their own;
- at least one of them stands before a line that goes on with a sentence (its first letter is
  lower-case): a line number counts the lines of a wrapped paragraph, where a list's or a
  table's number stands only before the first line of its item.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


def _same_line(a: Word, b: Word, settings: LayoutSettings) -> bool:
    return abs(a.bottom - b.bottom) <= settings.line_number_baseline_ratio * min(a.size, b.size)


def _runs(column: list[tuple[Word, int]]) -> list[list[tuple[Word, int]]]:
    """The maximal runs of ``column`` (sorted top to bottom) whose numbers count up by one
    constant step."""
    runs: list[list[tuple[Word, int]]] = []
    run: list[tuple[Word, int]] = []
    for item in column:
        if not run:
            run = [item]
            continue
        step = item[1] - run[-1][1]
        if step > 0 and (len(run) == 1 or step == run[1][1] - run[0][1]):
            run.append(item)
            continue
        runs.append(run)
        # a new run starts at the previous number (its step may differ) or at this one
        run = [run[-1], item] if step > 0 else [item]
    if run:
        runs.append(run)
    return runs


def _columns(items: list[tuple[Word, int]], edge, tol: float) -> list[list[tuple[Word, int]]]:
    """``items`` grouped by the x of ``edge`` (within ``tol``), each group top to bottom."""
    groups: list[list[tuple[Word, int]]] = []
    for item in sorted(items, key=lambda it: edge(it[0])):
        if groups and abs(edge(item[0]) - edge(groups[-1][-1][0])) <= tol:
            groups[-1].append(item)
        else:
            groups.append([item])
    return [sorted(g, key=lambda it: it[0].top) for g in groups]


def line_numbers(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Word]:
    """The words of ``words`` (one page) that are line numbers in its margin (see the module)."""
    candidates: list[tuple[Word, int]] = []
    after: dict[int, Word | None] = {}  # id of a candidate → the first word after it on its line
    by_bottom = sorted(words, key=lambda o: o.bottom)
    bottoms = [o.bottom for o in by_bottom]
    for w in words:
        if not (w.text.isdigit() and len(w.text) <= settings.line_number_max_digits):
            continue
        reach = settings.line_number_baseline_ratio * w.size
        near = by_bottom[bisect_left(bottoms, w.bottom - reach):bisect_right(bottoms, w.bottom + reach)]
        line = [o for o in near if o is not w and _same_line(o, w, settings)]
        gap = settings.line_number_gap_ratio * w.size
        if any(o.x1 <= w.x0 + settings.line_number_align_tol for o in line):
            continue  # not the first word on its line (a year in a table's last columns is none)
        right = [o for o in line if o.x0 >= w.x1]
        nxt = min(right, key=lambda o: o.x0, default=None)
        if nxt is not None and nxt.x0 - w.x1 < gap:
            continue
        candidates.append((w, int(w.text)))
        after[id(w)] = nxt
    if len(candidates) < settings.line_number_min_count:
        return []
    found: dict[int, Word] = {}
    tol = settings.line_number_align_tol
    for edge in (lambda w: w.x1, lambda w: w.x0):
        for column in _columns(candidates, edge, tol):
            for run in _runs(column):
                if len(run) < settings.line_number_min_count:
                    continue
                run_words = [w for w, _n in run]
                ids = {id(w) for w in run_words}
                top, bottom = run_words[0].top, run_words[-1].bottom
                left, right = min(w.x0 for w in run_words), max(w.x1 for w in run_words)
                if any(
                    id(o) not in ids and o.bottom > top and o.top < bottom and o.x0 < right and o.x1 > left
                    for o in words
                ):
                    continue  # not a margin of their own: other text crosses their column
                if not any(
                    (nxt := after[id(w)]) is not None and nxt.text[:1].islower() for w in run_words
                ):
                    continue  # no wrapped line among them: a list's or a table's numbers
                found.update((id(w), w) for w in run_words)
    return list(found.values())


def drop_line_numbers(words: list[Word], settings: LayoutSettings = DEFAULT) -> list[Word]:
    """``words`` without the line numbers in the page's margin (:func:`line_numbers`)."""
    numbers = {id(w) for w in line_numbers(words, settings)}
    return [w for w in words if id(w) not in numbers] if numbers else words
