"""A remark in italics under a labelled field line ('Deadline: 1. august 2027' over '*Forsinket –
forventes i drift i december 2027*' on a card) starts a paragraph of its own: it is not more of
the field's value, whose time it would otherwise run into."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.blocks import build_blocks
from plancheck.layout.lines import words_to_lines
from plancheck.layout.words import Word


def _line(text: str, top: float, *, font: str = "LiberationSans", x: float = 50, size: float = 9):
    ws = line_words(text, x, top, size)
    return words_to_lines([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, font=font) for w in ws], 1)[0]


TITLE = "Udvide flextrafikken med kørsel om aftenen og i weekenden i alle landsbyer"


def test_an_italic_remark_under_a_field_line_is_no_part_of_its_value():
    lines = [_line(TITLE, 40), _line("Ansvarlig: Trafik og Mobilitet", 52), _line("Deadline: 1. august 2027", 64),
             _line("Forsinket – forventes i drift i december 2027", 76, font="LiberationSans-Italic")]
    texts = [b.text for b in build_blocks([lines], [])]
    assert "Deadline: 1. august 2027" in texts
    assert "Forsinket – forventes i drift i december 2027" in texts


def test_a_value_wrapped_in_the_same_type_goes_on():
    lines = [_line(TITLE, 40), _line("Ansvarlig: Trafik og Mobilitet og", 52), _line("Landsbyrådet", 64)]
    texts = [b.text for b in build_blocks([lines], [])]
    assert "Ansvarlig: Trafik og Mobilitet og Landsbyrådet" in texts
