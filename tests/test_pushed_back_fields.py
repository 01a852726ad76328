"""A field after a tab stop that does not fit before its stop (a right-aligned deadline longer
than the room the owner left) is pushed back onto the text before it with no gap at all:
"Frivilligsentralen" ⇥ "Høst 2024" drawn as "FrivilligsentralenHøst". Nothing in the geometry
parts the two; the layout program shows the field by a string (a text object) of its own, and
a capitalised word starting a new string flush against a lower-case word is read as a new word
(:func:`plancheck.layout.words.pushed_back`), on both character paths. The texts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.layout.chars import Char
from plancheck.layout.document import read_pages
from plancheck.layout.settings import LayoutSettings
from plancheck.layout.tables import split_at_right_stop
from plancheck.layout.words import Word, split_words


def _chars(text: str, x: float, starts: set[int] = frozenset(), step: float = 5.0) -> list[Char]:
    """One character per letter of ``text`` from ``x``, ``step`` wide, with no gap between
    letters; ``starts``: the indices of those that start a string of their own."""
    return [Char(t, x + k * step, 100, x + (k + 1) * step, 110, 10, "Body", False, False, k in starts)
            for k, t in enumerate(text)]


def _space(x: float) -> Char:
    return Char(" ", x, 100, x + 3, 110, 10, "Body")


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_a_capitalised_word_in_a_string_of_its_own_flush_against_a_word_is_a_word_of_its_own():
    text = "ByarkivetHøst"
    words = split_words(_chars(text, 50, {text.index("H")}))
    assert _texts(words) == ["Byarkivet", "Høst"]
    assert words[1].pushed and words[0].space_after


def test_the_same_letters_in_one_string_stay_one_word():
    assert _texts(split_words(_chars("ByarkivetHøst", 50))) == ["ByarkivetHøst"]


@pytest.mark.parametrize("text, at", [("FoU", 2), ("eHelse", 1), ("McKinsey", 2), ("ByarkivetHØST", 9), ("Byarkivet2024", 9)])
def test_a_capital_that_does_not_start_a_capitalised_word_after_a_lower_case_word_joins(text: str, at: int):
    """A capital after a single letter or a capital ("FoU", "eHelse", "McKinsey"), a word of
    capitals, or a digit: a word's own letters, even in a string of their own."""
    assert _texts(split_words(_chars(text, 50, {at}))) == [text]


def test_a_tab_stop_lines_last_segment_is_split_before_a_word_pushed_back_onto_the_owner():
    """The owner at its stop and a deadline flush right, pushed back onto the owner: one
    segment of even word spaces, parted where the deadline's string starts."""
    chars = _chars("Byarkivet", 360) + _chars("Høst", 405, {0}) + [Char(" ", 425, 100, 428, 110, 10, "Body")]
    chars += _chars("2024", 428, {0})
    seg = split_words(chars)
    assert _texts(seg) == ["Byarkivet", "Høst", "2024"]
    parts = split_at_right_stop(seg, [360.0, 420.0], 448.0)
    assert [_texts(p) for p in parts] == [["Byarkivet"], ["Høst", "2024"]]


@pytest.mark.parametrize("source", ["pdfium", "pdfplumber"])
def test_a_deadline_drawn_flush_against_the_owner_reads_as_two_words(tmp_path: Path, source: str):
    from reportlab.pdfgen import canvas

    path = tmp_path / "pushed.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    owner = "Byarkivet"
    c.drawString(300, 700, owner)
    c.drawString(300 + c.stringWidth(owner, "Helvetica", 10), 700, "Høst 2024")  # a string of its own, no gap
    c.drawString(300, 680, "ByarkivetHøst 2025")  # one string: one word
    c.save()
    pages = read_pages(path, settings=LayoutSettings(char_source=source))
    lines = [[w.text for w in ln.words] for ln in pages[0].lines]
    assert ["Byarkivet", "Høst", "2024"] in lines, lines
    assert ["ByarkivetHøst", "2025"] in lines, lines


def test_a_lower_case_deadline_pushed_back_onto_the_owner_is_parted_where_its_string_starts():
    """'Byarkivet' ⇥ 'innan 2025' drawn 'Byarkivetinnan 2025': the word stage keeps the word
    whole (a word's own letters may come in strings of their own) and notes the seam; a tab-stop
    line's last segment that must hold two cells is parted there."""
    chars = [*_chars("Helse", 300), _space(325)]
    chars += [*_chars("byarkivet", 328), *_chars("innan", 373, {0}), _space(398)]
    chars += _chars("2025", 401, {0})
    seg = split_words(chars)
    assert _texts(seg) == ["Helse", "byarkivetinnan", "2025"]
    assert seg[1].seam == (9, 373)
    parts = split_at_right_stop(seg, [300.0, 380.0], 421.0)
    assert [_texts(p) for p in parts] == [["Helse", "byarkivet"], ["innan", "2025"]]
    assert parts[0][-1].x1 == 373 and parts[1][0].x0 == 373


def test_a_word_with_no_seam_on_a_full_tab_stop_line_is_kept_whole():
    seg = split_words([*_chars("Helse", 300), _space(325), *_chars("byarkivetinnan", 328)])
    assert [_texts(p) for p in split_at_right_stop(seg, [300.0, 380.0], 398.0)] == [["Helse", "byarkivetinnan"]]


def test_string_starts_survive_actual_text_spans_on_the_pdfplumber_path() -> None:
    """A page with /ActualText spans kept no string starts on the pdfplumber path, so a field
    pushed back onto the word before it was split on the pdfium path alone: each character read
    keeps its string, a span read as a longer text takes its first character's."""
    from plancheck.layout.chars import _with_actual_text

    chars = [{"text": t, "x0": float(n), "x1": n + 1.0} for n, t in enumerate("abXYcd")]
    spans = [None, None, 0, 0, None, None]

    def strings_read(texts: list[str], strings: list[int]) -> list[int]:
        return list(_with_actual_text(chars, spans, texts, strings)[1])

    # 'XY' is one span whose text has as many characters; then one whose text is longer
    assert strings_read(["XY"], [1, 1, 2, 2, 3, 3]) == [1, 1, 2, 2, 3, 3]
    assert strings_read(["ffi"], [1, 1, 2, 2, 3, 3]) == [1, 1, 2, 2, 2, 3, 3]
    # an empty text replaces nothing: the glyphs keep their strings
    assert strings_read([""], [1, 1, 2, 2, 3, 3]) == [1, 1, 2, 2, 3, 3]
    # strings that do not line up with the characters tell nothing
    assert strings_read(["XY"], [1, 2]) == []
