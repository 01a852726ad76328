"""'»' and '›' set as a list's symbol, a word of their own before the item ("» Alle born skal …"),
mark list items; glued to the word they open ('»Tekst«', the Danish and Swedish quotation mark)
they open a quotation, not an item."""

from __future__ import annotations

import pytest

from plancheck.layout.blocks import classify
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word


def _line(texts: list[str]):
    words, x = [], 40.0
    for t in texts:
        words.append(Word(t, x, 100.0, x + 5 * len(t), 110.0, 10.0, "Sans", False))
        x += 5 * len(t) + 3
    return words_to_lines(words, 1)[0]


@pytest.mark.parametrize("glyph", ["»", "›"])
def test_a_guillemet_standing_alone_is_a_bullet(glyph: str) -> None:
    kind, _number, bullet, text = classify(_line([glyph, "Alle", "born", "skal", "få", "ein", "god", "start."]), 10.0)
    assert (kind, bullet, text) == ("list", glyph, "Alle born skal få ein god start.")


def test_a_guillemet_opening_a_quotation_is_text() -> None:
    kind, _number, _bullet, _text = classify(_line(["»Vi", "vil", "have", "flere", "cykelstier«,", "siger", "borgerne."]), 10.0)
    assert kind == "text"
