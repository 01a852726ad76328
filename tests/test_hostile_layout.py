"""Hostile and odd inputs to the layout and extract mechanisms added in session 14: property tests.

The functions under test take what a PDF hands them — coordinates and sizes that may be zero,
negative, huge, infinite or NaN (a page's matrix can make any of them), thousands of characters
in one column, tables of any shape. Whatever they get, they return (no exception: in the CLI an
exception in the layout is exit 2 on a readable document, or a traceback) and they stay linear
(a quadratic blow-up on a crafted page holds a CI runner until ``--timeout``, a hang by another
name). Each property is checked by hand on a deliberately broken version of the function.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, find, given, settings
from hypothesis import strategies as st
from test_checks_support import make_plan

from plancheck.extract import link as link_mod
from plancheck.extract.link import link_by_marks, match_goal
from plancheck.extract.tables import MARK_GLYPHS, mark_goal_columns
from plancheck.layout.chars import Char, vertical_labels
from plancheck.layout.columns import tile_badge, tile_row
from plancheck.layout.tables import _merge_header_rows, labels_group
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell, Goal, GoalKind, Measure, Provenance

PROPS = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow])

#: a coordinate or size as a PDF's matrices can make it: ordinary, zero, negative, huge, non-finite
odd = st.one_of(
    st.floats(-50, 900, allow_nan=False),
    st.sampled_from([0.0, -0.0, -1.0, 1e-300, 1e308, -1e308, float("inf"), -float("inf"), float("nan")]),
)


# --------------------------------------------------------------------------- vertical_labels

def _upright(text: str, box: tuple[float, float, float, float], size: float):
    return (text, box, size, "Helvetica", False)


upright_char = st.builds(
    _upright,
    st.sampled_from(["A", "n", "s", "v", " ", "\n", "ﬁ", "1", "\t"]),
    st.tuples(odd, odd, odd, odd),
    odd,
)


def _no_space(text: str) -> str:
    return "".join(text.split())


@PROPS
@given(st.lists(upright_char, max_size=60))
def test_vertical_labels_keep_every_letter_in_order_whatever_the_boxes(chars):
    labels = vertical_labels(chars)
    assert all(isinstance(lb, Char) and lb.text and lb.text == " ".join(lb.text.split()) for lb in labels)
    assert _no_space("".join(lb.text for lb in labels)) == _no_space("".join(c[0] for c in chars))
    assert len(labels) <= len(chars)


column = st.builds(
    lambda x, step, size, n, down: [
        _upright("ab"[k % 2], (x, 800 - k * step, x + size, 800 - k * step + step) if not down
                 else (x, k * step, x + size, k * step + step), size)
        for k in range(n)
    ],
    st.floats(0, 500, allow_nan=False), st.sampled_from([0.0, 0.01, 1.0, 5.0, 12.0]),
    st.sampled_from([0.0, 4.0, 9.0]), st.integers(0, 300), st.booleans(),
)


@PROPS
@given(column)
def test_a_column_of_upright_letters_is_one_label_when_they_touch(chars):
    labels = vertical_labels(chars)
    if chars:
        assert len(labels) == 1 and _no_space(labels[0].text) == "ab" * (len(chars) // 2) + "a" * (len(chars) % 2)
        finite = [c[1] for c in chars]
        assert labels[0].x0 == min(b[0] for b in finite) and labels[0].bottom == max(b[3] for b in finite)


def test_a_hundred_thousand_upright_letters_in_one_column_take_linear_time():
    """One run of 100 000 letters (pdfium hands a turned string of any length to the layout as
    one run): linear, a few tenths of a second; recomputing the run's box or text per letter
    took over a minute, well past the bound even on a loaded runner."""
    n = 100_000
    chars = [_upright("abc"[k % 3], (100, n - k * 0.5, 104, n - k * 0.5 + 0.5), 4) for k in range(n)]
    start = time.perf_counter()
    labels = vertical_labels(chars)
    assert time.perf_counter() - start < 10.0
    assert len(labels) == 1 and len(labels[0].text) == n


# --------------------------------------------------------------------------- tiles

def _word(text, x0, top, w, h, size, bold=False):
    return Word(text, x0, top, x0 + w, top + h, size, bold=bold)


word = st.builds(
    _word,
    st.sampled_from(["1", "2", "3", "01", "1st", "2.", "•", "Plant", "the", "45%", "▪"]),
    odd, odd, odd, odd, odd, st.booleans(),
)
part = st.lists(word, min_size=0, max_size=8)


def tile_part(numeral: str, x: float, badge_size: float, text_size: float, lines: int) -> list[Word]:
    """A tile: ``numeral`` over ``lines`` lines of text, each line well below the last (the
    sizes may be zero, and the tops still tell the lines apart)."""
    out = [_word(numeral, x, 100, 0.6 * badge_size * len(numeral), badge_size, badge_size, True)]
    for k in range(lines):
        top = 100 + max(badge_size, 10) + 4 + k * (max(text_size, 5) + 4)
        out.append(_word("Plant", x, top, 5 * text_size / 2, text_size, text_size))
    return out


@st.composite
def tile_parts(draw):
    """Parts as the column split hands them (two at least): a row of tiles (a numeral over a few lines, in
    sizes of any kind, zero and negative too), now and then a tile that breaks the row (a
    numeral out of count, another size, more lines) or odd words among them (a speck, a
    figure, a box of any size)."""
    count = draw(st.integers(2, 6))
    first = draw(st.integers(0, 3))
    badge = draw(st.sampled_from([30.0, 1e6, 0.0, 10.0, -30.0]))
    text = draw(st.sampled_from([10.0, 12.0, 0.0, -10.0]))
    lines = draw(st.integers(1, 4))
    parts = []
    for k in range(count):
        numeral, size, n = str(first + k), badge, lines
        if draw(st.integers(0, 5)) == 5:  # (hypothesis draws the low end most)
            numeral = draw(st.sampled_from([f"0{first + k}", f"{first + k}.", "45%", "x", str(first + k + 2)]))
        if draw(st.integers(0, 5)) == 5:  # (hypothesis draws the low end most)
            size = draw(st.sampled_from([0.0, 31.0, 33.0, 1e-9]))
        if draw(st.integers(0, 5)) == 5:  # (hypothesis draws the low end most)
            n = draw(st.integers(0, 7))
        part = tile_part(numeral, 40 + 120 * k + draw(st.sampled_from([0.0, -60.0, 200.0])), size, text, n)
        if draw(st.integers(0, 3)) == 3:
            part += draw(st.lists(word, min_size=1, max_size=2))
        parts.append(draw(st.permutations(part)))
    return parts


@PROPS
@given(st.one_of(st.lists(part, max_size=6), tile_parts()))
@example([tile_part(str(k + 1), 40 + 120 * k, 30.0, 10.0, 2) for k in range(3)])  # a row of tiles, every run
def test_tile_row_returns_the_parts_or_none_whatever_the_words(parts):
    for p in parts:
        tile_badge(p)
    got = tile_row(parts)
    if got is None:
        return
    assert len(got) == len(parts)
    for before, after in zip(parts, got, strict=True):
        assert len(after) <= len(before)
        assert sum(w.badge for w in after) <= 1
        assert all(any(w is b for b in before) or w.badge for w in after)
        assert all(w.size > 0 for w in after if w.badge)


def test_the_tile_strategy_reaches_rows_of_tiles():
    """The property above reads rows of tiles, not only refusals: the strategy gives them."""
    parts = find(tile_parts(), lambda p: tile_row(p) is not None and len(p) > 2,
                 settings=settings(database=None, derandomize=True, max_examples=500))
    assert sum(w.badge for p in tile_row(parts) for w in p) >= 2


@PROPS
@given(
    st.integers(2, 60),
    st.sampled_from([0.0, 1e-9, 10.0, 30.0, 1e6]),
    st.sampled_from([0.0, 1e-9, 5.0, 10.0]),
    st.integers(1, 4),
)
def test_a_row_of_tiles_of_any_size_is_read_tile_by_tile(count, badge_size, text_size, lines):
    parts = [tile_part(str(k + 1), 40 + 120 * k, badge_size, text_size, lines) for k in range(count)]
    got = tile_row(parts)
    if got is not None:
        assert [[w.text for w in p if w.badge] for p in got] == [[str(k + 1)] for k in range(count)]


# --------------------------------------------------------------------------- cross matrices


HEADS = ["", " ", "Nr", "Tiltak", "Ansvar", "Bidrar til mål", "1 (Bidrar til mål)", "2 (Bidrar til mål)",
         " (Bidrar til mål)", "Bygg (Delmål)", "Mål 1", "Mål 2", "Goal 12", "(", ")", "()", "1 (Mål) (Mål)",
         "Uterom (Delmål)", "X", "2025", "Mål 1.2.3 (Mål)"]
BODY = ["", " ", *MARK_GLYPHS, "XX", "x x", "Lage en plan", "Rådmann", "1", "Mål 3", "\n", "✓✓"]
ROLES = [None, "goal", "measure", "owner", "deadline", "number"]


def _row(texts: list[str], boxes: list[bool] | None = None) -> list[Cell]:
    return [Cell(row=0, col=i, text=t, bbox=BBox(x0=i * 10.0, top=0, x1=i * 10.0 + 9, bottom=9)
                 if boxes is None or boxes[i] else None) for i, t in enumerate(texts)]


@st.composite
def matrix(draw):
    """A header, body rows of ragged length, and roles of any length (the reader's inputs as a
    damaged or hand-made table may give them)."""
    header = draw(st.lists(st.sampled_from(HEADS), min_size=1, max_size=12))
    rows = draw(st.lists(st.lists(st.sampled_from(BODY), max_size=14).map(_row), max_size=8))
    roles = draw(st.lists(st.sampled_from(ROLES), max_size=14))
    return header, rows, roles


def _is_mark(text: str) -> bool:
    return text.strip() in MARK_GLYPHS


@PROPS
@given(matrix())
def test_goal_columns_of_marks_whatever_the_table(table):
    header, rows, roles = table
    got = mark_goal_columns(header, rows, roles)
    assert all(0 <= i < len(header) and i < len(roles) and roles[i] in (None, "goal") for i in got)
    assert all(isinstance(label, str) for label in got.values())
    if got:
        assert len(got) >= 2
        filled = [r[i].text for r in rows for i in got if i < len(r) and r[i].text.strip()]
        assert filled and all(_is_mark(t) for t in filled)


@PROPS
@given(st.lists(st.sampled_from(HEADS), min_size=1, max_size=10), st.data())
def test_merging_header_rows_ends_and_keeps_the_body_in_order(head, data):
    n = len(head)
    boxes = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    head_cells = data.draw(st.sampled_from([None, _row(head, boxes)]))
    body = [_row(data.draw(st.lists(st.sampled_from(BODY), min_size=n, max_size=n))) for _ in range(data.draw(st.integers(0, 5)))]
    header, rest = _merge_header_rows(list(head), body, head_cells)
    assert len(header) == n
    assert rest == body[len(body) - len(rest):]
    group = {i: ("g", list(range(n))) for i in range(n)}
    assert not labels_group([c.text for c in body[0]] if body else [""] * n, group)  # a band over all


PROV = Provenance(page=1, source_text="")
GOAL_TEXTS = ["Trygge og universelt utformede bygg for alle", "Gode uterom i sentrum", "Flere skal sykle til skolen",
              "", "X", "1", "Mål 2"]
LABELS = ["1", "2", "3", "12", "100", "Mål 2", "Gode uterom", "Bygg", "", " ", "X", "Goal 1.2", "uterom i sentrum"]


@PROPS
@given(
    st.lists(st.tuples(st.sampled_from(GOAL_TEXTS), st.sampled_from([None, "1", "2", "2.", "1)", "12", ""])), max_size=6),
    st.lists(st.lists(st.sampled_from(LABELS), max_size=6), max_size=6),
)
def test_marks_link_only_declared_goals_and_make_none(goals, marks):
    declared = [Goal(id=f"goal-{k}", text=t, number=n, kind=GoalKind.goal, provenance=PROV) for k, (t, n) in enumerate(goals)]
    measures = [Measure(id=f"m{k}", text="Lage en plan", provenance=PROV, goal_marks=list(m), table_goal_text="Mål 9")
                for k, m in enumerate(marks)]
    plan = make_plan(list(declared), measures=measures)
    link_by_marks(plan)
    assert [g.id for g in plan.goals] == [g.id for g in declared]
    for m, labels in zip(plan.measures, marks, strict=True):
        want = []
        for label in labels:
            goal = match_goal(label, declared)
            if goal is not None and goal.id not in want:
                want.append(goal.id)
        assert m.goal_ids == want
        assert (m.table_goal_text is None) == bool(want)


def test_a_large_matrix_matches_each_label_once(monkeypatch):
    """Rows × labels × goals comparisons would hold a runner for minutes on a crafted matrix
    (300 rows, 100 labels, 200 goals: six million); each label is matched once."""
    calls = 0
    similarity = link_mod.goal_similarity

    def counted(a: str, b: str) -> float:
        nonlocal calls
        calls += 1
        return similarity(a, b)

    monkeypatch.setattr(link_mod, "goal_similarity", counted)
    goals = [Goal(id=f"goal-{k}", text=f"Kommunen skal styrke tilbud {k} innen 2030", number=str(k), kind=GoalKind.goal,
                  provenance=PROV) for k in range(1, 41)]
    labels = [f"Tilbud {k}" for k in range(30)]
    measures = [Measure(id=f"m{k}", text="Lage en plan", provenance=PROV, goal_marks=labels) for k in range(50)]
    link_by_marks(make_plan(goals, measures=measures))
    assert 0 < calls <= len(labels) * len(goals)
