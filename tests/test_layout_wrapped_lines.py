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


def test_a_number_opening_a_line_after_a_field_label_inside_brackets_is_wrapped_text():
    """'… (ansvar: Alle; tid:' run to the margin, then '3. kvartal 2027)': inside the open
    bracket the colon ends the field's label, no lead-in to a numbered list."""
    prev = _line("Tiltak 4.1.2: Lage en felles plan for skolestart (ansvar: Alle; frist:", 100)
    ln = _line("3. kvartal 2027)", 112)
    right = prev.x1 + 4
    assert number_wrapped(prev, ln, "kvartal 2027)", right=right, open_paren=True)
    assert not number_wrapped(prev, ln, "kvartal 2027)", right=right)  # outside brackets: a lead-in's colon
    blocks = build_blocks([[prev, ln]], [])
    assert [b.text for b in blocks] == ["Tiltak 4.1.2: Lage en felles plan for skolestart (ansvar: Alle; frist: 3. kvartal 2027)"]


def test_a_word_wider_than_its_line_is_split_at_the_margin():
    prev = _line("Skoleledere/Kommunaldirektør/Familieafd", 100)  # 195 pt wide, alone on its line
    nxt = _line("elingen – 2. kvartal 2026", 112)
    assert word_split_at_margin(prev, nxt, right=prev.x1 + 2)
    assert not word_split_at_margin(prev, nxt, right=prev.x1 + 40)  # room left: broken by the writer
    short = _line("Ansvar: Skoleledere", 100)
    assert not word_split_at_margin(short, nxt, right=short.x1 + 2)  # the two words fit a line apart


def test_a_bullet_hanging_below_its_line_does_not_shorten_the_leading():
    """Bulleted items wrapped at a 12 pt step, the bullet glyph 2 pt lower than the text: the
    leading is 12, and a numbered item wrapped at 12 pt is not spaced apart from its line."""
    from dataclasses import replace

    from plancheck.layout.blocks import leading_by_size, spaced_apart, text_bottom

    lines = []
    for k in range(4):
        top = 100 + 30 * k
        # a larger bullet, met after the words (its top a hair lower): the line takes its bottom
        bullet = replace(line_words("•", 50, top + 0.6, 12)[0], bottom=top + 12)
        lines.append(words_to_lines([bullet, *line_words("Arrangere ei sykkelveke for", 60, top)], 1)[0])
        lines.append(_line("alle skulane i kommunen", top + 12))
    assert text_bottom(lines[0]) == 110 and lines[0].bottom == 112
    leading = leading_by_size([lines])
    assert leading[10] == 12
    assert not spaced_apart(_line("1. Arrangere ei sykkelveke for", 300), _line("alle skulane", 312), leading)


def test_a_lead_in_at_the_margin_under_an_item_that_filled_its_line_is_a_block_of_its_own():
    # a typed list ("2) …") whose wrapped lines return to the margin: the item above ran to the
    # margin, the next word would not have fitted, but a whole line opening with a capital and
    # ending in a colon is the lead-in of the bullets under it
    full = "2) Kommunen ska minska de direkta utsläppen av växthusgaser med femtio procent"
    wide = _line("Alla invånare ska bli sedda, hörda och tagna på allvar i hela kommunen och mera text", 76)
    lines = [wide, _line(full, 100), _line("Strategier för mål 2:", 114), _line("• Ta tillvara ny teknik", 128)]
    lines[0].x1 = lines[1].x1  # the region's right margin: where the item's line ended
    texts = [b.text for b in build_blocks([lines], [])]
    assert any(t.endswith("femtio procent") for t in texts) and "Strategier för mål 2:" in texts
    # a wrapped line that goes on in lower case still goes on with the item
    lines = [wide, _line(full, 100), _line("till år 2030 i alla förvaltningar", 114)]
    lines[0].x1 = lines[1].x1
    texts = [b.text for b in build_blocks([lines], [])]
    assert any(t.endswith("femtio procent till år 2030 i alla förvaltningar") for t in texts)


def test_a_word_split_at_a_measure_two_lines_show_under_a_wider_title_is_joined():
    """A section set in two columns whose second is still empty: the page's widest line is its
    title, set large and wider than the column, so the region's margin lies far right of where
    the column's lines end. Two lines starting where the split word's line starts end at the
    column's measure: the word ran out of room there."""
    title = words_to_lines(line_words("Handlingsplan for helse, omsorg, eldre og levekår i kommunen 2025–2028", 60, 40, 20), 1)[0]
    lines = [_line("I2 (Tiltak) Gjennomføre forebyggende besøk", 100, 88),  # ends at 290
             _line("hos alle som fyller 75 år – Ansvar:", 112, 88),
             _line("Skoleledere/Kommunaldirektør/Familiesen", 124, 88),  # ends at 283
             _line("teret – 2. kvartal 2026", 136, 88)]
    for ln in lines:
        ln.region = 1
    assert lines[0].x1 - lines[2].x1 < 11 and title.x1 > 380
    blocks = build_blocks([[title, *lines]], [], columns=set())
    assert any("Skoleledere/Kommunaldirektør/Familiesenteret – 2. kvartal 2026" in b.text for b in blocks)


def test_a_date_wrapped_after_a_separator_dash_to_the_bullets_text_is_wrapped_text():
    """'• Opprette … –' run to the margin, then '1. juni 2026 – M1' set at the bullet's text (right
    of the bullet the line above opens with): the item's deadline field, no numbered item."""
    prev = _line("• Opprette eit demensteam med fast kontaktperson for kvar heimebuande –", 100, x=60)
    ln = _line("1. juni 2026 – M1", 112, x=78)
    right = prev.x1 + 4
    assert number_wrapped(prev, ln, "juni 2026 – M1", right=right)
    assert not number_wrapped(prev, ln, "juni 2026 – M1", right=right + 120)  # the line above stopped short
    plain = _line("• Opprette eit demensteam med fast kontaktperson for kvar heimebuande", 100, x=60)
    assert not number_wrapped(plain, ln, "juni 2026 – M1", right=plain.x1 + 4)  # no dash: not at its left edge
