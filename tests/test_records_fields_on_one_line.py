"""A record's label line may hold two fields set apart by a separator ('Ansvarig: VA-enheten ·
Klart: 2026'), or the second may wrap onto a line of its own ('Ansvarig: Kommunikationsenheten ·'
/ 'Klart: hösten 2026'): either way each field is a cell of its own column; the second label is
no part of the first field's value."""

from __future__ import annotations

from plancheck.layout.records import records_to_tables
from plancheck.models import Block, Provenance


def _blocks(spec: list[tuple[str, bool]]) -> list[Block]:
    return [Block(id=f"b{i}", kind="heading" if title else "paragraph", text=text, level=4 if title else None,
                  bold=title, font_size=10.0, provenance=Provenance(page=1, source_text=text))
            for i, (text, title) in enumerate(spec, start=1)]


def test_two_fields_on_one_line_are_two_cells():
    out = records_to_tables(_blocks([
        ("Kartlägga instängda områden med skyfallsmodell", True),
        ("Ansvarig: VA-enheten · Klart: 2026", False),
        ("Ställa krav på fördröjning av dagvatten", True),
        ("Ansvarig: Planenheten · Klart: löpande", False),
        ("Skicka information om backventiler", True),
        ("Ansvarig: Kommunikationsenheten ·", False),
        ("Klart: hösten 2026", False),
    ]))
    table = out[0].table
    assert table.header == ["", "Ansvarig", "Klart"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Kartlägga instängda områden med skyfallsmodell", "VA-enheten", "2026"],
        ["Ställa krav på fördröjning av dagvatten", "Planenheten", "löpande"],
        ["Skicka information om backventiler", "Kommunikationsenheten", "hösten 2026"],
    ]


def test_a_colon_inside_a_value_without_a_separator_stays():
    out = records_to_tables(_blocks([
        ("Kartlägga instängda områden", True),
        ("Ansvarig: VA-enheten, se Bilaga: karta", False),
        ("Klart: 2026", False),
        ("Ställa krav på fördröjning", True),
        ("Ansvarig: Planenheten", False),
        ("Klart: 2027", False),
    ]))
    assert [c.text for c in out[0].table.rows[0]] == ["Kartlägga instängda områden",
                                                      "VA-enheten, se Bilaga: karta", "2026"]
