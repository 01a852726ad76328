"""Margin notes: small notes in a narrow column left of the text, each read after the paragraph
it stands beside.

Some plans set who answers for a measure and by when in a note in the margin, level with the
measure's paragraph ("Ansvar: NAV Nordvik" / "Frist: 1.3.2028" beside "1.1 Opne eit
lågterskeltilbod …"), and sources or cross-references likewise ("Kjelde: SSB …" beside a
figure). Word draws them as frames, a web page as floats: the PDF holds each note's lines at the
page's left edge, in smaller type, on the same baselines as the paragraph beside it. Read line by
line, the note runs into the paragraph ("Ansvar: NAV Nordvik 1.1 Opne …", "Frist: 1.3.2028
for unge. Tilbodet …"), which breaks both the measure's sentence and the note's fields.

:func:`move_margin_notes` finds such notes by geometry and type alone - words set smaller than
the body text and not bold, at the left edge, ending a gutter's width before the text beside
them - cuts them off their lines and puts each note's lines right after the last line of the
paragraph it stands beside (the paragraph level with its first line, running on until the text
beside the next note, a gap, or a line left of the body indent). The note keeps its words and
boxes; only its place in the reading order changes. A side heading set in bold is not a note
(:mod:`plancheck.layout.margins` reads those, before the text they label). What a note says is
for extraction to read.
"""

from __future__ import annotations

from dataclasses import replace

from plancheck.layout.lines import Line, finish_line, is_list_marker, text_size
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.words import Word


def _note_word(w: Word, body: float, settings: LayoutSettings) -> bool:
    return not w.bold and w.size <= body - settings.margin_note_size_delta


def _split(ln: Line, left: float, body: float, settings: LayoutSettings) -> tuple[list[Word], list[Word]] | None:
    """(note words, the rest) of a line that opens at the left edge with words of a note's type,
    set a gutter apart from body-type text beside them (or alone on the line); None otherwise."""
    words = sorted(ln.words, key=lambda w: w.x0)
    if abs(words[0].x0 - left) > settings.margin_indent_tolerance or not _note_word(words[0], body, settings):
        return None
    k = 1
    while k < len(words) and _note_word(words[k], body, settings) and words[k].x0 - words[k - 1].x1 < settings.gutter_min:
        k += 1
    note, rest = words[:k], words[k:]
    if rest and (rest[0].x0 - note[-1].x1 < settings.gutter_min or _note_word(rest[0], body, settings)):
        return None
    if not any(sum(ch.isalpha() for ch in w.text) >= 2 for w in note) or (len(note) == 1 and is_list_marker(note[0].text)):
        return None  # a list's bullet or number hanging left of its text: no note
    return note, rest


def move_margin_notes(pages: list[list[Line]], settings: LayoutSettings = DEFAULT) -> list[list[Line]]:
    """``pages`` with each margin note's lines moved after the paragraph beside it (see the
    module). Nothing changes unless the document has at least ``margin_note_min`` notes beside
    text; a note ends before the indent where the text beside the notes starts (a line of small
    type running past it is none), and that text starts at the indent or its hanging indent in
    at least ``margin_note_share`` of them."""
    body = text_size(pages, 1)  # the body text's size, against which a note is smaller
    if body is None:
        return pages
    found: list[tuple[int, Line, tuple[list[Word], list[Word]]]] = []  # (page index, line, split)
    for p, lines in enumerate(pages):
        free = [ln for ln in lines if not ln.kind and ln.words]
        if not free:
            continue
        left = min(ln.x0 for ln in free)
        for ln in free:
            got = _split(ln, left, body, settings)
            if got is not None:
                found.append((p, ln, got))
    beside = [rest[0].x0 for _p, _ln, (_note, rest) in found if rest]
    if len(beside) < settings.margin_note_min:
        return pages
    indent = min(beside)
    # a note ends before the indent (a note column); a line of small type running past it (a
    # byline under the title) is no note. Most text beside notes starts at the indent or its
    # hanging indent, not anywhere on the line (a table's first column)
    found = [f for f in found if f[2][0][-1].x1 <= indent - settings.gutter_min / 2]
    if len(found) < settings.margin_note_min:
        return pages
    if sum(1 for x in beside if x <= indent + settings.margin_note_hang) < settings.margin_note_share * len(beside):
        return pages
    by_line = {id(ln): got for _p, ln, got in found}
    out: list[list[Line]] = []
    for lines in pages:
        if not any(id(ln) in by_line for ln in lines):
            out.append(lines)
            continue
        out.append(_move(lines, by_line, indent, settings))
    return out


def _cut(ln: Line, words: list[Word], settings: LayoutSettings) -> Line:
    """A line of ``words`` cut from ``ln``: its own box (finish_line sets the sides only)."""
    part = replace(ln, words=list(words), meta=dict(ln.meta))
    finish_line(part, settings)
    part.top, part.bottom = min(w.top for w in words), max(w.bottom for w in words)
    return part


def _move(lines: list[Line], by_line: dict[int, tuple[list[Word], list[Word]]], indent: float,
          settings: LayoutSettings) -> list[Line]:
    """One page's lines with its notes cut off and moved (see :func:`move_margin_notes`)."""
    tol = settings.margin_indent_tolerance
    text: list[Line] = []  # the page's lines without the notes, in order
    notes: list[list[Line]] = []  # each note's lines
    last_note: Line | None = None
    for ln in lines:
        got = by_line.get(id(ln))
        if got is None:
            text.append(ln)
            continue
        note_words, rest = got
        note = _cut(ln, note_words, settings)
        if (
            last_note is not None
            and note.top - last_note.bottom <= settings.margin_note_gap_ratio * last_note.height
        ):
            notes[-1].append(note)  # the note's next line in its narrow column
        else:
            notes.append([note])
        note.meta["margin_note"] = len(notes)  # which note of the page: one note, one record
        last_note = note
        if rest:
            text.append(_cut(ln, rest, settings))
    # each note after the paragraph beside it: from the text line level with the note's first
    # line, on while the lines stand at or right of the indent, close under each other, and
    # not level with the next note
    starts = [n[0].top for n in notes]
    after: dict[int, list[list[Line]]] = {}
    for k, note in enumerate(notes):
        first = note[0]
        level = [i for i, ln in enumerate(text) if not ln.kind and abs(ln.top - first.top) <= first.height
                 and ln.x0 >= indent - tol]
        if not level:
            # a note beside no text line (the paragraph starts lower): the first line under it
            level = [i for i, ln in enumerate(text) if not ln.kind and ln.top > first.top and ln.x0 >= indent - tol][:1]
        if not level:
            after.setdefault(len(text) - 1, []).append(note)
            continue
        i = level[0]
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        while i + 1 < len(text):
            ln, below = text[i], text[i + 1]
            if below.kind or below.x0 < indent - tol or below.top - ln.bottom > settings.margin_note_gap_ratio * ln.height:
                break
            if nxt is not None and below.top >= nxt - tol:
                break
            i += 1
        after.setdefault(i, []).append(note)
    out: list[Line] = []
    for i, ln in enumerate(text):
        out.append(ln)
        for k, note in enumerate(after.get(i, [])):
            for j, nl in enumerate(note):
                # read right after the paragraph's last line, in the note's own order (the
                # blocks are built in the order of this key, the boxes stay where they are)
                nl.meta["read_at"] = ln.bottom + settings.measure_precision * (1 + k) + 0.001 * j
            out.extend(note)
    if len(text) == 0:
        out = [ln for note in notes for ln in note]
    return out
