"""Field lists: items written as definition lists, each field a short label in a narrow column
of its own beside its value, no colon between them:

    Vad   Jämställdhetsanalysera tre av kommunens tjänster
    Vem   Kommunledningsförvaltningen
    När   Varje år

A web page prints an HTML ``<dl>`` so (``dt`` beside ``dd``), a word processor a borderless
two-column table. Read line by line, the label runs into the value ("Vad Jämställdhetsanalysera
…") and the lines of one item fall apart into unrelated paragraphs, or an unruled table whose
header is the first field. They are the labelled records of :mod:`plancheck.layout.records`
("Tiltak: …" / "Ansvarlig: …") with the label set beside the value instead of before a colon, and
are read into the same shape: one table per run of field lines, header = the labels in the
order they first come, one row per record (a record starts at every repeat of the run's first
label, :func:`~plancheck.layout.records.split_records`); a missing field is an empty cell.

Found by geometry and weight: the label is the first few words of a line, before a gap wider than a word
space, set apart (bold, or smaller than its value), every label of the run starting at one x and every
value at another; a line at the value's x under a field goes on with its value (a wrapped value);
a label alone on its line is a field left empty. A run is a field list when its labels include
two or more of the table's column words (``column_role``, from the lexicon: a label is a column
name written beside each value) or, by form alone, when its first label opens
``record_min_records`` records of ``record_min_labels`` labels or more. What the labels say is
for extraction to read.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from plancheck.ingest.text import join_lines
from plancheck.layout.lines import Line, line_text
from plancheck.layout.margins import set_apart
from plancheck.layout.records import split_records
from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.layout.tables import TablePiece
from plancheck.layout.words import Word
from plancheck.models import BBox, Cell


@dataclass
class _Field:
    """One field of a run: its label, the lines of its value, the line(s) it was read from."""

    label: str
    value: list[list[Word]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


def field_line(ln: Line, settings: LayoutSettings = DEFAULT) -> tuple[list[Word], list[Word]] | None:
    """(label words, value words) when ``ln`` opens with a short label set apart from the text
    after it and a gap wider than a word space (``field_gap_min_ratio`` of the size: a label
    column may be only a little wider than its longest label, "When" beside "June 2026");
    (label words, []) for a short bold label alone on its line; else None."""
    if ln.kind or not ln.words:
        return None
    words = ln.words
    cut = next((n for n in range(1, min(settings.field_label_max_words, len(words) - 1) + 1)
                if words[n].x0 - words[n - 1].x1 >= settings.field_gap_min_ratio * words[n].size), None)
    if cut is not None:
        label, rest = list(words[:cut]), list(words[cut:])
        if not set_apart(label, rest, settings):
            return None
    elif len(words) <= settings.field_label_max_words and all(w.bold for w in words):
        label, rest = list(words), []
    else:
        return None
    text = line_text(label, settings)
    if len(text) > settings.record_label_max_chars or not text[:1].isalpha() or any(ch.isdigit() for ch in text):
        return None  # "Mål 2", "1." (numbered items, not fields)
    if text.rstrip().endswith(":"):
        return None  # "Ansvar:": a colon label is records.py's
    return label, rest


def find_field_lists(
    lines: list[Line],
    column_role: Callable[[str], str | None],
    page_no: int,
    settings: LayoutSettings = DEFAULT,
) -> list[tuple[TablePiece, list[Line]]]:
    """The field lists among one page's ``lines`` (in reading order) as table pieces, with the
    lines each was read from; those lines get ``kind="table"``."""
    body = [ln for ln in lines if not ln.kind]
    found: list[tuple[TablePiece, list[Line]]] = []
    i = 0
    lead, head_run = _cut_value_lead(body, column_role, settings)
    if head_run is not None:
        # the page opens with the wrapped end of a value the break cut, then the field list
        # going on: read as at the head of the page, the lead goes with the piece
        fields, used = head_run
        piece = _piece(page_no, fields, [*body[:lead], *used], column_role)
        if piece is not None:
            piece.cut_value = join_lines([line_text(ln.words, settings) for ln in body[:lead]])
            for ln in [*body[:lead], *used]:
                ln.kind = "table"
            found.append((piece, [*body[:lead], *used]))
            i = lead + len(used)
    while i < len(body):
        run = _run(body, i, column_role, settings)
        if run is None:
            i += 1
            continue
        fields, used = run
        # (only a run at the head of the page may open with the end of a record cut by the break)
        piece = _piece(page_no, fields, used, column_role if i == 0 else None)
        if piece is not None:
            for ln in used:
                ln.kind = "table"
            found.append((piece, used))
            i += len(used)
        else:
            i += 1
    return found


def _run(
    body: list[Line], i: int, column_role: Callable[[str], str | None], settings: LayoutSettings
) -> tuple[list[_Field], list[Line]] | None:
    """The run of field lines from ``body[i]``, when it is a field list (see the module)."""
    first = field_line(body[i], settings)
    if first is None or not first[1]:
        return None
    tol = settings.field_column_tolerance
    label_x, value_x = first[0][0].x0, first[1][0].x0
    size = body[i].size
    fields: list[_Field] = []
    used: list[Line] = []
    prev: Line | None = None
    for ln in body[i:]:
        if prev is not None and (ln.page != prev.page or ln.top < prev.top):
            break
        if prev is not None and ln.meta.get("margin_note") != prev.meta.get("margin_note"):
            break  # each margin note is read after its own paragraph (layout/marginnotes.py)
        if abs(ln.size - size) > settings.continuation_size_delta:
            break
        found = field_line(ln, settings)
        if prev is not None and ln.top - prev.bottom > settings.field_gap_ratio * prev.height and not (
            # each record its own small table with a blank line between: the list goes on over
            # the wider gap where the next record opens with the run's opening label
            found is not None and fields and ln.top - prev.bottom <= settings.field_record_gap_ratio * prev.height
            and _opens_record(line_text(found[0], settings), fields, column_role, head=i == 0)
        ):
            break
        if found is not None and _label_goes_on(fields, prev, ln, found, label_x, value_x, settings):
            # "Ansvarleg" / "eining": a label wrapped in its narrow column (its value may wrap beside it)
            fields[-1].label = join_lines([fields[-1].label, line_text(found[0], settings)])
            if found[1]:
                fields[-1].value.append(found[1])
            fields[-1].lines.append(ln)
        elif found is not None and abs(found[0][0].x0 - label_x) <= tol and (
            not found[1] or abs(found[1][0].x0 - value_x) <= tol
        ):
            label = line_text(found[0], settings)
            if not found[1] and not (column_role(label) or any(f.label.lower() == label.lower() for f in fields)):
                break  # a short bold line alone: a heading after the list, not an empty field
            fields.append(_Field(label, [found[1]] if found[1] else [], [ln]))
        elif fields and fields[-1].value and abs(ln.x0 - value_x) <= tol:
            fields[-1].value.append(list(ln.words))  # the value wrapped onto the next line
            fields[-1].lines.append(ln)
        else:
            break
        used.append(ln)
        prev = ln
    while fields and not fields[-1].value:
        # a bare label after the last value is a short bold heading under the list (an empty
        # field ends no list: a record left without it only misses that field)
        used.remove(fields.pop().lines[0])
    if sum(1 for f in fields if f.value) < 2:
        cut = _cut_at_foot(fields, used, body, column_role, settings) or _cut_at_head(fields, i, column_role, settings)
        return (fields, used) if cut else None
    names = [f.label.lower() for f in fields]
    records = _records(names, column_role) if i == 0 else split_records(names)
    if any(len(set(names[a:b])) != b - a for a, b in records):
        return None  # a label twice in one record: no record structure
    if len(records) == 1 and column_role(names[0]) is None and len(fields[0].value) >= settings.field_prose_min_lines:
        # one record whose first label names no column, beside a paragraph: side headings over
        # running text ("Baggrund" beside the background, "Opgave" beside the task list of a
        # kommissorium), each label once; a field list's record opens with the item it describes
        return None
    roles = {r for n in set(names) if (r := column_role(n))}
    distinct = len(set(names))
    if len(roles) >= 2 or (len(records) >= settings.record_min_records and distinct >= settings.record_min_labels):
        return fields, used
    return None


def _cut_value_lead(
    body: list[Line], column_role: Callable[[str], str | None], settings: LayoutSettings
) -> tuple[int, tuple[list[_Field], list[Line]] | None]:
    """How many lines at the head of a page are the wrapped end of a field's value that the
    page break cut: they carry no label, open in lower case (a sentence going on), stand one
    under the other at the x where the values of the field list right under them start, in
    its type and no further apart than its fields; with that field list's run (:func:`_run`
    from the line after them). (0, None) when the page opens otherwise."""
    tol = settings.field_column_tolerance
    k = 0
    while k < len(body) and field_line(body[k], settings) is None:
        k += 1
    if k == 0 or k == len(body) or k > settings.field_cut_lead_max_lines:
        return 0, None
    run = _run(body[k:], 0, column_role, settings)
    if run is None or not body[0].text[:1].islower():
        return 0, None
    fields, _used = run
    value_x = min(w.x0 for f in fields for part in f.value for w in part)
    lead = body[:k + 1]
    if any(abs(ln.x0 - value_x) > tol or abs(ln.size - body[k].size) > settings.continuation_size_delta
           for ln in lead[:-1]):
        return 0, None
    if any(b.top - a.bottom > settings.field_gap_ratio * a.height or b.top < a.top for a, b in itertools.pairwise(lead)):
        return 0, None
    return k, run


def _opens_record(
    label: str, fields: list[_Field], column_role: Callable[[str], str | None], *, head: bool
) -> bool:
    """Does a field labelled ``label`` open the run's next record? It does when it repeats the
    run's first label, or, in a run at the head of a page (``head``) that opens with the end of
    a record cut by the page break ("Hvem …", "Når …"), when it names the action (the lexicon's measure
    column word) and the run's first label does not: there the records open with the action."""
    first = fields[0].label.lower()
    return label.lower() == first or (
        head and column_role(label) == "measure" and column_role(first) != "measure"
    )


