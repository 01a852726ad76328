"""Pages built by hand for the layout tests (no tests in here).

Imported by the layout and walk tests as ``from test_layout_support import line_words``.
"""

from __future__ import annotations

from plancheck.layout.words import Word


def line_words(text: str, x: float, top: float, size: float = 10) -> list[Word]:
    """The words of one line set at ``x``: 5 pt per letter, 3 pt between words."""
    out, cx = [], x
    for t in text.split():
        out.append(Word(t, cx, top, cx + 5 * len(t), top + size, size))
        cx += 5 * len(t) + 3
    return out
