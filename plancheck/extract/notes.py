"""Footnotes and endnotes joined to the items whose note references point at them.

A word processor prints a note's number small and raised after the words it annotates (the
layout keeps it as :attr:`plancheck.models.Block.note_refs`) and the note itself elsewhere: at
the foot of the page, or in a notes section at the end of a section or of the document, as
small paragraphs that each open with the same number ("2 Ansvar: Vatn og avløp. Frist: 2027.").
A plan may write a measure's owner and deadline only there. The note body is never an item of
its own; its labelled owner and deadline ("Ansvar: …", "Frist: …", the lexicon's column words)
fill the fields its measure left empty.

A note can also stand under a table: a dashboard prints one under a visual ('status is
updated by each owner every quarter'), a report a source line under its table, set smaller
than the text. It says how to read the table, and is no item (:func:`table_notes`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from plancheck.models import Block, BlockKind

# a note body's opening number: "2 Ansvar: …", "2. …", "2) …"
# (or set flush against its first word, a capital, as a raised number is: "1Ansvar: …"; an
# ordinal's ending, "2nd", is no note)
_NOTE_START = re.compile(r"^\s*(?P<num>\d{1,3})(?:[.)]?\s+|(?=[A-ZÆØÅÄÖ]))(?P<body>\S.*)$")
# a sentence end inside a field's value: the next field or remark starts with a capital
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÆØÅÄÖ])")
# a table's note is a sentence in regular weight, of a few words at least
_SENTENCE = re.compile(r"[.!?]\s*$")
_NOTE_MIN_WORDS = 3


@dataclass
class Notes:
    """The note bodies of a document by number, and the indices of the blocks that hold them."""

    bodies: dict[str, str] = field(default_factory=dict)
    blocks: set[int] = field(default_factory=set)


def _lines(block: Block) -> list[str]:
    return [ln for ln in (block.provenance.source_text or block.text).splitlines() if ln.strip()]


def find_notes(blocks: list[Block]) -> Notes:
    """The note bodies of ``blocks``: after the first block that carries a note reference,
    every paragraph or list item whose lines each open with the number of a reference not yet
    claimed, or go on with the note above ("1 Tal frå …" / "2 Ansvar: …"), the paragraph set
    smaller than the referring text or each number set flush against the note's first word
    ("1Ansvar: …", as a note's citation is printed). A number no reference carries, or a
    spaced number in type as large as the text's, is no note: a numbered list stays a list."""
    refs: dict[str, int] = {}
    sizes: list[float] = []
    for k, b in enumerate(blocks):
        for r in b.note_refs:
            refs.setdefault(r, k)
        if b.note_refs and b.font_size:
            sizes.append(b.font_size)
    notes = Notes()
    if not refs:
        return notes
    text_size = min(sizes) if sizes else None
    first = min(refs.values())
    for k, b in enumerate(blocks):
        if k <= first or b.kind not in (BlockKind.paragraph, BlockKind.list_item):
            continue
        smaller = text_size is None or b.font_size is None or b.font_size < text_size
        found: dict[str, list[str]] = {}
        current: str | None = None
        for line in _lines(b):
            m = _NOTE_START.match(line)
            flush = m is not None and m.end("num") == m.start("body")  # "1Ansvar": a note's citation, no list number
            if (m is not None and (smaller or flush) and m.group("num") in refs
                    and m.group("num") not in notes.bodies and m.group("num") not in found):
                current = m.group("num")
                found[current] = [m.group("body")]
            elif current is not None:
                found[current].append(line.strip())
            else:
                found = {}
                break
        if found:
            notes.bodies.update({n: " ".join(parts) for n, parts in found.items()})
            notes.blocks.add(k)
    return notes


def note_field_values(body: str) -> list[tuple[str, str]]:
    """The labelled owner and deadline fields a note body opens with ("Ansvar: Vatn og avløp.
    Frist: 2027. Tiltaket krev løyving …" → [("owner", "Vatn og avløp"), ("deadline", "2027")]),
    each value ending at its sentence's end; [] when the note opens with no such label (a
    source, a pointer to a report)."""
    from plancheck.extract.fields import field_line

    fields = field_line(body) or []
    return [(role, _SENTENCE_END.split(value, 1)[0].rstrip(". ").strip()) for role, value in fields]


def text_size(blocks: list[Block]) -> float | None:
    """The type size most characters of the paragraphs and list items are set in: the
    document's text (None when no block says its size)."""
    sizes: Counter[float] = Counter()
    for b in blocks:
        if b.kind in (BlockKind.paragraph, BlockKind.list_item) and b.font_size:
            sizes[round(b.font_size, 1)] += len(b.text)
    return sizes.most_common(1)[0][0] if sizes else None


def table_notes(blocks: list[Block], size_delta: float, max_words: int) -> set[int]:
    """The indices of the notes set under tables: a paragraph right after a table, on the page
    the table ends on, a sentence in regular weight (ending in its full stop) of at most
    ``max_words`` words, set at least ``size_delta`` pt smaller than the document's text
    (:func:`text_size`); a label set small and bold ('GOAL 2') over the next item is none. A table visual's note on a dashboard
    ('Status is updated every quarter.'), a source under a table: how to read the table, no
    item of the section it stands in. A paragraph in the text's size after a table is the
    section's text going on."""
    body: float | None = None
    out: set[int] = set()
    for k in range(1, len(blocks)):
        b, prev = blocks[k], blocks[k - 1]
        if b.kind != BlockKind.paragraph or prev.kind != BlockKind.table or not b.font_size or b.bold:
            continue
        if not _SENTENCE.search(b.text) or len(b.text.split()) < _NOTE_MIN_WORDS:
            continue  # (a label set small, 'GOAL 2', over the next item: no note)
        end = prev.table.pages[-1] if prev.table is not None and prev.table.pages else prev.provenance.page
        if b.provenance.page != end or len(b.text.split()) > max_words:
            continue
        if body is None:
            body = text_size(blocks) or 0.0
        if b.font_size <= body - size_delta:
            out.add(k)
    return out
