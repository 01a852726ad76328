"""The per-character layout stages made cheaper for long documents give what the plain
definitions give (issue 12: 800 pages in 20 s).

* ``pdfium_chars`` asks pdfium for the angle, matrix, size and font once per text object:
  pdfium gives every character of one text object its object's values, which is checked here
  on the authored PDFs, so a pdfium that stopped doing so fails this test;
* ``smallest_recurring`` (the leading of a font size) counts neighbours in a bisected window
  instead of over all steps: property test against the quadratic definition;
* ``drop_duplicates`` files the characters by text and row, then column: property test
  against the nine-cell definition;
* ``pdfium_chars`` asks whether a character is generated only for a space, and whether it is a
  line-end hyphen not at all (its code is 2): pdfium generates only spaces and line breaks and
  gives its hyphens the code 2, checked here on authored and real pages.
"""

from __future__ import annotations

import ctypes

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.evaluate import shared_corpora_dir
from plancheck.layout.blocks import smallest_recurring
from plancheck.layout.chars import Char
from plancheck.layout.settings import DEFAULT
from plancheck.layout.words import drop_duplicates
from tests.conftest import ROOT

PDFS = sorted((ROOT / "corpora" / "authored").glob("*/*.pdf"))[:8]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_every_character_of_a_text_object_has_the_objects_angle_size_and_font(path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    objects: dict[int, tuple] = {}
    checked = 0
    matrix = raw.FS_MATRIX()
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    for number, page in enumerate(doc):
        tp = page.get_textpage()
        for i in range(raw.FPDFText_CountChars(tp.raw)):
            if raw.FPDFText_IsGenerated(tp.raw, i):
                continue
            obj = raw.FPDFText_GetTextObject(tp.raw, i)
            key = ctypes.cast(obj, ctypes.c_void_p).value
            if not key:
                continue
            raw.FPDFText_GetMatrix(tp.raw, i, matrix)
            raw.FPDFText_GetFontInfo(tp.raw, i, buf, len(buf), flags)
            values = (
                raw.FPDFText_GetCharAngle(tp.raw, i),
                raw.FPDFText_GetFontSize(tp.raw, i),
                (matrix.a, matrix.b, matrix.c, matrix.d),
                buf.value,
                raw.FPDFText_GetFontWeight(tp.raw, i),
            )
            assert objects.setdefault((number, key), values) == values
            checked += 1
        tp.close()
    assert checked > 50


def _recurring_quadratic(values: list[float], tol: float, min_count: int) -> float | None:
    values = sorted(values)
    found = [v for v in values if sum(1 for w in values if abs(w - v) <= tol) >= min_count]
    return found[0] if found else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(0, 40, allow_nan=False) | st.sampled_from([10.0, 10.3, 12.0, 12.29, 14.4]), max_size=40),
    st.sampled_from([0.0, 0.1, 0.3, 1.0]),
    st.integers(1, 4),
)
def test_smallest_recurring_step_is_the_quadratic_definition(values, tol, min_count):
    assert smallest_recurring(values, tol, min_count) == _recurring_quadratic(values, tol, min_count)


