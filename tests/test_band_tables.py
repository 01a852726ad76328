"""Tables ruled between their rows only, with no header row (layout/bandtables.py): found by their
row rules and the column alignment of their words, on hand-built pages."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.bandtables import find_banded_tables, horizontal_rules
from plancheck.layout.lines import Line, words_to_lines

COLS = (50, 300, 420)  # measure | owner | deadline


def _row(cells: tuple[str, ...], top: float, cols=COLS) -> Line:
    ws = [w for text, x in zip(cells, cols, strict=False) if text for w in line_words(text, x, top)]
    return words_to_lines(ws, 1)[0]


def _heading(text: str, top: float) -> Line:
    return words_to_lines(line_words(text, 50, top), 1)[0]


def _page(rows_per_table, *, rule_above: bool, cols=COLS):
    """Tables under a heading each; each row 10 pt of text and 4 pt of padding, a rule under it
    (and one above the first row when ``rule_above``), cell rules drawn cell by cell."""
    lines, shapes, top = [], [], 40.0
    for t, rows in enumerate(rows_per_table):
        lines.append(_heading(f"Mål {t + 1}: Fleire innbyggjarar skal vere med i lag og foreiningar", top))
        top += 22
        if rule_above:
            shapes += [(x, top - 4.3, x2, top - 3.7) for x, x2 in ((48, 298), (298, 418), (418, 520))]
        for cells in rows:
            lines.append(_row(cells, top, cols))
            shapes += [(x, top + 13.7, x2, top + 14.3) for x, x2 in ((48, 298), (298, 418), (418, 520))]
            top += 18
        top += 12
    return lines, horizontal_rules(shapes)


ROWS = [[("Opne skulegardane etter skuletid", "Oppvekst", "Haust 2027"),
         ("Gje symjeopplæring til alle", "Idrett", "2028")],
        [("Starte møtestader på biblioteket", "", "Vår 2027"),
         ("Lage ei oversikt over lag", "Alle einingar", "2027"),
         ("Tilby samtalegrupper for eldre", "Helsesjef", "2031")]]


def test_cell_borders_join_into_one_rule_per_row():
    _lines, rules = _page(ROWS[:1], rule_above=False)
    assert len(rules) == 2 and all(r[0] == 48 and r[2] == 520 for r in rules)


def test_rules_under_each_row_and_no_header_make_one_table_per_goal():
    lines, rules = _page(ROWS, rule_above=False)
    found = find_banded_tables(lines, rules, 1)
    assert len(found) == 2
    first, second = (p for p, _u in found)
    assert [[c.text for c in r] for r in first.rows] == [list(r) for r in ROWS[0]]
    assert [[c.text for c in r] for r in second.rows] == [list(r) for r in ROWS[1]]
    assert not first.has_header
    assert all(ln.kind == "" for ln in lines if ln.text.startswith("Mål"))  # the headings stay text


def test_rules_above_and_below_each_row_too():
    lines, rules = _page(ROWS, rule_above=True)
    found = find_banded_tables(lines, rules, 1)
    assert [len(p.rows) for p, _u in found] == [2, 3]


def test_each_table_has_columns_of_its_own():
    lines, rules = _page(ROWS[:1], rule_above=False)
    more, rules2 = _page(ROWS[1:], rule_above=False, cols=(50, 330, 450))
    for ln in more:
        for w in ln.words:
            w.top += 150
            w.bottom += 150
        ln.top += 150
        ln.bottom += 150
    rules2 = [(a, y + 150, b) for a, y, b in rules2]
    found = find_banded_tables(lines + more, rules + rules2, 1)
    assert [p.col_x[1] for p, _u in found] == [300, 330]


def test_paragraphs_between_rules_are_no_table():
    lines = [_heading("Kommunen vil arbeide for at alle skal ha ein trygg og god kvardag i heile", 40 + 18 * k)
             for k in range(4)]
    rules = horizontal_rules([(48, 40 + 18 * k + 13.7, 520, 40 + 18 * k + 14.3) for k in range(4)])
    assert find_banded_tables(lines, rules, 1) == []


def test_one_column_list_between_rules_is_no_table():
    lines = [_row((f"Punkt nummer {k} i lista",), 40 + 18 * k) for k in range(4)]
    rules = horizontal_rules([(48, 40 + 18 * k + 13.7, 520, 40 + 18 * k + 14.3) for k in range(4)])
    assert find_banded_tables(lines, rules, 1) == []
