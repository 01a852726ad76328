"""Field lines the layout read as an unruled table: read again as the lines they are.

A plan that prints each measure as a line of text with, under it, a line of labelled fields set
apart by white space ("Responsible: Waste Services      Target date: March 2027", "Ansvar: Park og vej
Tidsplan: 2027") repeats that line under every measure at the same indent and the same tab stops.
Alignment repeated down the page is what an unruled table looks like, so the layout may read the
run as one: the field lines its rows with a value in each column, the measures rows with text in
one cell alone. A table it is not: each field line belongs to the line above it.

An unruled table is such a run when every row (the header too) is either

- a FIELD row: every filled cell a line of labelled owner or deadline fields
  (:func:`plancheck.extract.fields.field_line`: the labels are the lexicon's owner and deadline
  column words and ``field_labels``), or
- a TEXT row: one filled cell, no field line,

with at least ``min_field_rows`` field rows and one text row. Each row becomes a paragraph in the
table's place (a field row's cells joined in their order), so the readers of a measure and its
field line (:mod:`plancheck.extract.plan`) read it as they read the same lines printed without the
tab stops. Why by structure and not by words: the labels are the language's own field words; which
ones the plan uses, and how many, the rule does not care.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Cell, Document


@dataclass(frozen=True)
class FieldLineSettings:
    #: field rows a run needs (one aligned field line under one measure is a one-row field card,
    #: read by the measure-table reader as it stands)
    min_field_rows: int = 2


FIELD_LINES = FieldLineSettings()


def _row_kind(cells: list[str]) -> str | None:
    """'field', 'text' or None (a row of neither kind) for one row's cell texts."""
    from plancheck.extract.fields import field_line

    filled = [c for c in cells if c.strip()]
    if not filled:
        return None
    if all(field_line(c) for c in filled):
        return "field"
    return "text" if len(filled) == 1 else None


def field_line_rows(header: list[str], rows: list[list[Cell]],
                    settings: FieldLineSettings = FIELD_LINES) -> list[str] | None:
    """The lines of an unruled table that is a run of measure lines and field lines (the module's
    rule), header first, each field row's cells joined; None when the table is not such a run."""
    texts = ([header] if any(h.strip() for h in header) else []) + [[c.text for c in r] for r in rows]
    kinds = [_row_kind(t) for t in texts]
    if None in kinds or kinds.count("field") < settings.min_field_rows or "text" not in kinds:
        return None
    return ["   ".join(c.strip() for c in t if c.strip()) for t in texts]


def field_line_tables(doc: Document, settings: FieldLineSettings = FIELD_LINES) -> Document:
    """``doc`` with every unruled table that is a run of measure lines and their field lines
    (:func:`field_line_rows`) replaced by one paragraph per line; unchanged when there is none."""
    out: list[Block] = []
    pieces_of: dict[str, list[str]] = {}
    for block in doc.blocks:
        table = block.table
        lines = (field_line_rows(table.header, table.rows, settings)
                 if block.kind == BlockKind.table and table is not None and not table.ruled else None)
        if not lines:
            out.append(block)
            continue
        ids = []
        for k, line in enumerate(lines):
            nb = block.model_copy(update={
                "id": f"{block.id}.l{k}", "kind": BlockKind.paragraph, "text": line, "table": None,
                "level": None, "number": None, "bullet": None, "label": None, "run_in": None, "emphasis": [],
                "provenance": block.provenance.model_copy(update={"source_text": line}),
            })
            out.append(nb)
            ids.append(nb.id)
        pieces_of[block.id] = ids
    if not pieces_of:
        return doc
    sections = [
        s.model_copy(update={"block_ids": [x for bid in s.block_ids for x in pieces_of.get(bid, [bid])]})
        for s in doc.sections
    ]
    return doc.model_copy(update={"blocks": out, "sections": sections})
