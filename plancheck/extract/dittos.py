"""Ditto marks in a table: a cell that only says "the same as the row above".

A plan typed by hand often saves writing the same owner or deadline twice: the cell under
'Hjemmetjenesten' holds only '"', '〃', '-"-', 'dito', 'do.' or 'som over'. Read
literally, the mark would be an owner called '"'. :func:`ditto_tables` rewrites each table so
that such a cell holds the value printed in the same column of the row above, chained (a mark
under a mark takes what the first one stood for), before any table reader sees it.

- the marks are the lexicon's ``same_as_above`` (per language, printed marks and words alike); a
  cell must hold one of them and nothing else, up to case, spacing and surrounding punctuation;
- the row above is the one printed above, so an empty cell above gives an empty value (no owner,
  no deadline), and a group row ('Mål 2: …' across the table, one text in it) gives nothing: a
  mark never reaches across a goal or section band;
- a table the layout could not join over a page break continues the one before it when it is
  the very next block and has the same header: its first row looks up to that table's last;
- the measure column is left alone: an item is never "the same item as above".

A note above the table defining the mark ('Tegnet " betyr det samme som i raden over') is not
needed; the mark is the evidence.
"""

from __future__ import annotations

from functools import cache

from plancheck.models import Block, BlockKind, Cell, Document, Table

#: characters around a phrase that do not change it ("(ditto)", "som over.")
_TRIM = " .:;()"


def same_as_above(text: str, lang: str | None) -> bool:
    """Whether ``text`` is, up to case, spacing and surrounding punctuation, only one of the
    lexicon's ``same_as_above`` marks or phrases (of ``lang``; every language's when None)."""
    said = " ".join(text.casefold().strip(_TRIM).split())
    return bool(said) and said in _marks(lang)


@cache
def _marks(lang: str | None) -> frozenset[str]:
    """The ``same_as_above`` phrases of ``lang`` as :func:`same_as_above` compares them."""
    from plancheck.lang.vocab import plain_words

    return frozenset(" ".join(w.casefold().strip(_TRIM).split()) for w in plain_words("same_as_above", lang))


def _band(row: list[Cell]) -> bool:
    """A goal or section band drawn as one cell merged across the table, its text repeated in
    every cell it covers: no value above for the rows under it. (A band in one cell leaves the
    other columns empty, which gives an empty value as it stands.)"""
    filled = [c.text.strip() for c in row if c.text.strip()]
    return len(filled) >= 2 and len(set(filled)) == 1


def ditto_table(table: Table, lang: str | None, above: list[Cell] | None = None) -> Table | None:
    """``table`` with its ditto cells filled from the row above (see the module), or None when it
    has none. ``above``: the last row of the table it continues, if any."""
    from plancheck.extract.tables import table_roles

    roles = table_roles(table.header)
    rows = [list(r) for r in table.rows]
    changed = False
    prev = above
    for r in rows:
        for k, c in enumerate(r):
            if (roles[k] if k < len(roles) else None) == "measure" or not same_as_above(c.text, lang):
                continue
            value = "" if prev is None or _band(prev) or k >= len(prev) else prev[k].text
            r[k] = c.model_copy(update={"text": value})
            changed = True
        prev = r
    return table.model_copy(update={"rows": rows}) if changed else None


def ditto_tables(doc: Document, lang: str | None) -> Document:
    """``doc`` with the ditto cells of every table filled (:func:`ditto_table`); the same document
    when it has none."""
    changed = False
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.table is not None and b.table.rows:
            last = blocks[-1] if blocks else None
            above = None
            if last is not None and last.kind == BlockKind.table and last.table is not None and last.table.rows and (
                [h.strip().casefold() for h in last.table.header] == [h.strip().casefold() for h in b.table.header]
            ):
                above = list(last.table.rows[-1])
            if (filled := ditto_table(b.table, lang, above)) is not None:
                b = b.model_copy(update={"table": filled})
                changed = True
        blocks.append(b)
    return doc.model_copy(update={"blocks": blocks}) if changed else doc
