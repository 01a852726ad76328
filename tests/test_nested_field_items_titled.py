"""Field sub-items under a numbered item that stands under a record title: a bold title line
("Mål 1 …"), one numbered list item under it and bulleted SUB-ITEMS "Ansvarig: …" / "Tidplan: …"
one level deeper. The fields are the numbered item's, not the title's: the title's record would
take the item as its description and the sub-items as its own fields. Hand-built blocks with
boxes (the titled path of :func:`plancheck.layout.records._titled_runs`)."""

from __future__ import annotations

from plancheck.layout.records import records_to_tables
from plancheck.models import BBox, Block, BlockKind, Provenance


def _b(text: str, kind: BlockKind, x0: float, top: float, *, level: int | None = None, bold: bool = False,
       number: str | None = None, bullet: str | None = None) -> Block:
    bbox = BBox(x0=x0, top=top, x1=x0 + 300, bottom=top + 11)
    return Block(id="", kind=kind, text=text, level=level, bold=bold, font_size=10.5, number=number, bullet=bullet,
                 provenance=Provenance(page=1, bbox=bbox, source_text=text))


def _titled(top: float) -> list[Block]:
    out: list[Block] = []
    y = top
    for n, (title, item, fields) in enumerate([
        ("Fler flickor ska vara aktiva", "Erbjuda prova-på-dagar för flickor",
         ["Ansvarig: Fritidsenheten", "Tidplan: Varje termin"]),
        ("Fler äldre ska röra sig varje dag", "Starta promenadgrupper i varje stadsdel",
         ["Ansvarig: Folkhälsostrategen", "Tidplan: Hösten 2026"]),
        ("Fler unga ska hitta en förening", "Hålla hallarna öppna på fredagskvällar",
         ["Ansvarig: Föreningsenheten", "Tidplan: Från januari 2027"]),
    ], start=1):
        out.append(_b(title, BlockKind.paragraph, 50, y, bold=True))
        y += 16
        out.append(_b(item, BlockKind.list_item, 70, y, level=0, number=f"{n}."))
        y += 13
        for f in fields:
            out.append(_b(f, BlockKind.list_item, 95, y, level=1, bullet="•"))
            y += 13
        y += 10
    return out


def test_sub_item_fields_under_a_titled_numbered_item_are_the_items_not_the_titles():
    out = records_to_tables(_titled(100))
    tables = [b.table for b in out if b.table is not None]
    firsts = [r[0].text for t in tables for r in t.rows]
    # no record is titled by the bold line with the numbered item as its description
    assert not any(f.startswith("Fler ") for f in firsts), firsts
    # each numbered item is the record of its own fields; the titles stay text
    rows = [[c.text for c in r] for t in tables for r in t.rows]
    assert rows == [
        ["Erbjuda prova-på-dagar för flickor", "Fritidsenheten", "Varje termin"],
        ["Starta promenadgrupper i varje stadsdel", "Folkhälsostrategen", "Hösten 2026"],
        ["Hålla hallarna öppna på fredagskvällar", "Föreningsenheten", "Från januari 2027"],
    ]
    assert [b.text for b in out if b.table is None] == [
        "Fler flickor ska vara aktiva", "Fler äldre ska röra sig varje dag", "Fler unga ska hitta en förening"]
