"""Pages built by hand for the layout tests (no tests in here).

Imported by the layout and walk tests as ``from test_layout_support import line_words``.
"""

from __future__ import annotations

from plancheck.layout.chars import Char
from plancheck.layout.words import Word


def line_words(text: str, x: float, top: float, size: float = 10) -> list[Word]:
    """The words of one line set at ``x``: 5 pt per letter, 3 pt between words."""
    out, cx = [], x
    for t in text.split():
        out.append(Word(t, cx, top, cx + 5 * len(t), top + size, size))
        cx += 5 * len(t) + 3
    return out


def word_chars(words: list[Word]) -> list[Char]:
    """The characters of hand-built words, each word's width shared evenly by its letters and a
    space after it: what pypdfium2 would hand the layout for the same line."""
    out = []
    for w in words:
        step = (w.x1 - w.x0) / len(w.text)
        for k, c in enumerate(w.text):
            out.append(Char(c, w.x0 + k * step, w.top, w.x0 + (k + 1) * step, w.bottom, w.size, "Body"))
        out.append(Char(" ", w.x1, w.top, w.x1 + 3, w.bottom, w.size, "Body"))
    return out