def _cut_at_foot(
    fields: list[_Field], used: list[Line], body: list[Line], column_role: Callable[[str], str | None],
    settings: LayoutSettings = DEFAULT,
) -> bool:
    """Is a run of one field the opening of a record that a page break cut ("Hva …" the last
    thing on one page, "Hvem …" / "Når …" at the head of the next)? It is when nothing of the
    page's text stands after it and its label names the action (the lexicon's measure column
    word, the field a record opens with): one such line alone proves no list, but read as a
    paragraph its record's action is lost; as a field list it joins the rest of its record
    (:func:`plancheck.layout.tables.join_pieces`)."""
    return (
        len(fields) == 1 and bool(fields[0].value) and bool(used) and used[-1] is body[-1]
        and column_role(fields[0].label) == "measure" and not _in_cells(fields[0], settings)
        # the label printed whole on the field's first line: a lettered heading whose wrapped
        # rest was taken for the rest of a label ("B" + "… leisure activities") names no field
        and fields[0].lines[0].text.lower().startswith(fields[0].label.lower())
    )


def _in_cells(f: _Field, settings: LayoutSettings) -> bool:
    """Is a lone field's value set in cells ("No.  Initiative  Responsible  Deadline", "Tiltak
    Ansvar  Frist": a gap wider than a word space between its words, as between the label and
    the value)? Then the line is a table's head or row, not a field with its one value."""
    return any(
        b.x0 - a.x1 >= settings.field_gap_min_ratio * b.size
        for part in f.value for a, b in itertools.pairwise(part)
    )


