"""Exact cuts of session 34 (issue 12): each function gives what its first definition gave.

- ``furniture._contents_entry`` asks what :data:`DOT_LEADER` needs (a digit last, a dot or an
  ellipsis) before its search, which tried three alternatives at every offset of every line;
- ``fields._labelled_fields`` / ``fields._field_labels`` return at once for a text without a
  colon (every label pattern reads the label with its colon);
- ``inline.item_starts`` returns at once for a text without a digit (every label it finds is
  read with its number);
- ``blocks.emphasis_starts`` returns at once for lines without a bold or italic word;
- ``deadlines._normalize`` compiled once and kept per text, ``tables._norm`` compiled once,
  ``lines._gap_segments`` reading its settings once.
"""

from __future__ import annotations

import gc
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.extract import fields, inline
from plancheck.lang import deadlines
from plancheck.layout import furniture, lines, tables
from plancheck.layout.blocks import emphasis_starts
from plancheck.layout.lines import Line, _gap_segments
from plancheck.layout.settings import DEFAULT
from plancheck.layout.words import Word

#: text made of what the patterns look at: dots, ellipses, digits, colons, letters, dashes,
#: apostrophes and several kinds of space (the Unicode ones str.isspace and ``\s`` both know)
_PIECES = st.sampled_from(
    [".", "....", "…", "… …", " .", "1", "12", "2027", "123", ":", ": ", "Ansvar", "Frist", "Lead", "Due",
     "ansvar", "a", "Tiltak", "Action", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "-", "\u2013",
     "\u2212", "’", "`", "´", "\u00ad", "20(27)", "(", ")", ";", "٣", "²", "x"]
)
_TEXT = st.lists(_PIECES, max_size=14).map("".join)


def _old_contents_entry(text: str, settings=DEFAULT) -> bool:
    m = furniture.DOT_LEADER.search(text)
    if m is None:
        return False
    if len(furniture._LEADER_RUN.findall(text)) > 1:
        return False
    number = re.search(r"\d+\s*$", text)
    return number is not None and len(number.group(0).strip()) <= settings.toc_page_max_digits


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_contents_entry_as_first_written(text):
    assert furniture._contents_entry(text) == _old_contents_entry(text)


def test_contents_entry_examples():
    for text in ["Innledning ........ 3", "Innledning . . . . . . 12 ", "Mål …… 4\n", "Tiltak ..... 2027",
                 "Tiltak ..... Vej og Park ..... 7", "Innledning 3", "Innledning ........ ٣"]:
        assert furniture._contents_entry(text) == _old_contents_entry(text), text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_no_colon_no_label(text):
    """What the early exits of the field readers rest on: no label pattern matches a text
    without a colon, at any offset."""
    text = text.replace(":", "")
    assert fields._FIELD.search(text) is None
    assert fields._SENTENCE_LABEL.search(text) is None
    assert fields._NEXT_LABEL.search(text) is None
    assert all(fields._ANY_LABEL.match(text, at) is None for at in range(len(text) + 1))
    assert fields._labelled_fields(text) is None
    assert fields._field_labels(text, tuple(range(len(text)))) == ()


def test_field_readers_still_read_labels():
    assert fields._labelled_fields("Ansvar: Teknisk drift · Frist: 2027") is not None
    assert fields._field_labels("Tilby kurs i hjemmetjenesten. Ansvar: Hjemmetjenesten.", ()) != ()


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_no_digit_no_inline_label(text):
    text = "".join(ch for ch in text if not ch.isdecimal())
    assert inline._label_start().search(text) is None
    assert inline.item_starts(text) == []


def _old_normalize(text: str) -> str:
    text = text.lower().replace("\u00ad", "")
    text = deadlines._FILL_IN_YEAR.sub(r"\1\2", text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[’`´]", "'", text)
    return re.sub(r"\s+", " ", text).strip()


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalize_as_first_written(text):
    assert deadlines._normalize(text) == _old_normalize(text)
    assert tables._norm(text) == re.sub(r"\W+", "", text.lower())


def _old_gap_segments(words, settings=DEFAULT):
    segs = [[words[0]]]
    for prev, w in itertools.pairwise(words):
        if w.x0 - prev.x1 > max(settings.segment_gap, settings.segment_gap_ratio * w.size):
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


_NUM = st.one_of(st.floats(-50, 800, allow_nan=False), st.just(float("nan")), st.just(float("inf")))


@st.composite
def _words(draw, min_size=1):
    n = draw(st.integers(min_size, 8))
    out = []
    for _ in range(n):
        x0, x1, size = draw(_NUM), draw(_NUM), draw(st.one_of(st.floats(0, 40), st.just(float("nan"))))
        out.append(Word(draw(st.sampled_from(["a", "Ansvar", "•", "2027"])), x0, 100.0, x1, 110.0, size,
                        "Arial-BoldItalic" if draw(st.booleans()) else "Arial", draw(st.booleans())))
    return out


@settings(max_examples=300, deadline=None)
@given(_words())
def test_gap_segments_as_first_written(words):
    assert _gap_segments(words, DEFAULT) == _old_gap_segments(words)
    assert lines.segments(Line(1, words, 0, 1, 100, 110, 10, False), DEFAULT) is not None


def _old_emphasis_starts(lns, text):
    out = []
    cursor = 0
    prev_plain = None
    for ln in lns:
        for w in ln.words:
            at = text.find(w.text, cursor)
            if at < 0:
                continue
            emphasised = w.bold or w.italic
            if emphasised and prev_plain and any(ch.isalnum() for ch in w.text):
                out.append(at)
            prev_plain = not emphasised
            cursor = at + len(w.text)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(_words(), min_size=1, max_size=3))
def test_emphasis_starts_as_first_written(groups):
    lns = [Line(1, ws, 0, 1, 100, 110, 10, False) for ws in groups]
    text = " ".join(w.text for ws in groups for w in ws)
    assert emphasis_starts(lns, text) == _old_emphasis_starts(lns, text)


def test_middle_generation_collected_seldom():
    from plancheck import cli

    before = gc.get_threshold()
    try:
        cli._tune_gc()
        assert gc.get_threshold()[:2] == (cli.GC_THRESHOLD, cli.GC_GEN1_THRESHOLD)
        assert gc.get_threshold()[2] == before[2]
    finally:
        gc.set_threshold(*before)
