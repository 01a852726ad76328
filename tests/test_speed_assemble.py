"""Work the document-wide layout (``assemble``, serial after the pages) did again for the same
answer (issue 12, session 31): a line's text bottom worked out twice for two line steps in a
row (``leading_by_size``), every line of the document looked through for each table placed
(``table_place``). Each is now done once; the answers are those of the repeated work."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.layout import blocks
from plancheck.layout.blocks import (
    leading_by_size,
    region_lines,
    smallest_recurring,
    table_place,
    text_bottom,
)
from plancheck.layout.lines import Line
from plancheck.layout.settings import DEFAULT
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word


def _old_leading_by_size(pages, settings=DEFAULT):
    """leading_by_size as first written: both bottoms of every step worked out."""
    steps: dict[int, list[float]] = {}
    sure: dict[int, list[float]] = {}
    for lines in pages:
        body = sorted((ln for ln in lines if not ln.kind), key=lambda ln: (ln.region, ln.top))
        for a, b in itertools.pairwise(body):
            if a.region != b.region or round(a.size) != round(b.size) or a.bold != b.bold:
                continue
            step = text_bottom(b) - text_bottom(a)
            if a.height * settings.leading_min_ratio <= step <= a.height * settings.leading_max_ratio:
                steps.setdefault(round(a.size), []).append(step)
                if b.text[:1].islower() and not a.text.rstrip().endswith((".", "!", "?", ":", ";")):
                    sure.setdefault(round(a.size), []).append(step)
    out: dict[int, float] = {}
    for size, values in steps.items():
        first = smallest_recurring(values, settings.leading_tolerance, settings.leading_min_count)
        found = ([] if first is None else [first]) + sure.get(size, [])
        if found:
            out[size] = min(found)
    return out


def _old_table_place(piece, pages, settings=DEFAULT):
    """table_place as first written: every line of the document looked through."""
    x0, top, x1, _bottom = piece.bbox
    slack = settings.line_overlap_slack
    mine = sorted(
        (ln for lines in pages for ln in lines if not ln.kind and ln.page == piece.page and ln.region == piece.region),
        key=lambda ln: ln.top,
    )
    above = [ln for ln in mine if ln.top < top]
    if not above:
        return top
    prev, place = above[-1], top
    for ln in (ln for ln in mine if ln.top >= top):
        beside = ln.x1 <= x0 + slack or ln.x0 >= x1 - slack
        under = prev.x0 - slack <= ln.x0 <= prev.x1 and ln.top - prev.bottom <= ln.bottom - ln.top
        first = ln.text.lstrip()[:1]
        if not (beside and under and first.isalpha() and first.islower()):
            break
        place, prev = ln.top + slack, ln
    return place


def _line(page, region, top, x0, width, size, bold, text, kind, bullet_drop):
    words = []
    x = x0
    for i, t in enumerate(text.split() or ["x"]):
        drop = bullet_drop if t == "•" else 0.0
        words.append(Word(t, x, top, x + 5 * len(t), top + size + drop, size))
        x += 5 * len(t) + 3
        if i == 0 and width < 1:
            break
    return Line(page=page, words=words, x0=x0, x1=max(w.x1 for w in words), top=top, bottom=top + size,
                size=size, bold=bold, text=" ".join(w.text for w in words), kind=kind, region=region)


_texts = st.sampled_from(["• Tiltak", "fortsetter her", "Mål.", "and goes on", "Heading:", "x", "2025", "• and more"])
_lines = st.lists(
    st.builds(
        _line,
        page=st.integers(1, 3),
        region=st.integers(0, 2),
        top=st.integers(0, 60).map(lambda v: v * 6.0),
        x0=st.sampled_from([72.0, 90.0, 330.0, 400.0]),
        width=st.floats(0, 2),
        size=st.sampled_from([9.0, 10.0, 10.4, 12.0]),
        bold=st.booleans(),
        text=_texts,
        kind=st.sampled_from(["", "", "", "table", "furniture"]),
        bullet_drop=st.sampled_from([0.0, 0.0, 3.0]),
    ),
    max_size=40,
)


def _pages(lines):
    return [[ln for ln in lines if ln.page == p] for p in (1, 2, 3)]


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_leading_as_both_bottoms_of_every_step_worked_out(lines):
    pages = _pages(lines)
    assert leading_by_size(pages) == _old_leading_by_size(pages)


def test_a_line_bottom_is_worked_out_once_for_two_steps(monkeypatch):
    lines = [_line(1, 0, top, 72.0, 2, 10.0, False, "and goes on", "", 0.0) for top in (100.0, 112.0, 124.0, 136.0)]
    asked = []
    monkeypatch.setattr(blocks, "text_bottom", lambda ln: asked.append(ln) or text_bottom(ln))
    assert leading_by_size([lines]) == _old_leading_by_size([lines]) == {10: 12.0}
    assert len(asked) == 4  # was 6: the middle lines twice each


@settings(max_examples=300, deadline=None)
@given(_lines, st.lists(st.tuples(st.integers(1, 3), st.integers(0, 2), st.sampled_from([60.0, 100.0, 300.0]),
                                  st.sampled_from([(72.0, 300.0), (330.0, 550.0), (72.0, 550.0)])), max_size=6))
def test_tables_placed_as_every_line_looked_through(lines, tables):
    pages = _pages(lines)
    regions = region_lines(pages)
    for page, region, top, (x0, x1) in tables:
        piece = TablePiece(page=page, bbox=(x0, top, x1, top + 100), col_x=[x0], rows=[], region=region)
        assert table_place(piece, pages, DEFAULT, regions) == _old_table_place(piece, pages)
        assert table_place(piece, pages) == _old_table_place(piece, pages)