def _dedup_nine_cells(chars: list[Char], r: float) -> list[Char]:
    seen: dict[tuple[str, int, int], list[Char]] = {}
    out = []
    for c in chars:
        if c.text.isspace():
            out.append(c)
            continue
        w, h = max(c.x1 - c.x0, 1.0), max(c.bottom - c.top, 1.0)
        row, col = int(c.top // h), int(c.x0 // w)
        if any(
            abs(o.x0 - c.x0) < r * w and abs(o.top - c.top) < r * h
            for k in (row - 1, row, row + 1)
            for j in (col - 1, col, col + 1)
            for o in seen.get((c.text, k, j), ())
        ):
            continue
        seen.setdefault((c.text, row, col), []).append(c)
        out.append(c)
    return out


_coord = st.floats(0, 60, allow_nan=False).map(lambda v: round(v * 4) / 4)
_char = st.builds(
    lambda t, x, y, w, h: Char(t, x, y, x + w, y + h, h),
    st.sampled_from(["a", "b", " ", "-"]),
    _coord,
    _coord,
    st.sampled_from([0.0, 0.5, 3.0, 6.0]),
    st.sampled_from([0.5, 8.0, 12.0]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_char, max_size=40))
def test_dropping_duplicates_is_the_nine_cell_definition(chars):
    got = drop_duplicates(chars)
    assert [id(c) for c in got] == [id(c) for c in _dedup_nine_cells(chars, DEFAULT.duplicate_overlap_ratio)]


# pages of these draw bullets and side boxes as paths, boxes in form XObjects, ruled tables
PATH_PDFS = sorted((ROOT / "corpora" / "authored").glob("*/*.pdf"))


@pytest.mark.parametrize("path", PATH_PDFS, ids=lambda p: p.stem)
def test_one_walk_over_a_pages_paths_is_what_get_objects_gives(path):
    """``path_bounds`` (one walk with pdfium's functions, shared by the rule count, the drawn
    bullets and the side boxes) lists what pypdfium2's ``get_objects`` gave each of them: the
    same path objects and levels, in the same order, with the same bounds — except that a path
    inside a form XObject moved whole on the page (an imposed sheet's page, session 51) is
    placed where the form is moved, which ``get_objects`` leaves in the form's own space: those
    bounds differ from it by one shift of both corners."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from plancheck.layout.document import path_bounds

    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        page = doc[i]
        for depth in (1, 2):
            want = [
                (obj.level, *obj.get_bounds())
                for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=depth)
            ]
            for got in (path_bounds(page, depth), [b for b in path_bounds(page) if b[0] < depth]):
                assert [g[0] for g in got] == [w[0] for w in want]
                for g, w in zip(got, want, strict=True):
                    if g == w:
                        continue
                    # only a nested path, and only moved: both corners shifted alike
                    dx, dy = g[1] - w[1], g[2] - w[2]
                    assert w[0] >= 1 and abs(g[3] - w[3] - dx) < 1e-3 and abs(g[4] - w[4] - dy) < 1e-3


SHARED = shared_corpora_dir(ROOT) or ROOT / "missing"
# two authored PDFs, and a real plan with 63 line-end hyphens and 2,792 generated characters
CHAR_TYPE_PDFS = [*PDFS[:2], SHARED / "dk_haderslev_sydbyen_helhedsplan.pdf"]


@pytest.mark.parametrize("path", CHAR_TYPE_PDFS, ids=lambda p: p.stem)
def test_pdfium_generates_only_spaces_and_line_breaks_and_gives_its_hyphens_code_2(path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if not path.is_file():
        pytest.skip(f"{path.name} is not here")
    doc = pdfium.PdfDocument(str(path))
    generated = hyphens = 0
    for page in doc:
        tp = page.get_textpage()
        for i in range(raw.FPDFText_CountChars(tp.raw)):
            code = raw.FPDFText_GetUnicode(tp.raw, i)
            if raw.FPDFText_IsGenerated(tp.raw, i):
                assert code in (32, 10, 13), (page, i, code)
                generated += 1
            if raw.FPDFText_IsHyphen(tp.raw, i):
                assert code == 2, (page, i, code)
                hyphens += 1
        tp.close()
    assert generated > 0  # the pages were read
    assert hyphens > 0 or path.parent != SHARED


def _distinct_boxes_pairwise(boxes, slack):
    """The definition: a box is kept unless a kept box has every side within ``slack``."""
    out = []
    for b in boxes:
        if not any(all(abs(b[i] - o[i]) <= slack for i in range(4)) for o in out):
            out.append(b)
    return out


# coordinates on a coarse lattice so that many boxes lie within the slack of each other,
# including exactly at it, plus the odd value no grid can file
_coord = st.one_of(
    st.integers(-40, 40).map(lambda k: k * 0.75),
    st.floats(-50, 50, allow_nan=False),
    st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e308]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_coord, _coord, _coord, _coord), max_size=40), st.sampled_from([0.0, 0.75, 1.5, 3.0]))
def test_distinct_boxes_by_grid_is_the_pairwise_definition(boxes, slack):
    from plancheck.layout.cards import distinct_boxes

    assert distinct_boxes(boxes, slack) == _distinct_boxes_pairwise(boxes, slack)


def test_distinct_boxes_keeps_the_first_of_a_filled_and_stroked_shape():
    from plancheck.layout.cards import distinct_boxes

    filled, stroked, other = (10.0, 10.0, 50.0, 30.0), (10.4, 9.6, 50.5, 30.2), (10.0, 40.0, 50.0, 60.0)
    assert distinct_boxes([filled, stroked, other], 1.5) == [filled, other]
    assert distinct_boxes([filled, stroked, other], 0.1) == [filled, stroked, other]


_x = st.one_of(st.integers(0, 60).map(float), st.floats(0, 600, allow_nan=False))


@st.composite
def _bands(draw):
    """Bands of words with spans on a coarse lattice (gaps exactly at ``gutter_min`` happen)."""
    from plancheck.layout.words import Word

    bands = []
    for _ in range(draw(st.integers(1, 5))):
        band = []
        for _ in range(draw(st.integers(1, 6))):
            x0 = draw(_x)
            width = draw(st.one_of(st.integers(0, 40).map(float), st.floats(0, 200, allow_nan=False)))
            band.append(Word("w", x0, 0.0, x0 + width, 10.0, 10.0))
        bands.append(band)
    return bands


@settings(max_examples=400, deadline=None)
@given(_bands(), st.sampled_from([0.0, 3.0, 9.0, 20.0]))
def test_gutter_shortcut_over_band_stretches_is_the_sweep_of_all_words(bands, gutter_min):
    from plancheck.layout.columns import _pieces_have_gutter, _span_pieces, gutters

    s = DEFAULT.model_copy(update={"gutter_min": gutter_min})
    pieces = [p for band in bands for p in _span_pieces(band, s)]
    assert _pieces_have_gutter(pieces, s) == bool(gutters([w for band in bands for w in band], s))


# whole points, so that a gap exactly as wide as the gutter minimum turns up
_ROW_WORD = st.tuples(st.integers(0, 9), st.integers(0, 120).map(float), st.integers(1, 30).map(float))


@given(st.lists(_ROW_WORD, min_size=1, max_size=40), st.integers(1, 9), st.sampled_from([0.0, 4.0, 9.0, 25.0]))
def test_peel_top_gutter_sweep_is_the_gutters_of_the_rows_below(placed, k, gutter_min):
    """_peel_top asks, for the rows from k down, whether gutters() finds one: one sweep over
    the page's spans sorted once answers as gutters() over those rows' words does (random
    words on ten rows, gutter widths from none to wide)."""
    from plancheck.layout.columns import _gutter_below, gutters
    from plancheck.layout.words import Word

    s = DEFAULT.model_copy(update={"gutter_min": gutter_min})
    rows: list[list[Word]] = [[] for _ in range(10)]
    for row, x0, width in placed:
        rows[row].append(Word("w", x0, 10.0 * row, x0 + width, 10.0 * row + 8, 8.0))
    spans = sorted((w.x0, w.x1, r) for r, row in enumerate(rows) for w in row)
    rest = [w for row in rows[k:] for w in row]
    assert _gutter_below(spans, k, s) == bool(gutters(rest, s))


# middles on a lattice of whole and half points (a middle exactly on a cut happens), and
# the odd value the outer bounds leave out
_MIDDLE_X = st.one_of(
    st.integers(-4, 40).map(float),
    st.floats(-50, 50, allow_nan=False),
    st.sampled_from([float("nan"), float("inf"), -float("inf"), -1e9, 1e9, 2e9]),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_MIDDLE_X, st.integers(0, 6).map(float)), max_size=30),
    st.lists(st.integers(-2, 40).map(lambda v: v / 2), max_size=6),
)
def test_words_between_cuts_by_bisection_are_those_of_each_parts_bounds(placed, cuts):
    """The column split parts its words at the cuts (session 22): a word's part found by
    bisecting its middle is the part whose bounds hold its middle, as the comparison of every
    word with every part's bounds (``lo < w.mid_x <= hi``, bounds ±1e9) gives - the words in
    their order, a middle on a cut in the part left of it, duplicate cuts, a middle that is not
    a number or lies outside the outer bounds in none."""
    import itertools

    from plancheck.layout.columns import _between
    from plancheck.layout.words import Word

    words = [Word("w", x - width / 2, 0.0, x + width / 2, 10.0, 10.0) for x, width in placed]
    cuts = sorted(cuts)
    bounds = [-1e9, *cuts, 1e9]
    plain = [[w for w in words if lo < w.mid_x <= hi] for lo, hi in itertools.pairwise(bounds)]
    assert [[id(w) for w in p] for p in _between(words, cuts)] == [[id(w) for w in p] for p in plain]


def test_word_split_asks_for_small_capitals_only_after_a_capital(monkeypatch):
    """split_words asks small_capital_after (a call per character) only where the character
    before is upper-case, its first test (session 22): after a lower-case letter it is not
    called, and a run of small capitals after a capital is still read as one word."""
    from plancheck.layout import words as words_mod

    asked: list[str] = []
    plain = words_mod.small_capital_after

    def counted(prev, c, gap, lim, settings=DEFAULT):
        asked.append(prev.text)
        return plain(prev, c, gap, lim, settings)

    monkeypatch.setattr(words_mod, "small_capital_after", counted)

    def chars(text: str, sizes: list[float]) -> list[Char]:
        out, x = [], 0.0
        for ch, size in zip(text, sizes, strict=True):
            out.append(Char(ch, x, 20.0 - size, x + 0.5 * size, 20.0, size, "Serif"))
            x += 0.5 * size
        return out

    lower = words_mod.split_words(chars("tekst", [10.0] * 5))
    assert [w.text for w in lower] == ["tekst"]
    assert asked == []
    caps = words_mod.split_words(chars("Kraft", [10.0, 8.0, 8.0, 8.0, 8.0]))
    assert [w.text for w in caps] == ["Kraft"]
    assert asked == ["K"]
