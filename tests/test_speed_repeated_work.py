"""Work done again and again for the same answer (issue 12, session 29): a measure's text
normalised once per pair of measures, a table search asked twice of the same page, the cell
splitter of the rød tråd built per cell and the plan's sections indexed per goal. Each is now
done once; the answers are those of the repeated work."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.extract import plan as plan_module
from plancheck.extract.plan import _drop_restated_measures, _restates
from plancheck.layout.tables import LINES_ONLY, find_ruled_tables, without_boxed_items
from plancheck.mandate import parents
from plancheck.models import Deadline, Measure, Owner, Plan, Section, SourceInfo


def _plan(measures: list[Measure], sections: list[Section] | None = None) -> Plan:
    return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), measures=measures,
                sections=sections or [])


def _old_drop_restated(plan: Plan) -> None:
    """_drop_restated_measures as first written: every measure against every one kept."""
    keep: list[Measure] = []
    for m in plan.measures:
        first = next((k for k in keep if _restates(k, m)), None)
        if first is None:
            keep.append(m)
            continue
        if not first.owners and m.owners:
            first.owners, first.owner_text = m.owners, m.owner_text
        if first.deadline is None and m.deadline is not None:
            first.deadline = m.deadline
        if first.cost is None and m.cost is not None:
            first.cost = m.cost
    if len(keep) != len(plan.measures):
        plan.measures = keep
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"


def test_restated_measures_normalise_each_text_once(monkeypatch):
    # 300 measures of different texts: the old loop normalised two texts per pair (~90,000)
    measures = [Measure(id=f"measure-{i}", text=f"Tiltak nummer {i} for bedre skoleveier") for i in range(300)]
    calls = []
    normalise = plan_module.normalise
    monkeypatch.setattr(plan_module, "normalise", lambda text: calls.append(text) or normalise(text))
    plan = _plan(measures)
    _drop_restated_measures(plan)
    assert len(plan.measures) == 300
    assert len(calls) <= 2 * 300


_TEXTS = ["Bygge ny skole.", "bygge  ny skole", "Rydde strand;", "Rydde strand", "Plante trær"]
_OWNERS = [[], [Owner(text="Kommunen")], [Owner(text="Teknisk etat")]]
_DUES = [None, Deadline(text="2026", kind="date"), Deadline(text="2027", kind="date")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TEXTS), st.sampled_from(range(3)), st.sampled_from(range(3)),
                          st.sampled_from([None, "100 000"]), st.sampled_from([[], ["goal-1"], ["goal-2"]])),
                min_size=0, max_size=12))
def test_restated_measures_as_every_pair_compared(rows):
    def make() -> Plan:
        return _plan([Measure(id=f"measure-{i}", text=t, owners=list(_OWNERS[o]), deadline=_DUES[d], cost=c,
                              goal_ids=list(g))
                      for i, (t, o, d, c, g) in enumerate(rows)])

    new, old = make(), make()
    _drop_restated_measures(new)
    _old_drop_restated(old)
    assert new.model_dump_json() == old.model_dump_json()


class _Page:
    """A pdfplumber page as the ruled-table stage sees it: a rounded box among its curves, no
    edges, and a table search that counts its calls."""

    def __init__(self) -> None:
        pts = [(0, 0)] * 16
        self.curves = [{"pts": pts, "x0": 10.0, "x1": 110.0, "top": 10.0, "bottom": 60.0, "object_type": "curve"}]
        self.edges: list = []
        self.searches: list[dict] = []

    def find_tables(self, table_settings: dict) -> list:
        self.searches.append(dict(table_settings))
        return []


def test_a_page_with_rounded_boxes_and_no_boxed_items_is_searched_once():
    page = _Page()
    kept, boxed, found = without_boxed_items(page, [])
    assert kept is page and not boxed
    assert find_ruled_tables(kept, [], 1, boxed=boxed, found=found) == []
    assert page.searches == [LINES_ONLY]


def test_a_search_with_other_settings_is_not_taken_from_the_first(monkeypatch):
    # a rule the table implies but does not draw changes the search: it is asked again
    import plancheck.layout.tables as tables

    page = _Page()
    _kept, _boxed, found = without_boxed_items(page, [])
    rule = {"x0": 0.0, "x1": 100.0, "top": 50.0, "bottom": 50.0}
    monkeypatch.setattr(tables, "implied_rules", lambda edges, settings: [rule])
    find_ruled_tables(page, [], 1, found=found)
    assert page.searches == [LINES_ONLY, {**LINES_ONLY, "explicit_horizontal_lines": [rule]}]


def test_the_cell_splitter_is_built_once_and_splits_as_before():
    assert parents._list_splitter() is parents._list_splitter()
    from plancheck.lang.vocab import plain_words

    ands = sorted({w for w in plain_words("and_words") if " " not in w}, key=len, reverse=True)
    source = r"\s*[,;]\s*" + ("|" + "|".join(rf"\s+{re.escape(w)}\s+" for w in ands) if ands else "")
    rng = random.Random(29)
    pieces = ["Trygge skoleveier", "Grønne byrom", ",", ";", " og ", " and ", " och ", " samt ", "  ", "x"]
    for _ in range(300):
        cell = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert parents._list_splitter().split(cell) == re.split(source, cell)


class _Sections(list):
    """A plan's sections that count how often they are walked."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_section_numbers_index_the_sections_once_for_all_goals():
    sections = _Sections([Section(id="s1", title="Kapittel", number="4.2", level=1),
                          *(Section(id=f"s{i}", title="Mål", level=2, parent_id="s1") for i in range(2, 40))])
    plan = SimpleNamespace(sections=sections)
    goals = [SimpleNamespace(id=f"g{i}", section_id=f"s{i}", number=None) for i in range(2, 40)]
    _Sections.walks = 0
    numbered = parents.with_section_numbers(goals, plan)
    assert _Sections.walks == 1
    assert [g.number for g in numbered] == [None] * len(goals)  # 38 goals share section 4.2: none is its own
    assert [parents.section_number(g.section_id, plan) for g in goals] == ["4.2"] * len(goals)


