"""Lines a producer broke where the line ran out, not where the writer ended something: a date
whose day or quarter number ended up opening the next line ("… – Ansvar: Visitationen –" /
"1. halvår 2026"), and a word wider than its column split at the margin
("…/Familieafd" / "elingen"). Hand-built lines (5 pt a letter, 3 pt between words)."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.blocks import build_blocks, number_wrapped, word_split_at_margin
from plancheck.layout.lines import words_to_lines


def _line(text: str, top: float, x: float = 60):
    return words_to_lines(line_words(text, x, top), 1)[0]


def test_a_number_opening_a_line_under_a_line_run_to_the_margin_mid_sentence_is_wrapped_text():
    prev = _line("I4 (Indsats) Indføre procedurer for opfølgning – Ansvarlig: Visitationen –", 100)
    ln = _line("1. halvår 2026", 112)
    right = prev.x1 + 4  # '1.' would not have fitted after it
    assert number_wrapped(prev, ln, "halvår 2026", right=right)
    assert not number_wrapped(prev, ln, "Halvår 2026", right=right)  # a capital: an item of its own
    assert not number_wrapped(prev, ln, "halvår 2026", right=right + 120)  # the line above stopped short
    ended = _line("Tiltaka er desse:", 100)
    assert not number_wrapped(ended, ln, "halvår 2026", right=ended.x1 + 4)  # it ended its sentence
    blocks = build_blocks([[prev, ln]], [])
    assert [b.text for b in blocks][-1].endswith("Visitationen – 1. halvår 2026")


def test_a_word_wider_than_its_line_is_split_at_the_margin():
    prev = _line("Skoleledere/Kommunaldirektør/Familieafd", 100)  # 195 pt wide, alone on its line
    nxt = _line("elingen – 2. kvartal 2026", 112)
    assert word_split_at_margin(prev, nxt, right=prev.x1 + 2)
    assert not word_split_at_margin(prev, nxt, right=prev.x1 + 40)  # room left: broken by the writer
    short = _line("Ansvar: Skoleledere", 100)
    assert not word_split_at_margin(short, nxt, right=short.x1 + 2)  # the two words fit a line apart
