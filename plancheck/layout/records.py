"""Labelled records: measures written as blocks of "Label: value" lines instead of table rows
become one table per run, header = the labels, one row per record, so extraction meets the
same shape as a real table. Two forms:

- labelled: every record opens with the same label ("Tiltak: …" / "Ansvarlig: …" / "Frist: …",
  again and again); header = the labels;
- titled: every record opens with a title line set apart by its type (a bold or heading line,
  or a line opened by a bold run-in word such as "**Action 1.2**", the same style for every
  record), perhaps a description, then label lines ("Ansvar: …", "Frist: …"); header = "" for
  the titles, the labels, and "" for the descriptions.

A missing line is an empty cell (a missing owner or deadline), so one record may have a single
label, or (titled) none at all when it stands between records of the same style. Found by form
only: a short capitalised label and a colon at the start of a block, a label set that repeats
over the document. No label word is known in advance.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from plancheck.layout.settings import DEFAULT, LayoutSettings
from plancheck.models import BBox, Block, BlockKind, Cell, Provenance, Table

# a label ending in a single capital after a word ("Item B", "Tiltak C"): lettered like "Item 2"
LETTER_ENUMERATOR = re.compile(r"\w\s+[A-ZÆØÅÄÖÜ]$")
LABEL_LINE = re.compile(r"^(?P<label>[A-ZÆØÅÄÖÜ][\w/ .-]{0,40}?)\s*:\s*(?P<value>\S.*)$", re.DOTALL)


def record_label(block: Block, settings: LayoutSettings = DEFAULT,
                 hint: Callable[[str], str | None] | None = None) -> tuple[str, str] | None:
    """(label, value) when the block is one "Label: value" line of a record. A label longer than
    a field label's three words is one still when ``hint`` names it an owner's or a deadline's
    ("Who is in charge:", a field asked as a question)."""
    if block.kind not in (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading):
        return None
    m = LABEL_LINE.match(block.text.strip())
    if m is None:
        return None
    label = m.group("label").strip()
    named = (hint is not None and len(label.split()) <= settings.record_named_label_max_words
             and not any(ch.isdigit() for ch in label) and hint(label) in ("owner", "deadline"))
    if not (_label_form(label, settings) or named) or LETTER_ENUMERATOR.search(label):
        return None  # "Action 1:", "Mål 2:", "Item B:": numbered outline items, not the fields of a record
    value = m.group("value").strip()
    if not any(ch.isalnum() for ch in value):
        return None  # "Heading ::", "Heading :-": a run-in heading whose text follows, no value
    return label, value


def _label_form(label: str, settings: LayoutSettings) -> bool:
    """Is ``label`` short enough for a record's field label (``record_label_max_chars``, three
    words) and free of digits? Why: a longer or numbered label is an outline item ("Action 1:")
    or a sentence's own colon; :func:`record_label` and :func:`_joined_fields` ask the same."""
    return (len(label) <= settings.record_label_max_chars and len(label.split()) <= 3
            and not any(ch.isdigit() for ch in label))


def split_records(labels: list[str]) -> list[tuple[int, int]]:
    """Index ranges of records in a run of labels: a record starts at every repeat of the
    run's first label."""
    starts = [i for i, lab in enumerate(labels) if lab.lower() == labels[0].lower()]
    ends = [*starts[1:], len(labels)]
    return list(zip(starts, ends, strict=True))


@dataclass
class _Record:
    """One record: its title block (titled form), description blocks and label lines."""

    title: Block | None
    descriptions: list[Block] = field(default_factory=list)
    fields: list[tuple[Block, str, str]] = field(default_factory=list)  # (block, label, value)

    @property
    def blocks(self) -> list[Block]:
        return [*([self.title] if self.title else []), *self.descriptions, *(b for b, _l, _v in self.fields)]