def _old_shape_numbers(shapes, words, settings=None):
    """shape_numbers as first written: the words looked through for every nearly square shape."""
    from dataclasses import replace

    from plancheck.layout import cards
    from plancheck.layout.boxes import inside_box
    from plancheck.layout.settings import DEFAULT

    settings = settings or DEFAULT
    slack = settings.side_box_slack
    out = list(words)
    if len(shapes) > settings.card_max_shapes:
        return out
    for box in cards.distinct_boxes(shapes, slack):
        bw, bh = box[2] - box[0], box[3] - box[1]
        if min(bw, bh) <= 0 or min(bw, bh) / max(bw, bh) < settings.mark_min_aspect:
            continue
        held = [k for k, w in enumerate(out) if inside_box(w, box, slack)]
        if len(held) != 1 or not cards._NUMBER.match(out[held[0]].text):
            continue
        digit = out[held[0]]
        if bh > settings.shape_number_max_ratio * (digit.bottom - digit.top):
            continue
        beside = [w for w in out if w.x0 >= box[2] and w.x0 - box[2] <= settings.mark_gap_ratio * max(w.size, digit.size)
                  and w.bottom > box[1] and w.top < box[3]]
        if not beside:
            continue
        first = min(beside, key=lambda w: w.top)
        out[held[0]] = replace(digit, top=first.top, bottom=first.bottom)
    return out


_coord = st.integers(0, 60).map(lambda v: v * 2.5)
_words = st.lists(st.tuples(st.sampled_from(["1", "2.", "Tiltak", "og", "12"]), _coord, _coord,
                            st.integers(2, 16).map(float), st.integers(4, 40).map(float)), max_size=10)
_boxes = st.lists(st.tuples(_coord, _coord, st.integers(1, 80).map(float), st.integers(1, 80).map(float)), max_size=8)


def _made(words, boxes):
    from plancheck.layout.words import Word

    ws = [Word(t, x, y, x + w, y + h, size=h) for t, x, y, h, w in words]
    bs = [(x, y, x + w, y + h) for x, y, w, h in boxes]
    return ws, bs


@settings(max_examples=300, deadline=None)
@given(_words, _boxes)
def test_chips_and_badges_as_every_box_looked_through(words, boxes):
    from plancheck.layout.cards import _tallest, is_chip, shape_numbers

    ws, bs = _made(words, boxes)
    tallest = _tallest(ws)
    assert [is_chip(b, ws, tallest=tallest) for b in bs] == [is_chip(b, ws) for b in bs]
    assert shape_numbers(bs, ws) == _old_shape_numbers(bs, ws)


