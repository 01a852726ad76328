"""A list item numbered by a code of capitals and numbers set off by a tab ("B2.1 ⇥ Text")
is a list item with that code as its number (layout/blocks.py: ``CODE_ALONE`` in ``classify``),
as a bare number set off by a tab is; with an ordinary word space, or before a lower-case
word, the code is just the first word of a sentence."""

from __future__ import annotations

import re

from test_layout_support import line_words

from plancheck.layout import blocks
from plancheck.layout.blocks import classify
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word


def _tabbed(code: str, rest: str, gap: float, top: float = 100, size: float = 10):
    """``code`` at x 50, then ``rest`` ``gap`` points after it, as a tab stop would set it."""
    head = Word(code, 50, top, 50 + 5 * len(code), top + size, size)
    words = [head, *line_words(rest, head.x1 + gap, top, size)]
    return words_to_lines(words, 1)[0]


def test_a_code_set_off_by_a_tab_numbers_a_list_item():
    ln = _tabbed("T3.2", "Opprette et felles kontaktpunkt for nye innbyggere", gap=30)
    kind, number, _bullet, text = classify(ln, 10)
    assert (kind, number) == ("list", "T3.2")
    assert text == "Opprette et felles kontaktpunkt for nye innbyggere"


def test_a_code_with_an_ordinary_space_or_before_lower_case_is_text():
    spaced = _tabbed("T3.2", "Opprette et felles kontaktpunkt for nye innbyggere", gap=3)
    assert classify(spaced, 10)[0] == "text"
    lower = _tabbed("T3.2", "er fullført og evaluert i fjor", gap=30)
    assert classify(lower, 10)[0] == "text"


def test_without_the_code_pattern_the_tabbed_code_is_text(monkeypatch):
    """The rule is what makes the difference: with ``CODE_ALONE`` matching nothing, the same
    line is text."""
    ln = _tabbed("T3.2", "Opprette et felles kontaktpunkt for nye innbyggere", gap=30)
    monkeypatch.setattr(blocks, "CODE_ALONE", re.compile(r"(?!)"))
    assert classify(ln, 10)[0] == "text"