def records_to_tables(
    blocks: list[Block], settings: LayoutSettings = DEFAULT, hint: Callable[[str], str | None] | None = None
) -> list[Block]:
    """Blocks with every run of labelled or titled records replaced by one table block.
    ``hint`` names the role of a column word (the caller's lexicon; the layout knows no words):
    with it, a lone labelled record whose labels are all column words, the first an item's and
    another an owner's or a deadline's, is a table of one row too. A flowchart's steps
    (:attr:`Block.flow_step`: a decision, a start or end, a connector's 'No') are no part of a
    record: the records are read without them, each step kept after the block it followed."""
    if any(b.flow_step for b in blocks):
        rest = records_to_tables([b for b in blocks if not b.flow_step], settings, hint)
        kept = {id(b) for b in rest}
        after: dict[int, list[Block]] = {}  # output position → the steps read after it
        place = -1
        position = {id(b): k for k, b in enumerate(rest)}
        for b in blocks:
            if b.flow_step:
                after.setdefault(place, []).append(b)
            elif id(b) in kept:
                place = position[id(b)]
        out = list(after.get(-1, []))
        for k, b in enumerate(rest):
            out.append(b)
            out.extend(after.get(k, []))
        return out
    # a chip (a card's, a note stuck on a note) belongs to the card's text before it, no record
    labels = [None if b.chip else record_label(b, settings, hint) for b in blocks]
    # titled first: the label lines under titles also repeat one label set
    runs = _titled_runs(blocks, labels, settings, hint)
    taken = {i for start, end, _recs in runs for i in range(start, end)}
    runs += [r for r in _described_runs(blocks, labels, settings) if not any(i in taken for i in range(r[0], r[1]))]
    taken = {i for start, end, _recs in runs for i in range(start, end)}
    runs += [r for r in _labelled_runs(blocks, labels, settings, hint) if not any(i in taken for i in range(r[0], r[1]))]
    by_start = {start: (end, recs) for start, end, recs in runs}
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if i in by_start:
            end, recs = by_start[i]
            out.append(_table(recs))
            i = end
            continue
        out.append(blocks[i])
        i += 1
    return out


def _labelled_runs(
    blocks: list[Block], labels: list[tuple[str, str] | None], settings: LayoutSettings,
    hint: Callable[[str], str | None] | None = None,
) -> list[tuple[int, int, list[_Record]]]:
    """Runs of label lines whose first label opens records over the document often enough, or
    that are one record named by column words (:func:`_named_record`)."""
    runs: list[tuple[int, int, list[_Record]]] = []
    i = 0
    while i < len(blocks):
        if labels[i] is None:
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and labels[j] is not None and not _set_larger(blocks[j], blocks[i], settings):
            j += 1  # (a label line set larger than the run's first is a heading over what follows)
        fields = [(blocks[k], *labels[k]) for k in range(i, j)]  # type: ignore[misc]
        names = [lab for _b, lab, _v in fields]
        recs = [_Record(None, [], fields[a:b]) for a, b in split_records(names)]
        runs.append((i, j, recs))
        i = j
    # a label opens records when it opens enough of them over the document, under a set of
    # enough distinct labels, none twice in one record
    opens: Counter[str] = Counter()
    label_sets: dict[str, set[str]] = {}
    for _i, _j, recs in runs:
        for rec in recs:
            own = [lab.lower() for _b, lab, _v in rec.fields]
            opens[own[0]] += 1
            label_sets.setdefault(own[0], set()).update(own)
    accepted = []
    for i, j, recs in runs:
        first = recs[0].fields[0][1].lower()
        if len(recs) == 1 and _named_record(recs[0], hint, settings):
            accepted.append((i, j, recs))
            continue
        if opens[first] < settings.record_min_records or len(label_sets[first]) < settings.record_min_labels:
            continue
        if any(len({lab.lower() for _b, lab, _v in r.fields}) != len(r.fields) for r in recs):
            continue
        accepted.append((i, j, recs))
    return accepted


#: the roles of the labels that may follow an item's label in a lone record
_FIELD_ROLES = ("owner", "deadline")


def _named_record(rec: _Record, hint: Callable[[str], str | None] | None, settings: LayoutSettings) -> bool:
    """Is a lone record ('Action: …' / 'Owner: …' / 'Deadline: …' once in the document) a record
    all the same: at least ``record_min_labels`` distinct labels, each a column word of ``hint``,
    the first an item's (a measure) and every other an owner's or a deadline's?"""
    if hint is None:
        return False
    names = [lab for _b, lab, _v in rec.fields]
    if len({n.lower() for n in names}) != len(names) or len(names) < settings.record_min_labels:
        return False
    roles = [hint(n) for n in names]
    return roles[0] == "measure" and all(r in _FIELD_ROLES for r in roles[1:])


def _run_in_form(block: Block) -> str | None:
    """The letters of a paragraph's bold run-in, without its number: "Objective 1.1" and
    "Action 1.1.1" are two styles of title, "Action 1.1.1" and "Action 2.1.4" one."""
    if not block.run_in:
        return None
    return re.sub(r"[\W\d_]+", " ", block.run_in).strip().lower()


