"""Layout the Word and OpenDocument readers see in a paragraph's markup rather than on a page:
an outline typed with tab stops (read as a table, as the PDF layout reads it from the stops'
x positions), a note set apart on its own line under a list item (:attr:`Block.item_note`),
and the bold or italic runs of a paragraph (:attr:`Block.run_in`, :attr:`Block.emphasis`, as
:func:`plancheck.layout.blocks.lead_run` and :func:`~plancheck.layout.blocks.emphasis_starts`
read them from the words' fonts).

Both are pure functions of what the readers record per paragraph (its text with tabs and line
breaks kept, its left indent, the type of each run), so the PDF reader's rules
(:func:`plancheck.layout.tables.find_tab_stop_table`, :func:`plancheck.layout.blocks.item_note_line`)
hold for .docx and .odt too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from plancheck.layout.blocks import CLOSING_BRACKET, letters_from_a
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import indent_levels
from plancheck.models import Block, BlockKind, Cell, Provenance, Table

_SPACES = re.compile(r"[ \u00a0]+")


@dataclass(frozen=True)
class Run:
    """A stretch of a paragraph's text in one type: italic or not, its size (None: unknown),
    bold or not."""

    text: str
    italic: bool = False
    size: float | None = None
    bold: bool = False


@dataclass(frozen=True)
class _Word:
    text: str
    bold: bool
    italic: bool
    plain_end: bool  # its last character is set in the regular weight ("**Mål 1**:")


def _words(runs: list[Run]) -> list[_Word]:
    """The paragraph's words (split at white space, across runs) with their type: a word is
    bold (italic) when every letter or digit of it is, as a PDF word is by its font."""
    out: list[_Word] = []
    chars: list[tuple[str, bool, bool]] = []

    def close() -> None:
        if chars:
            signs = [c for c in chars if c[0].isalnum()] or chars
            out.append(_Word("".join(c[0] for c in chars), all(c[1] for c in signs),
                             all(c[2] for c in signs), not chars[-1][1]))
            chars.clear()

    for r in runs:
        for ch in r.text.replace("\u00ad", ""):
            if ch.isspace():
                close()
            else:
                chars.append((ch, r.bold, r.italic))
    close()
    return out


def mark_runs(block: Block, runs: list[Run]) -> None:
    """Set ``block``'s run-in title and emphasis from its paragraph's runs, as the PDF layout
    sets them from the words' fonts (:func:`plancheck.layout.blocks.run_in_title`,
    :func:`~plancheck.layout.blocks.emphasis_starts`): the bold words that open a paragraph
    going on in the regular weight ("**Mål 2: Alle skal ha et tilbud.** I dag …"), or closed
    by a colon in the regular weight, are its run-in title; every place where a bold or italic
    word follows a regular one is an emphasis start. Headings have neither. The words of a
    label the reader took off the text ("1.", "•") are not looked for in it."""
    if block.kind == BlockKind.heading or block.kind == BlockKind.table or not runs:
        return
    words = _words(runs)
    text = block.text
    # the label typed before the text: as many leading non-space characters as it has
    source = _clean(" ".join(w.text for w in words))
    skip = len("".join(source[: max(source.find(text), 0)].split())) if text else 0
    while skip > 0 and words:
        first = words[0]
        if len(first.text) > skip:  # "10.Gi …": the label glued to the first word
            words[0] = _Word(first.text[skip:], first.bold, first.italic, first.plain_end)
            break
        skip -= len(first.text)
        words = words[1:]
    if block.kind == BlockKind.paragraph:
        n = 0
        while n < len(words) and words[n].bold:
            n += 1
        tail_plain = n < len(words) and any(ch.isalpha() for w in words[n:] for ch in w.text)
        if n and (tail_plain or (n == len(words) and words[-1].text.endswith(":") and words[-1].plain_end)):
            block.run_in = " ".join(w.text for w in words[:n]).rstrip(" :,-–") or None
    out: list[int] = []
    cursor = 0
    prev_plain: bool | None = None
    for w in words:
        at = text.find(w.text, cursor)
        if at < 0:
            continue
        emphasised = w.bold or w.italic
        if emphasised and prev_plain and any(ch.isalnum() for ch in w.text):
            out.append(at)
        prev_plain = not emphasised
        cursor = at + len(w.text)
    block.emphasis = out


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _head_cells(raw: str) -> list[str] | None:
    """The column words of a typed column-head line: a paragraph that opens with a tab (the
    outline's own column has no heading) followed by tab-separated words."""
    if not raw.startswith("\t") or "\n" in raw.strip():
        return None
    cells = [_clean(c) for c in raw.split("\t")[1:]]
    return cells if len(cells) >= 2 and all(cells) else None


def _is_head(cells: list[str], column_role: Callable[[str], str | None]) -> bool:
    """The PDF rule for a head line of column words: two or more, most of them column words,
    an owner or deadline column among them."""
    roles = [column_role(c) for c in cells]
    known = [r for r in roles if r]
    return len(known) >= 2 and len(known) * 3 >= len(cells) * 2 and bool({"owner", "deadline"} & set(known))


def tab_stop_tables(
    blocks: list[Block],
    raw: dict[int, str],
    indents: dict[int, float],
    column_role: Callable[[str], str | None],
    settings: LayoutSettings = DEFAULT,
) -> tuple[list[Block], dict[int, Block]]:
    """Outlines typed with tab stops, read as tables: under a column-head paragraph ('⇥Ansvar⇥
    Frist'), the paragraphs whose text is tab-separated cells (item ⇥ owner ⇥ deadline) and the
    lone paragraphs between them (the goals and strategies of the outline) are the rows; the
    first column carries each paragraph's indentation level (clustered over the table's
    paragraphs, as in the PDF layout) and weight. The table ends at a heading, a list item, a
    table or another head; lone paragraphs after its last tabbed row are left as they were.
    ``raw`` holds each block's text with tabs (by ``id(block)``), ``indents`` its left indent in
    pt. Returns the new block list and, by ``id`` of each block taken into a table, that table
    block (for notes anchored to it). Fewer than ``tab_stop_min_rows`` tabbed rows: no table."""
    out: list[Block] = []
    moved: dict[int, Block] = {}
    i = 0
    while i < len(blocks):
        b = blocks[i]
        head = _head_cells(raw.get(id(b), "")) if b.kind == BlockKind.paragraph else None
        if head is None or not _is_head(head, column_role):
            out.append(b)
            i += 1
            continue
        rows: list[tuple[Block, list[str]]] = []
        j = i + 1
        while j < len(blocks):
            r = blocks[j]
            text = raw.get(id(r), r.text)
            if r.kind != BlockKind.paragraph or _head_cells(text) is not None:
                break
            parts = text.split("\t")
            rows.append((r, [_clean(p) for p in parts]))
            j += 1
        while rows and len(rows[-1][1]) == 1:  # lone lines after the last tabbed row
            rows.pop()
        if sum(1 for _r, cells in rows if len(cells) > 1) < settings.tab_stop_min_rows:
            out.append(b)
            i += 1
            continue
        table = _table(b, head, rows, indents, settings)
        out.append(table)
        for r, _cells in [(b, []), *rows]:
            moved[id(r)] = table
        i += 1 + len(rows)
    return out, moved


def _table(
    head: Block, names: list[str], rows: list[tuple[Block, list[str]]], indents: dict[int, float],
    settings: LayoutSettings,
) -> Block:
    ncols = len(names) + 1
    levels = indent_levels([indents.get(id(r), 0.0) for r, _c in rows], settings.indent_level_tolerance)
    body: list[list[Cell]] = []
    for ri, ((r, cells), level) in enumerate(zip(rows, levels, strict=True)):
        first, rest = cells[0], cells[1:]
        if len(rest) > ncols - 1:  # more tabs than columns: the overflow stays in the last cell
            rest = [*rest[: ncols - 2], " ".join(c for c in rest[ncols - 2:] if c)]
        rest += [""] * (ncols - 1 - len(rest))
        row = [Cell(row=ri, col=0, text=first, level=level, bold=r.bold)]
        row += [Cell(row=ri, col=k + 1, text=t) for k, t in enumerate(rest)]
        body.append(row)
    table = Table(header=["", *names], rows=body, ruled=False)
    text = " | ".join(table.header).strip(" |")
    return Block(id="", kind=BlockKind.table, text=text, table=table, section_id=head.section_id,
                 provenance=Provenance(source_text=text))


def split_item_note(runs: list[Run], settings: LayoutSettings = DEFAULT) -> tuple[str, str] | None:
    """(item text, note) when a list item's paragraph ends in a line of its own (after a line
    break) that is a note on the item, by the PDF layout's rule: it closes with a bracketed group
    and is set apart in type - every letter before the bracket in italic where the item's text
    is not, or the whole line smaller by ``item_note_size_delta`` - or it is a bracketed group
    alone (the deadline with no owner named), which the writer put on a line of its own. None
    otherwise."""
    text = "".join(r.text for r in runs)
    cut = text.rfind("\n")
    if cut <= 0 or not text[:cut].strip():
        return None
    note = text[cut + 1:].strip()
    m = CLOSING_BRACKET.search(note)
    if not note or m is None:
        return None
    pos, first_runs, note_runs = 0, [], []
    for r in runs:  # the runs of the item's text and of the note (a run may straddle the break)
        start, end = pos, pos + len(r.text)
        pos = end
        if start < cut:
            first_runs.append(Run(text[start:min(end, cut)], r.italic, r.size))
        if end > cut + 1:
            note_runs.append(Run(text[max(start, cut + 1):end], r.italic, r.size))
    note_raw = "".join(r.text for r in note_runs)
    bracket = CLOSING_BRACKET.search(note_raw).start()  # type: ignore[union-attr]
    before_letters, pos = [], 0
    for r in note_runs:
        before_letters += [r.italic for k, ch in enumerate(r.text) if ch.isalpha() and pos + k < bracket]
        pos += len(r.text)
    first_letters = [r.italic for r in first_runs for ch in r.text if ch.isalpha()]
    italic = bool(before_letters) and all(before_letters) and not all(first_letters)

    def size(rs: list[Run]) -> float | None:
        sized = [(r.size, len(r.text.strip())) for r in rs if r.size is not None and r.text.strip()]
        return max(sized, key=lambda kv: kv[1])[0] if sized else None

    s_first, s_note = size(first_runs), size(note_runs)
    smaller = s_first is not None and s_note is not None and s_note <= s_first - settings.item_note_size_delta
    alone = note.startswith("(") and note.count("(") == 1  # a bracket alone on the line the writer broke
    if not (italic or smaller or alone):
        return None
    return _clean(text[:cut].replace("\n", " ")), _clean(note)


_LETTERED = re.compile(r"^([A-H])\s+(?=[A-ZÆØÅÄÖ])")


def lettered_headings(blocks: list[Block], settings: LayoutSettings = DEFAULT) -> dict[int, tuple[str, str]]:
    """Paragraphs set in bold that open with a capital letter alone ('A␣Vesterdal skal …', an em
    space or a tab after the letter) and number an outline's top level, as the PDF layout reads
    heading lines (:func:`plancheck.layout.blocks.letter_series`): only when the letters run on
    from 'A' for at least ``letter_series_min`` paragraphs (one bold 'A Vision for 2030' is an
    English sentence), or when the table right under it numbers its rows from the letter ('A.1':
    a plan with one lettered goal). By ``id(block)``: (letter, text after it)."""
    found: dict[int, tuple[str, str]] = {}
    numbered: set[int] = set()  # lettered paragraphs over a table whose rows the letter numbers
    for i, b in enumerate(blocks):
        m = _LETTERED.match(b.text) if b.kind == BlockKind.paragraph and b.bold else None
        if m is not None and len(b.text) < settings.heading_max_chars:
            found[id(b)] = (m.group(1), b.text[m.end():].strip())
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            first = nxt.table.rows[0][0].text if nxt is not None and nxt.table and nxt.table.rows and nxt.table.rows[0] else ""
            if first.startswith(f"{m.group(1)}."):
                numbered.add(id(b))
    run = letters_from_a({letter for letter, _t in found.values()})
    if len(run) < settings.letter_series_min:
        return {k: v for k, v in found.items() if k in numbered}
    return {k: v for k, v in found.items() if v[0] in run}
