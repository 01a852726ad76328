"""A numbered list item whose owner and deadline stand as bulleted SUB-ITEMS under it ("1. <measure>"
over "• Ansvarig: …" / "• Tidplan: …", an HTML <ol> with a nested <ul>): the sub-items are that
item's fields, one record per item, even though they start right of the item's text and a bold goal
line with a lead-in stands above the list. Hand-built blocks with boxes."""

from __future__ import annotations

from plancheck.layout.records import records_to_tables
from plancheck.models import BBox, Block, BlockKind, Provenance


def _b(text: str, kind: BlockKind, x0: float, top: float, *, level: int | None = None, bold: bool = False,
       number: str | None = None, bullet: str | None = None) -> Block:
    bbox = BBox(x0=x0, top=top, x1=x0 + 300, bottom=top + 11)
    return Block(id="", kind=kind, text=text, level=level, bold=bold, font_size=10.5, number=number, bullet=bullet,
                 provenance=Provenance(page=1, bbox=bbox, source_text=text))


def _list(top: float) -> list[Block]:
    out = [
        _b("Fler flickor ska vara aktiva i en förening", BlockKind.paragraph, 50, top, bold=True),
        _b("Åtgärder:", BlockKind.paragraph, 50, top + 18),
    ]
    y = top + 36
    for n, (text, fields) in enumerate([
        ("Erbjuda prova-på-dagar för flickor", ["Ansvarig: Fritidsenheten", "Tidplan: Varje termin"]),
        ("Kartlägga varför flickor slutar idrotta", ["Ansvarig: Folkhälsostrategen", "Tidplan: Hösten 2026"]),
        ("Hålla hallarna öppna på fredagskvällar", ["Tidplan: Från januari 2027"]),
    ], start=1):
        out.append(_b(text, BlockKind.list_item, 70, y, level=0, number=f"{n}."))
        y += 13
        for f in fields:
            out.append(_b(f, BlockKind.list_item, 95, y, level=1, bullet="•"))
            y += 13
    return out


def test_sub_item_fields_make_one_record_per_numbered_item():
    blocks = _list(100)
    out = records_to_tables(blocks)
    tables = [b.table for b in out if b.table is not None]
    assert len(tables) == 1
    rows = [[c.text for c in r] for r in tables[0].rows]
    assert tables[0].header[1:] == ["Ansvarig", "Tidplan"]
    assert rows == [
        ["Erbjuda prova-på-dagar för flickor", "Fritidsenheten", "Varje termin"],
        ["Kartlägga varför flickor slutar idrotta", "Folkhälsostrategen", "Hösten 2026"],
        ["Hålla hallarna öppna på fredagskvällar", "", "Från januari 2027"],
    ]
    # the bold goal line and the lead-in stay outside the table
    assert [b.text for b in out[:2]] == ["Fler flickor ska vara aktiva i en förening", "Åtgärder:"]


def test_label_lines_indented_right_of_a_paragraph_that_is_no_list_item_are_no_fields_of_it():
    blocks = [_b("Kartlägga varför flickor slutar idrotta", BlockKind.paragraph, 50, 100),
              _b("Ansvarig: Folkhälsostrategen", BlockKind.paragraph, 95, 113),
              _b("Tidplan: Hösten 2026", BlockKind.paragraph, 95, 126)]
    out = records_to_tables(blocks)
    assert not any(b.table is not None and b.table.rows and b.table.rows[0][0].text.startswith("Kartlägga")
                   for b in out)
