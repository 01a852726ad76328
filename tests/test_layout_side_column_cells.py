"""Stage test on hand-built lines: an unruled table whose group rows (a goal's band) reach only
into its first column, so that the page's column cut reads its last column apart, one region
per run of rows between the bands."""

from __future__ import annotations

from test_layout_support import line_words

from plancheck.layout.lines import Line, words_to_lines
from plancheck.layout.tables import find_unruled_tables


def _lines(items: list[tuple[str, float, float]], region: int) -> list[Line]:
    """The lines of one region, the words of items at the same height on one line."""
    lines = words_to_lines([w for text, x, top in items for w in line_words(text, x, top)], 1)
    for ln in lines:
        ln.region = region
    return lines


def test_cells_of_a_last_column_read_region_by_region_stay_in_the_table():
    head = _lines([("Aktivitet", 50, 96), ("Ansvar (frist)", 300, 96), ("Delmål 1.1: Alle skal bu trygt", 50, 114)], 0)
    left = _lines([("Revidere rutinar", 50, 132), ("Opprette tilbod", 50, 150),
                   ("Delmål 1.2: Alle skal bli sett", 50, 168), ("Innføre fysisk aktivitet", 50, 186),
                   ("Mål 2: Alle skal trivast", 50, 204), ("Oppdatere oversikt", 50, 222),
                   ("Byggje ladepunkt", 50, 240)], 1)
    # the owner cells: one region per run of rows between the bands
    right = [*_lines([("Teknisk drift (2025)", 300, 132), ("NAV (2026)", 300, 150)], 2),
             *_lines([("Helsekoordinator (Haust 2024)", 300, 186)], 3),
             *_lines([("Skulehelsetenesta (2027)", 300, 222), ("Eigedom (Løpande)", 300, 240)], 4)]
    found = find_unruled_tables([*head, *left, *right], {"Aktivitet": "measure", "Ansvar (frist)": "owner"}.get, 1)
    [(piece, _used)] = found
    assert [[c.text for c in r] for r in piece.rows[1:]] == [
        ["Delmål 1.1: Alle skal bu trygt", ""],
        ["Revidere rutinar", "Teknisk drift (2025)"],
        ["Opprette tilbod", "NAV (2026)"],
        ["Delmål 1.2: Alle skal bli sett", ""],
        ["Innføre fysisk aktivitet", "Helsekoordinator (Haust 2024)"],
        ["Mål 2: Alle skal trivast", ""],
        ["Oppdatere oversikt", "Skulehelsetenesta (2027)"],
        ["Byggje ladepunkt", "Eigedom (Løpande)"],
    ]