def _cut_at_head(
    fields: list[_Field], i: int, column_role: Callable[[str], str | None], settings: LayoutSettings = DEFAULT
) -> bool:
    """Is a run of one field the end of a record that a page break cut ("Når Løpende" the first
    thing on the page, its record's action and owner at the foot of the page before)? It is
    when it opens the page's text, its label is the owner's or the deadline's column word (the
    fields after the action) and its value is one text, not cells (:func:`_in_cells`); it then joins its record
    (:func:`plancheck.layout.tables.join_pieces`), where it stays a one-field table when the
    page before ended with none. Not when its value is a column word as well ("Ansvarlig
    Tidspunkt"): that is the head line of a table whose rows follow, repeated at the top of
    the page or opening a table there."""
    if i != 0 or len(fields) != 1 or not fields[0].value:
        return False
    value = " ".join(line_text(part, settings) for part in fields[0].value)
    return (
        column_role(fields[0].label) in ("owner", "deadline") and not _in_cells(fields[0], settings)
        and column_role(value) is None
    )


def _label_goes_on(
    fields: list[_Field], prev: Line | None, ln: Line, found: tuple[list[Word], list[Word]],
    label_x: float, value_x: float, settings: LayoutSettings,
) -> bool:
    """Is ``ln`` the rest of the last field's label, wrapped in a narrow label column? It stands at
    the label's x on the next line (no wider gap than the leading), the label's line was the
    field's, and it opens with a small letter (a new label opens with a capital); a value beside
    it starts at the value's x."""
    if not fields or prev is None or prev not in fields[-1].lines or fields[-1].lines[0] is not prev:
        return False
    label, value = found
    tol = settings.field_column_tolerance
    return (
        abs(label[0].x0 - label_x) <= tol
        and (not value or abs(value[0].x0 - value_x) <= tol)
        and label[0].text[:1].islower()
        and ln.top - prev.bottom <= settings.field_label_wrap_gap * prev.height
    )