def _style(block: Block) -> tuple:
    return (block.kind, block.level if block.kind == BlockKind.heading else None, block.bold,
            round(block.font_size or 0.0), _run_in_form(block))


def _minor_style(blocks: list[Block]) -> tuple[float | None, int]:
    """The body text size (most characters of paragraphs) and the deepest heading level: a
    record title is a line in the body size, or a heading of the deepest level when sizes are
    not known; larger headings are chapters and focus areas, never record titles."""
    sizes: Counter[float] = Counter()
    for b in blocks:
        if b.kind == BlockKind.paragraph and b.font_size:
            sizes[round(b.font_size, 1)] += len(b.text)
    levels = [b.level for b in blocks if b.kind == BlockKind.heading and b.level is not None]
    return (sizes.most_common(1)[0][0] if sizes else None), max(levels, default=0)


def _is_title(block: Block, label: tuple[str, str] | None, minor: tuple[float | None, int],
              settings: LayoutSettings) -> bool:
    run_in = block.kind == BlockKind.paragraph and bool(_run_in_form(block))
    if block.text.rstrip().endswith(":"):
        return False  # a lead-in over what follows ("What happens next:"), no record's title
    if label is not None or not (block.kind == BlockKind.heading
                                 or (block.kind == BlockKind.paragraph and (block.bold or run_in))):
        return False
    body, deepest = minor
    if block.font_size and body:
        return block.font_size <= body + settings.record_title_size_slack
    return block.kind == BlockKind.paragraph or (block.level or 0) >= deepest


def _is_description(block: Block, label: tuple[str, str] | None) -> bool:
    """Plain text under a title; a line opened by a bold run-in is a title of its own (the
    next record, or an outline item above the records), never a description."""
    return (label is None and block.kind in (BlockKind.paragraph, BlockKind.list_item) and not block.bold
            and not _run_in_form(block))


def _heads_next(block: Block, title: Block, fields: list[tuple[Block, str, str]]) -> bool:
    """Is the label line ``block`` set in the type of the record titles, not of the record's
    field lines above it ("**Periodemål: Flere skal …**" after "Ansvar: Plansjef" / "Frist:
    2029")? Then it stands over the records that follow, as the titles do, and is no field of
    the record above."""
    if not fields or not title.bold:
        return False
    first = fields[0][0]
    return block.bold and not first.bold and (block.font_size or 0.0) == (title.font_size or 0.0)


def _beside(title: Block, block: Block, settings: LayoutSettings) -> bool:
    """Does ``block`` (the one read after a would-be title) stand BESIDE the title, not under
    it: on the same page, starting above the title's last line and ending below a line above
    its first, clear of it to the left or right? A record's title stands over its text; a heading set in a column of its own (a
    shaded box at the left of the items it heads) is read first but titles none of them."""
    a, b = title.provenance, block.provenance
    if a.page is None or a.page != b.page or a.bbox is None or b.bbox is None:
        return False
    slack = settings.y_tolerance
    # (its first line may stand a line above the title's: level with the box's label over it)
    line = title.font_size or (a.bbox.bottom - a.bbox.top)
    level = b.bbox.top < a.bbox.bottom - slack and b.bbox.bottom > a.bbox.top - line
    apart = b.bbox.x0 >= a.bbox.x1 - slack or b.bbox.x1 <= a.bbox.x0 + slack
    return level and apart


def _outranks(block: Block, title: Block) -> bool:
    """Is ``block`` a heading above the titles (a larger type, or a higher level)?"""
    if block.kind != BlockKind.heading:
        return False
    if block.font_size and title.font_size and abs(block.font_size - title.font_size) > 0.5:
        return block.font_size > title.font_size
    return title.kind == BlockKind.heading and (block.level or 0) < (title.level or 0)


def _named_fields(rec: _Record, hint: Callable[[str], str | None] | None, settings: LayoutSettings) -> bool:
    """Are a titled record's label lines ('Ansvar: …' / 'Frist: …' under a bold measure title,
    once in the document) a record's fields all the same: at least ``record_min_labels``
    distinct labels, each a column word of ``hint`` naming an owner or a deadline? The titled
    counterpart of :func:`_named_record`: a plan with a single measure shows no label set that
    repeats."""
    if hint is None:
        return False
    names = [lab.lower() for _b, lab, _v in rec.fields]
    if len(set(names)) != len(names) or len(names) < settings.record_min_labels:
        return False
    return all(hint(n) in _FIELD_ROLES for n in names)


