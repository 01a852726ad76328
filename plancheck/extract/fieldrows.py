"""Tables of field rows: an item written as a table whose first column names each field and
whose second holds its value, one row per field (a Word table, or a ruled PDF table, with
'Vad | …' / 'Vem | …' / 'När | …' rows, the bordered kin of the definition lists that
:mod:`plancheck.layout.fieldlists` finds by alignment), perhaps several items one after the
other in one table.

Read as it stands, the first field row is taken for the table's header and the rows under it
for items. Turned into the shape the layout gives labelled records and field lists - header =
the labels in the order they first come, one row per record (a record starts at every repeat
of the first label) - the table reads like any measure table. A table is one of field rows when
every filled row's first cell is a column word of the lexicon (``columns``), at least two
roles among them and the measure's, and no record names a field twice.
"""

from __future__ import annotations

from plancheck.ingest.text import join_lines
from plancheck.lang.vocab import column_role
from plancheck.layout.records import split_records
from plancheck.models import Block, BlockKind, Cell, Document, Table


def field_records(table: Table) -> Table | None:
    """``table`` as records when its rows are fields (see the module); None otherwise."""
    head = [Cell(row=-1, col=i, text=t) for i, t in enumerate(table.header)]
    fields: list[tuple[str, list[Cell]]] = []  # (label, the row's other cells that hold text)
    for row in [head, *table.rows]:
        if len(row) < 2 or not any(c.text.strip() for c in row):
            continue
        label = row[0].text.strip()
        if not label or len(label.split()) > 3:
            return None
        values = [c for c in row[1:] if c.text.strip() and c.text.strip() != label]
        fields.append((label, values))
    names = [lab.lower() for lab, _v in fields]
    roles = [column_role(n) for n in names]
    if not fields or None in roles or "measure" not in roles or len(set(roles)) < 2:
        return None
    if len(set(roles)) != len(set(names)):
        return None  # two labels of one role ("Ansvar", "Ansvarlig"): no field set
    records = split_records(names)
    if any(len(set(names[a:b])) != b - a for a, b in records):
        return None
    header: list[str] = []
    for lab, _v in fields:
        if lab.lower() not in (h.lower() for h in header):
            header.append(lab)
    col = {h.lower(): k for k, h in enumerate(header)}
    rows: list[list[Cell]] = []
    for ri, (a, b) in enumerate(records):
        out = [Cell(row=ri, col=k, text="") for k in range(len(header))]
        for lab, values in fields[a:b]:
            k = col[lab.lower()]
            texts = list(dict.fromkeys(c.text.strip() for c in values))
            first = values[0] if values else None
            out[k] = Cell(row=ri, col=k, text=join_lines(texts) if texts else "",
                          page=first.page if first else None, bbox=first.bbox if first else None,
                          bold=first.bold if first else False)
        rows.append(out)
    return Table(header=header, rows=rows, pages=list(table.pages), ruled=table.ruled)


def field_row_tables(doc: Document) -> Document:
    """``doc`` with every table of field rows turned into records (see the module); the same
    document when it has none."""
    changed = False
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.table is not None and (recs := field_records(b.table)) is not None:
            b = b.model_copy(update={"table": recs, "text": " | ".join(recs.header)})
            changed = True
        blocks.append(b)
    return doc.model_copy(update={"blocks": blocks}) if changed else doc
