"""Labelled records: runs of "Label: value" blocks that repeat one set of short labels
("Tiltak: …" / "Ansvarlig: …" / "Frist: …", again and again) become one table, header = the
labels, one row per record, so extraction meets the same shape as a real table.

Found by form only: a short capitalised label and a colon at the start of a block, and the
same label opening every record. No label word is known in advance.
"""

from __future__ import annotations

import re

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.models import BBox, Block, BlockKind, Cell, Provenance, Table

LABEL_LINE = re.compile(r"^(?P<label>[A-ZÆØÅÄÖÜ][\w/ .-]{0,40}?)\s*:\s*(?P<value>\S.*)$", re.DOTALL)


def record_label(block: Block, settings: LayoutSettings = DEFAULT) -> tuple[str, str] | None:
    """(label, value) when the block is one "Label: value" line of a record."""
    if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
        return None
    m = LABEL_LINE.match(block.text.strip())
    if m is None:
        return None
    label = m.group("label").strip()
    if len(label) > settings.record_label_max_chars or len(label.split()) > 3:
        return None
    if any(ch.isdigit() for ch in label):
        return None  # "Action 1:", "Mål 2:": numbered outline items, not the fields of a record
    return label, m.group("value").strip()


def split_records(labels: list[str]) -> list[tuple[int, int]]:
    """Index ranges of records in a run of labels: a record starts at every repeat of the
    run's first label."""
    starts = [i for i, lab in enumerate(labels) if lab.lower() == labels[0].lower()]
    ends = [*starts[1:], len(labels)]
    return list(zip(starts, ends, strict=True))


def records_to_tables(blocks: list[Block], settings: LayoutSettings = DEFAULT) -> list[Block]:
    """Blocks with every run of labelled records replaced by one table block."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        run: list[tuple[Block, str, str]] = []
        while j < len(blocks):
            found = record_label(blocks[j], settings)
            if found is None:
                break
            run.append((blocks[j], *found))
            j += 1
        table = _table(run, settings) if run else None
        if table is None:
            out.append(blocks[i])
            i += 1
            continue
        out.append(table)
        i = j
    return out


def _table(run: list[tuple[Block, str, str]], settings: LayoutSettings) -> Block | None:
    labels = [lab for _b, lab, _v in run]
    records = split_records(labels)
    header: list[str] = []
    for lab in labels:
        if lab.lower() not in (h.lower() for h in header):
            header.append(lab)
    if len(records) < settings.record_min_records or len(header) < settings.record_min_labels:
        return None
    # the label set repeats: every record has at least two labels, none twice
    for a, b in records:
        own = [lab.lower() for lab in labels[a:b]]
        if len(own) < settings.record_min_labels or len(set(own)) != len(own):
            return None
    col = {h.lower(): k for k, h in enumerate(header)}
    rows: list[list[Cell]] = []
    for r, (a, b) in enumerate(records):
        row = [Cell(row=r, col=k, text="") for k in range(len(header))]
        for block, lab, value in run[a:b]:
            k = col[lab.lower()]
            row[k] = Cell(row=r, col=k, text=value, page=block.provenance.page, bbox=block.provenance.bbox)
        rows.append(row)
    first = run[0][0].provenance
    bbox: BBox | None = first.bbox
    for block, _lab, _v in run[1:]:
        p = block.provenance
        if bbox is not None and p.bbox is not None and p.page == first.page:
            bbox = bbox.union(p.bbox)
    pages = sorted({b.provenance.page for b, _l, _v in run if b.provenance.page is not None})
    return Block(
        id=run[0][0].id,
        kind=BlockKind.table,
        text=" | ".join(header),
        table=Table(header=header, rows=rows, pages=pages, ruled=False),
        provenance=Provenance(
            page=first.page,
            bbox=bbox,
            source_text="\n".join(b.provenance.source_text or b.text for b, _l, _v in run),
        ),
    )