def _titled_runs(
    blocks: list[Block], labels: list[tuple[str, str] | None], settings: LayoutSettings,
    hint: Callable[[str], str | None] | None = None,
) -> list[tuple[int, int, list[_Record]]]:
    """Runs of records that each open with a title of one style (see the module); a run's
    first record whose labels no other record repeats opens it when its labels name its fields
    (:func:`_named_fields`)."""
    cands: list[tuple[int, int, _Record]] = []  # (start, end, record)
    minor = _minor_style(blocks)
    for i, b in enumerate(blocks):
        if not _is_title(b, labels[i], minor, settings):
            continue
        if (hint is not None and b.run_in and b.text.strip().startswith(b.run_in)
                and b.text.strip()[len(b.run_in):].lstrip().startswith(":")
                and hint(b.run_in.rstrip(" :")) in ("owner", "deadline")):
            continue  # "**Who is in charge:** Parks Team": a field the lexicon names, no record's title
        if i + 1 < len(blocks) and _beside(b, blocks[i + 1], settings):
            continue  # a heading in a column of its own (a goal box beside its cards) titles no record
        j = i + 1
        descriptions = []
        while (j < len(blocks) and _is_description(blocks[j], labels[j])
               and len(descriptions) < settings.record_max_descriptions):
            descriptions.append(blocks[j])
            j += 1
        fields = []
        while j < len(blocks) and labels[j] is not None and not _heads_next(blocks[j], b, fields):
            fields.append((blocks[j], *labels[j]))
            j += 1
        if not fields:
            descriptions, j = [], i + 1
        elif descriptions and _nested(descriptions[-1], fields[0][0]):
            continue  # the label lines are sub-items of the list item over them: its record, not the title's
        elif _list_goes_on(blocks, labels, descriptions, j):
            continue  # a lead-in over a list whose items each carry their field lines: no record's title
        cands.append((i, j, _Record(b, descriptions, fields)))  # type: ignore[arg-type]
    # the labels that recur over the document's titled records
    counts: Counter[str] = Counter(lab.lower() for _i, _j, r in cands for lab in {x[1] for x in r.fields})
    common = {lab for lab, n in counts.items() if n >= settings.record_min_records}
    runs: list[tuple[int, int, list[_Record]]] = []
    by_start = {i: (j, r) for i, j, r in cands}
    k = 0
    while k < len(blocks):
        if k not in by_start:
            k += 1
            continue
        start = k
        first = by_start[k][1].title
        recs: list[_Record] = []
        while k in by_start and _style(by_start[k][1].title) == _style(first):  # type: ignore[arg-type]
            end, rec = by_start[k]
            if rec.fields:
                if len({lab.lower() for _b, lab, _v in rec.fields}) != len(rec.fields):
                    break  # a label twice: not one record
                if not any(lab.lower() in common for _b, lab, _v in rec.fields) and not (
                    not recs and _named_fields(rec, hint, settings)
                ):
                    break
            else:
                # a title with no label line: a record with every field missing, when it
                # stands between records of its style or closes them before a higher heading
                nxt = by_start.get(end)
                if nxt is not None and _style(nxt[1].title) == _style(first):  # type: ignore[arg-type]
                    inside = bool(recs) or bool(nxt[1].fields)
                else:
                    inside = bool(recs) and (end >= len(blocks) or _outranks(blocks[end], first))  # type: ignore[arg-type]
                if not inside:
                    break
            recs.append(rec)
            k = end
        names = {lab.lower() for r in recs for _b, lab, _v in r.fields}
        # enough labels in the run, or (one record under its own heading) labels that the
        # document's other records use too; titles set apart only by a run-in word are
        # common in running text ("Objective 1: …" over a lone "Action Item A:" line), so
        # their records must show the label set themselves
        typed = first.kind == BlockKind.heading or first.bold  # type: ignore[union-attr]
        if names and (len(names) >= settings.record_min_labels
                      or (typed and names <= common and len(common) >= settings.record_min_labels)):
            runs.append((start, k, recs))
        else:
            k = start + 1
    return runs