def test_a_tall_box_is_no_chip_without_looking_through_the_words():
    from plancheck.layout.cards import _tallest, is_chip
    from plancheck.layout.words import Word

    class Counted(list):
        walks = 0

        def __iter__(self):
            type(self).walks += 1
            return super().__iter__()

    words = Counted([Word("Tiltak", 10.0, 10.0, 40.0, 20.0, size=10.0)])
    tallest = _tallest(words)
    Counted.walks = 0
    assert not is_chip((0.0, 0.0, 200.0, 300.0), words, tallest=tallest)
    assert Counted.walks == 0


def _old_rows(left, right, settings):
    """parallel._rows as first written: every row looked through for its words."""
    import itertools

    both = sorted(left + right, key=lambda w: w.top)
    if not both:
        return []
    height = sorted(w.bottom - w.top for w in both)[len(both) // 2]
    gap = settings.parallel_row_gap_ratio * height
    cuts: list[float] = []
    bottom = both[0].bottom
    for w in both[1:]:
        if w.top - bottom >= gap:
            cuts.append((w.top + bottom) / 2)
        bottom = max(bottom, w.bottom)
    bounds = [float("-inf"), *cuts, float("inf")]
    return [
        ([w for w in left if lo <= w.mid_y < hi], [w for w in right if lo <= w.mid_y < hi])
        for lo, hi in itertools.pairwise(bounds)
    ]


_y = st.one_of(st.integers(0, 80).map(lambda v: v * 3.0), st.sampled_from([float("inf"), float("-inf"), float("nan")]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_y, st.integers(1, 20).map(float)), max_size=12),
       st.lists(st.tuples(_y, st.integers(1, 20).map(float)), max_size=12))
def test_parallel_rows_as_every_row_looked_through(left, right):
    from plancheck.layout.parallel import _rows
    from plancheck.layout.settings import DEFAULT
    from plancheck.layout.words import Word

    a = [Word("ord", 0.0, y, 10.0, y + h, size=h) for y, h in left]
    b = [Word("word", 100.0, y, 110.0, y + h, size=h) for y, h in right]
    got, want = _rows(a, b, DEFAULT), _old_rows(a, b, DEFAULT)
    assert [([id(w) for w in x], [id(w) for w in y]) for x, y in got] == \
        [([id(w) for w in x], [id(w) for w in y]) for x, y in want]


def _old_words_to_lines(words, page_no, settings):
    """words_to_lines as first written: every word asked against every word of a line in reach."""
    from plancheck.layout import lines as L

    lines = []
    slack = settings.line_overlap_slack + settings.measure_precision
    for w in sorted(words, key=lambda w: (round(w.top, 0), w.x0)):
        mid = w.mid_y
        for line in reversed(lines[-3:]):
            lone = L._lone_bullet(w.text) or (len(line.words) == 1 and L._lone_bullet(line.words[0].text))
            raised = L._marks_only(line, w, settings)
            if line.top - slack <= mid <= line.bottom + slack and w.turned == line.words[0].turned and (
                lone or raised
                or (abs(line.size - w.size) < settings.line_size_jump and not L._stacked(line, w, settings))
            ):
                was_bullet = len(line.words) == 1 and line.words[0].text in L.BULLETS
                line.words.append(w)
                if was_bullet or raised:
                    line.top, line.bottom, line.size = w.top, w.bottom, w.size
                else:
                    line.top = min(line.top, w.top)
                    line.bottom = max(line.bottom, w.bottom)
                break
        else:
            lines.append(L.Line(page_no, [w], w.x0, w.x1, w.top, w.bottom, w.size, w.bold))
    for line in lines:
        L.finish_line(line, settings)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


_x = st.one_of(st.integers(0, 60).map(lambda v: v * 4.0), st.sampled_from([float("nan"), float("inf")]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Tiltak", "•", "2", "og", "(note)"]), _x, st.integers(0, 30).map(lambda v: v * 2.0),
                          st.integers(0, 40).map(float), st.sampled_from([6.0, 10.0, 12.0, 18.0])), max_size=14))
def test_lines_as_every_word_asked_against_every_word_of_a_line(rows):
    from plancheck.layout.lines import words_to_lines
    from plancheck.layout.settings import DEFAULT
    from plancheck.layout.words import Word

    def made():
        return [Word(t, x, y, x + w, y + s, size=s) for t, x, y, w, s in rows]

    got, want = words_to_lines(made(), 1, DEFAULT), _old_words_to_lines(made(), 1, DEFAULT)
    assert repr(got) == repr(want)