def _records(names: list[str], column_role: Callable[[str], str | None]) -> list[tuple[int, int]]:
    """The records of a run of labels: each starts at a repeat of the run's first label
    (:func:`~plancheck.layout.records.split_records`), unless the run opens with the end of a
    record the page break cut ("Hvem", "Når" at the head of a page, then "Hva", "Hvem", "Når"):
    when the first label names no action and a later one does (the lexicon's measure column
    words), the records start at that label, and what comes before it is the cut record's end.
    Asked only of a run at the head of a page (a list whose records open with the owner, met
    anywhere else, keeps its first label as the opener)."""
    if column_role(names[0]) == "measure":
        return split_records(names)
    opener = next((n for n in names[1:] if column_role(n) == "measure"), None)
    if opener is None:
        return split_records(names)
    starts = [0, *(i for i, n in enumerate(names) if n == opener and i > 0)]
    return list(zip(starts, [*starts[1:], len(names)], strict=True))


def _piece(page_no: int, fields: list[_Field], used: list[Line],
           column_role: Callable[[str], str | None] | None = None) -> TablePiece | None:
    """One table piece from a run's fields: header = the labels in the order they first come,
    one row per record."""
    header: list[str] = []
    for f in fields:
        if f.label.lower() not in (h.lower() for h in header):
            header.append(f.label)
    col = {h.lower(): k for k, h in enumerate(header)}
    names = [f.label.lower() for f in fields]
    rows: list[list[Cell | None]] = [[Cell(row=0, col=k, text=h, page=page_no) for k, h in enumerate(header)]]
    # the columns of a field list stand nowhere on the page (every value starts at one x): each
    # is given the value's x, so a piece continued on the next page lines up column for column
    value_x = min(w.x0 for f in fields for part in f.value for w in part)
    for a, b in (_records(names, column_role) if column_role is not None else split_records(names)):
        ri = len(rows)
        # a field the record leaves out is an empty cell in its place (a point at the value's x
        # on the record's first line), not the absence of one: a record with its action alone
        # ("Hva …", no owner, no deadline) is no row spanning the table (a group row over items)
        top = fields[a].lines[0].top
        row: list[Cell | None] = [
            Cell(row=ri, col=k, text="", page=page_no, bbox=BBox(x0=value_x, top=top, x1=value_x, bottom=top))
            for k in range(len(header))
        ]
        for f in fields[a:b]:
            k = col[f.label.lower()]
            words = [w for part in f.value for w in part]
            text = join_lines([line_text(part) for part in f.value]) if f.value else ""
            bbox = (
                BBox(x0=min(w.x0 for w in words), top=min(w.top for w in words),
                     x1=max(w.x1 for w in words), bottom=max(w.bottom for w in words))
                if words else None
            )
            row[k] = Cell(row=ri, col=k, text=text, page=page_no, bbox=bbox)
        rows.append(row)
    if len(rows) < 2:
        return None
    bbox = (min(u.x0 for u in used), min(u.top for u in used), max(u.x1 for u in used), max(u.bottom for u in used))
    piece = TablePiece(page_no, bbox, [value_x] * len(header), rows, [False] * len(header), False)
    piece.region = used[0].region
    piece.field_list = True
    return piece