def _described_runs(
    blocks: list[Block], labels: list[tuple[str, str] | None], settings: LayoutSettings
) -> list[tuple[int, int, list[_Record]]]:
    """Runs of records that each open with a plain paragraph right over their label lines
    (the item's text, then "Lead: …" / "By: …" under it, again and again): the paragraph is
    the record's title, in the place a bold title takes in the titled form. A record is one
    paragraph (:func:`_is_description`) and the label lines right after it, no label twice, the
    first of them starting under the paragraph (:func:`_under`); a run is such records one
    after the other, each using a label that at least ``record_min_records`` of the document's
    records of this form use, when there are that many and at least ``record_min_labels`` such
    labels (a group of one card, or a card that leaves a field out, is one all the same). An introduction over a run of labelled records ("Tiltak: …" again and again) is
    none: its labels repeat within what follows it."""
    cands: dict[int, tuple[int, _Record]] = {}
    for i, b in enumerate(blocks[:-1]):
        if not _is_description(b, labels[i]) or labels[i + 1] is None or not _under(b, blocks[i + 1], settings):
            continue
        j = i + 1
        fields: list[tuple[Block, str, str]] = []
        while j < len(blocks) and labels[j] is not None and not _set_larger(blocks[j], b, settings):
            lab = labels[j][0]  # type: ignore[index]
            if any(lab.lower() == x[1].lower() for x in fields):
                break
            fields.append((blocks[j], *labels[j]))  # type: ignore[misc]
            j += 1
        if not fields:
            continue  # the label line right under is a heading over what follows
        if j < len(blocks) and labels[j] is not None and not _set_larger(blocks[j], b, settings):
            continue  # a label again: records of their own under an introduction
        cands[i] = (j, _Record(b, [], fields))
    # the labels that recur over the document's records of this form
    counts: Counter[str] = Counter(lab.lower() for _j, r in cands.values() for _b, lab, _v in r.fields)
    common = {lab for lab, n in counts.items() if n >= settings.record_min_records}
    if len(cands) < settings.record_min_records or len(common) < settings.record_min_labels:
        return []
    runs: list[tuple[int, int, list[_Record]]] = []
    k = 0
    while k < len(blocks):
        if k not in cands:
            k += 1
            continue
        start, recs = k, []
        while k in cands and any(lab.lower() in common for _b, lab, _v in cands[k][1].fields):
            end, rec = cands[k]
            recs.append(rec)
            k = end
        if recs:
            runs.append((start, k, recs))
        else:
            k += 1
    return runs


def _set_larger(label: Block, text: Block, settings: LayoutSettings) -> bool:
    """Is the label line bold and set larger than the paragraph over it, by more than
    ``record_title_size_slack``? Then it is a heading over what follows ("**Målområde:
    Service**" over the next group's goals and "Strategi: …"), no field of the paragraph: a
    record's field lines ("Lead: …", "By: …") are set in its text's size or smaller."""
    if not label.bold or not label.font_size or not text.font_size:
        return False
    return label.font_size > text.font_size + settings.record_title_size_slack


def _under(text: Block, label: Block, settings: LayoutSettings) -> bool:
    """Does the label line start right under the paragraph: at its left edge, below its last
    line by at most ``record_label_gap_ratio`` of the paragraph's type size, or at the head of
    the next page (a record broken by the page)? Without boxes (a word processor's
    paragraphs), the one after the other is enough."""
    a, b = text.provenance, label.provenance
    if a.bbox is None or b.bbox is None or a.page is None or b.page is None:
        return a.bbox is None and b.bbox is None
    if abs(b.bbox.x0 - a.bbox.x0) > settings.field_column_tolerance and not _nested(text, label):
        return False
    if b.page == a.page + 1:
        return True
    size = text.font_size or (a.bbox.bottom - a.bbox.top)
    gap = b.bbox.top - a.bbox.bottom
    return b.page == a.page and -settings.y_tolerance <= gap <= settings.record_label_gap_ratio * size


def _list_goes_on(blocks: list[Block], labels: list[tuple[str, str] | None], descriptions: list[Block], end: int) -> bool:
    """Do the would-be record's descriptions open a list that goes on after its label lines: are
    they list items, and is the block after the labels (at ``end``) another item of that list
    with label lines of its own? Then the title is the list's lead-in ("Next steps" over bullets
    each followed by an "Owner: … | Due: …" line), and each item is a record of the list, not
    the first item alone a record of the title's."""
    if not descriptions or any(d.kind != BlockKind.list_item for d in descriptions):
        return False
    if end + 1 >= len(blocks) or labels[end] is not None or labels[end + 1] is None:
        return False
    nxt = blocks[end]
    return nxt.kind == BlockKind.list_item and (nxt.level or 0) == (descriptions[0].level or 0)


def _nested(item: Block, label: Block) -> bool:
    """Is the label line a sub-item of the list item over it (a deeper list level, "1. <measure>"
    over "• Ansvarig: …" / "• Tidplan: …")? Its fields then belong to that item, whose text starts
    left of them."""
    return (item.kind == BlockKind.list_item and label.kind == BlockKind.list_item
            and (label.level or 0) > (item.level or 0))


# a field separator ("·", "|") and the next field's label on the same line: "VA-enheten · Klart: 2026"
_JOINED_LABEL = re.compile(r"\s+[·|]\s+(?P<label>[A-ZÆØÅÄÖÜ][\w/ .-]{0,40}?)\s*:\s+(?=\S)")
# a separator left at the end of a value whose next field wrapped onto a line of its own
_TRAILING_SEPARATOR = re.compile(r"\s+[·|]\s*$")


def _joined_fields(fields: list[tuple[Block, str, str]], settings: LayoutSettings = DEFAULT) -> list[tuple[Block, str, str]]:
    """The fields of a record with two or more set on one line ("Ansvarig: VA-enheten · Klart:
    2026") parted: each label after a separator that reads as a record label (:func:`record_label`'s
    form: capitalised, short, no number) starts a field of its own; a separator left at the end
    of a value (the next field wrapped onto its own line) is dropped.

    Why: a card's metadata line often holds owner and date together; the record reads the line's
    first label only, and the owner cell came out 'VA-enheten · Klart: 2026' with the date
    column empty (the owners 'VA-enheten' and 'Klart')."""
    out: list[tuple[Block, str, str]] = []
    for block, label, value in fields:
        cut = [m for m in _JOINED_LABEL.finditer(value) if _label_form(m.group("label").strip(), settings)]
        parts = [(label, value[: cut[0].start()] if cut else value)]
        for m, nxt in zip(cut, [*cut[1:], None], strict=False):  # (None closes the last; no cut, no loop)
            parts.append((m.group("label").strip(), value[m.end() : nxt.start() if nxt else len(value)]))
        out += [(block, lab, _TRAILING_SEPARATOR.sub("", val).strip()) for lab, val in parts]
    return out


def _table(recs: list[_Record]) -> Block:
    for rec in recs:
        rec.fields = _joined_fields(rec.fields)
    titled = recs[0].title is not None
    header: list[str] = [""] if titled else []
    for rec in recs:
        for _b, lab, _v in rec.fields:
            if lab.lower() not in (h.lower() for h in header):
                header.append(lab)
    described = titled and any(r.descriptions for r in recs)
    if described:
        header.append("")
    col = {h.lower(): k for k, h in enumerate(header) if h}
    rows: list[list[Cell]] = []
    for r, rec in enumerate(recs):
        # a field the record leaves out is an empty cell of its own, not the title spanning the
        # row: a record with a title alone is a measure with no owner or deadline, no group row
        row = [Cell(row=r, col=k, text="", own=True) for k in range(len(header))]
        if rec.title is not None:
            row[0] = _cell(r, 0, rec.title.text, [rec.title])
        for block, lab, value in rec.fields:
            k = col[lab.lower()]
            row[k] = _cell(r, k, value, [block])
        if described and rec.descriptions:
            k = len(header) - 1
            row[k] = _cell(r, k, " ".join(d.text for d in rec.descriptions), rec.descriptions)
        rows.append(row)
    blocks = [b for rec in recs for b in rec.blocks]
    first = blocks[0].provenance
    bbox: BBox | None = first.bbox
    for block in blocks[1:]:
        p = block.provenance
        if bbox is not None and p.bbox is not None and p.page == first.page:
            bbox = bbox.union(p.bbox)
    pages = sorted({b.provenance.page for b in blocks if b.provenance.page is not None})
    return Block(
        id=blocks[0].id,
        kind=BlockKind.table,
        text=" | ".join(h for h in header if h),
        section_id=blocks[0].section_id,
        table=Table(header=header, rows=rows, pages=pages, ruled=False),
        provenance=Provenance(
            page=first.page,
            bbox=bbox,
            source_text="\n".join(b.provenance.source_text or b.text for b in blocks),
            location=first.location,
        ),
    )


def _cell(row: int, col: int, text: str, blocks: list[Block]) -> Cell:
    p = blocks[0].provenance
    bbox = p.bbox
    for b in blocks[1:]:
        if bbox is not None and b.provenance.bbox is not None and b.provenance.page == p.page:
            bbox = bbox.union(b.provenance.bbox)
    return Cell(row=row, col=col, text=text, page=p.page, bbox=bbox)
