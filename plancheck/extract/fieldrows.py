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
roles among them and the measure's, and no record names a field twice. A card may also carry a
field no column word names ('Beskrivelse', 'Notes'): a short label of words alone, as long as
the fields the lexicon knows outnumber such labels (``FieldRowSettings``); it is a column of no
role, as in any table.

The same labels may run down the first column of a WIDE table whose every further column is one
item (a landscape sheet, one column per measure, perhaps headed 'Tiltak 3.1 | Tiltak 3.2' over an
empty corner): read row by row it gives all the texts, then all the owners. Such a table
(:func:`column_records`) turns into one record per column, its head's number ('Tiltak 3.1') the
record's number; with no text row among the labels, only 'Ansvar' and 'Frist' rows, a head
of a few words is the measure itself. Told from a table of units or figures by its first column,
which must be field labels as above, and from a two-column card broken over columns by its
measure row, which holds a different text in each of at least two columns, and at least two of
those columns hold a field beside it (a card's text broken over two cells has its owner and
deadline under the first only).

A RECORD TABLE (an SMTTE table: context, goal, signs, measures and evaluation rows, each label led
by its initial; a project card: objective, actions, lead, indicators and review rows; a målkort;
also one column per goal) is read the same way, with four things more: a label led by its own initial ('M Mål', the
letter often on a line of its own) is the label (:func:`field_label`); a label broken over a page
('M' at the foot, 'Mål' over an empty value cell at the next page's top) is joined; the record's
context and follow-up fields (the lexicon's ``tables.record_fields``) are known labels that hold no
item and are left out; and a measure cell listing several items, or items with their own fields
(a dashed item over an italic 'Tovholder: … · Hvornår: …' line, joined by the page's reading into
one run of text), gives one row per item (:func:`record_items`), its owner and deadline from its
own fields, the record's other cells (its goal) merged down over them. A record of a goal and its
measures is a measure table even when no item names an owner or a deadline (a record whose
measure cell only says its measures are still to be agreed keeps its goal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.ingest.text import join_lines
from plancheck.lang.vocab import column_role
from plancheck.layout.records import split_records
from plancheck.models import Block, BlockKind, Cell, Document, Table


@dataclass(frozen=True)
class FieldRowSettings:
    #: the most words a field label holds
    label_max_words: int = 3
    #: labels no column word names: at most one for every this many labels the lexicon knows
    known_per_unknown: int = 3
    #: a sheet with no text row (one column per measure, the measure in the column's head): the
    #: fewest words a head holds to be a measure's text, not a unit's or a year's name
    head_min_words: int = 3
    #: a record written in one cell as lines of 'Label: value' (:func:`record_cells`): the fewest
    #: fields it holds
    record_cell_min_fields: int = 3


#: a label no column word names: words of letters only ("Beskrivelse", "Andre merknader")
_PLAIN_LABEL = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)*$")


def field_labels(labels: list[str], settings: FieldRowSettings = FieldRowSettings()) -> bool:
    """Are ``labels`` a set of field labels: each a column word of the lexicon (or its word for
    partners), or a short label of words alone (``_PLAIN_LABEL``) when the known words outnumber
    those ``known_per_unknown`` times (counted once each)?"""
    from plancheck.lang.vocab import column_role

    names = {t.strip().lower() for t in labels if t.strip()}
    known = {n for n in names if column_role(n) or _partner_label(n)}
    unknown = names - known
    if not known or any(len(n.split()) > settings.label_max_words or not _PLAIN_LABEL.match(n) for n in unknown):
        return False
    return len(known) >= settings.known_per_unknown * len(unknown)


@cache
def _partner_words() -> frozenset[str]:
    """The lexicon's words for partners (``tables.partners``), once: :func:`field_labels` asks
    of every label of every candidate field table."""
    from plancheck.lang.vocab import table_words

    return frozenset(table_words("partners"))


def _partner_label(name: str) -> bool:
    """Is ``name`` the lexicon's word for partners ('Samarbeidspartnere') or for a record's field
    that holds no item ('Sammenhæng', 'Evaluering', ``tables.record_fields``): a field it knows,
    though of no role (partners own nothing; a record's context and its follow-up are no items)."""
    name = " ".join(name.split())
    return name in _partner_words() or name in _record_field_words()


@cache
def _record_field_words() -> frozenset[str]:
    """The lexicon's words for a record's fields that hold no item (``tables.record_fields``)."""
    from plancheck.lang.vocab import table_words

    return frozenset(table_words("record_fields"))


#: a label led by its own initial, set apart ('M Mål', 'T Tegn' in an SMTTE table, the
#: letter often on a line of its own): the initial is no part of the label
_INITIAL = re.compile(r"^([^\W\d_])[\s.:)]+(([^\W\d_])[^\W\d_]*(?:[ -][^\W\d_]+)*)$")


def field_label(text: str) -> str:
    """A field label as the lexicon names it: its spaces collapsed, a closing colon dropped and an
    initial that repeats its first letter dropped ('M Mål' → 'Mål', 'Ansvar:' → 'Ansvar')."""
    text = " ".join(text.split()).rstrip(":").rstrip()
    m = _INITIAL.match(text)
    if m is not None and m.group(1).casefold() == m.group(3).casefold():
        return m.group(2)
    return text


def _head_items(table: Table, settings: FieldRowSettings) -> dict[int, tuple[str | None, str]]:
    """The heads over a sheet's columns (:func:`column_records`), column → (number, text): 'Tiltak
    3.1' gives its number and no text, 'Tiltak 3.2: Merke løyper' both, a head of at least
    ``head_min_words`` words that names no column the text alone; other heads nothing."""
    from plancheck.extract.roles import bare_label, label_role

    out: dict[int, tuple[str | None, str]] = {}
    for j, head in enumerate(table.header[1:], start=1):
        head = " ".join(head.split())
        if not head:
            continue
        if (bare := bare_label(head)) is not None:
            if bare[0] == "measure" and bare[1]:
                out[j] = (bare[1], "")
            continue
        role, number, rest = label_role(head)
        if role == "measure":
            out[j] = (number, rest.strip())
        elif role is None and len(head.split()) >= settings.head_min_words and column_role(head) is None:
            out[j] = (None, head)
    return out


def column_records(table: Table, settings: FieldRowSettings = FieldRowSettings()) -> Table | None:
    """``table`` as one record per column when its first column holds field labels and each
    further column is an item (see the module); None otherwise."""
    from plancheck.lang.vocab import COLUMN_WORDS, words

    head = [Cell(row=-1, col=i, text=t) for i, t in enumerate(table.header)]
    titled = not table.header or not table.header[0].strip()  # an empty corner over the columns' heads
    body = _joined_labels([r for r in ([] if titled else [head]) + list(table.rows) if any(c.text.strip() for c in r)])
    labels = [field_label(r[0].text) for r in body]
    names = [lab.lower() for lab in labels]
    roles = [column_role(n) for n in names]
    if len(body) < 2 or any(not lab or (role is None and len(lab.split()) > settings.label_max_words)
                            for lab, role in zip(labels, roles, strict=True)):
        return None
    known = [r for r in roles if r is not None]
    if len(set(known)) < 2 or len(set(names)) != len(names) or len(set(known)) != len(known):
        return None  # a label twice, or two of one role: no single field set
    if not (_journey_map(names, roles, settings) or field_labels(names, settings)):
        return None
    heads = _head_items(table, settings) if titled else {}
    text_row = body[roles.index("measure")] if "measure" in known else None  # the items' texts, one per column
    if text_row is not None:
        cols = [j for j in range(1, len(text_row)) if text_row[j].text.strip()]
        texts = [text_row[j].text.strip() for j in cols]
    elif {"owner", "deadline"} <= set(known):
        # no text row: the heads are the items ('Ny gangbru over elva | Nye gatelys …')
        cols = [j for j in range(1, len(table.header)) if j in heads and heads[j][1]]
        if len(cols) != len([h for h in table.header[1:] if h.strip()]):
            return None
        texts = [heads[j][1] for j in cols]
    else:
        return None
    if len(cols) < 2 or len(set(texts)) < len(cols):
        return None  # one item's text drawn over several columns: a card, not a sheet
    if text_row is not None and "goal" in known:
        # a record of a goal and its measures: a measure cell holding only a note where the
        # others list numbered items with fields holds no measure (the goal stays, with none)
        noted = _noted_records(text_row, cols)
        body = [noted if r is text_row else r for r in body]
        text_row = noted
    fields = [r for r in body if r is not text_row]
    if sum(1 for j in cols if any(j < len(r) and r[j].text.strip() for r in fields)) < 2:
        return None  # a card's text broken over two cells, its owner and deadline in the first column's only
    numbers = {j: heads[j][0] for j in cols if j in heads and heads[j][0]}
    header = [words(COLUMN_WORDS, "number")[0]] if numbers else []
    if "measure" not in known:
        header.append(words(COLUMN_WORDS, "measure")[0])
    header += labels
    rows: list[list[Cell]] = []
    for ri, j in enumerate(cols):
        out = [Cell(row=ri, col=0, text=numbers.get(j) or "")] if numbers else []
        if "measure" not in known:
            out.append(Cell(row=ri, col=len(out), text=heads[j][1]))
        for r in body:
            c = r[j] if j < len(r) else None
            out.append(Cell(row=ri, col=len(out), text=c.text.strip() if c else "",
                            page=c.page if c else None, bbox=c.bbox if c else None, bold=c.bold if c else False))
        rows.append(out)
    return _item_rows(Table(header=header, rows=rows, pages=list(table.pages), ruled=table.ruled))


def _journey_map(names: list[str], roles: list[str | None], settings: FieldRowSettings) -> bool:
    """Are the labels down a sheet's first column those of a journey map (a customer or service
    journey: phases as columns, rows of what the user does, says and feels, pain points, then the
    phase's goal, 'Slik vil vi ha det' / 'To-be', and its measures): a goal row and a measure row
    among them, each other label a short label of words (the map's context rows, no items)?"""
    if "goal" not in roles or "measure" not in roles:
        return False
    return all(role is not None or (len(n.split()) <= settings.label_max_words and _PLAIN_LABEL.match(n))
               for n, role in zip(names, roles, strict=True))


#: an item numbered under its record ('1.1 Sende …', '2.3 …')
_NUMBERED_ITEM = re.compile(r"^\d+(?:\.\d+)+\.?\s+\S")


def _noted_records(text_row: list[Cell], cols: list[int]) -> list[Cell]:
    """The measure row of a sheet of records, one per column, with a cell that holds only a note
    emptied: when every other record's cell lists numbered items with their own fields
    (:func:`record_items`), a cell of neither (a phase left to another body: 'This is the county's
    responsibility') names no measure."""
    def listed(text: str) -> bool:
        items = record_items(text)
        return bool(items) and all(_NUMBERED_ITEM.match(t) for t, _f in items) and any(f for _t, f in items)

    from plancheck.extract.fields import field_line

    plain = [j for j in cols if not listed(text_row[j].text)]
    if len(plain) != 1 or len(cols) - len(plain) < 2:
        return text_row
    j = plain[0]
    text = text_row[j].text
    if _NUMBERED_ITEM.match(text.strip()) or any(field_line(x) for x in text.splitlines() if x.strip()):
        return text_row
    return [c.model_copy(update={"text": ""}) if k == j else c for k, c in enumerate(text_row)]


@cache
def _card_label() -> re.Pattern[str]:
    """A card's name and number opening its band ('HANDLEKORT 3', 'Tiltakskort 2:', 'Action card
    4 –'): the lexicon's ``tables.card_words``."""
    from plancheck.lang.vocab import alternation, table_words

    return re.compile(rf"^(?:{alternation(table_words('card_words'))})\s+\d{{1,3}}(?:\.\d{{1,3}})*"
                      r"(?:\s*[.:–—-]?\s+|\s*[.:]?$)", re.IGNORECASE)


def card_title(text: str) -> str | None:
    """The item a card's band names: the band's text after its card name and number ('HANDLEKORT
    1 Åbne hallerne' → 'Åbne hallerne'), or after a measure label ('Tiltak 3: …'); the band as it
    stands when it opens with neither; None when it is a label or a number alone ('Tiltakskort 3')."""
    from plancheck.extract.roles import label_role

    text = " ".join(text.split())
    if (m := _card_label().match(text)) is not None:
        text = text[m.end():]
    else:
        role, _number, rest = label_role(text)
        if role == "measure":
            text = rest.strip()
    if not text or column_role(text.lower()) is not None or not any(ch.isalpha() for ch in text):
        return None
    return text


def _banner(table: Table, settings: FieldRowSettings) -> tuple[bool, str | None]:
    """Is the table's header row a band over a card's field grid (one filled cell, the first,
    holding more than a label), and the item it names (:func:`card_title`; None for a card's
    name and number alone, 'Tiltakskort 3', whose item is in a field)?"""
    filled = [h for h in table.header if h.strip()]
    if len(filled) == 2 and len(table.header) == 2 and _card_code(table.header[0]) is not None:
        # 'TK-12 | Solceller på idrettshallen': the card's code, then its title
        title = card_title(table.header[1])
        return title is not None, title
    if len(filled) != 1 or not table.header[0].strip() or len(table.header) < 2:
        return False, None
    text = " ".join(filled[0].split())
    if _card_label().match(text):
        return True, card_title(text)
    if len(text.split()) <= settings.label_max_words and _PLAIN_LABEL.match(text):
        return False, None  # a label over an empty value cell
    title = card_title(text)
    return title is not None, title


def _card_code(text: str) -> str | None:
    """The code a card's head cell holds alone ('TK-12', 'A12': letters and a number, one
    item code), or None."""
    from plancheck.extract.roles import item_codes

    codes = item_codes(text)
    code = codes[0] if len(codes) == 1 else None
    if code is None or " ".join(text.split()) != code:
        return None
    return code if any(ch.isalpha() for ch in code) and any(ch.isdigit() for ch in code) else None


def _label_like(text: str, settings: FieldRowSettings) -> bool:
    """Could ``text`` be a field label: a column word of the lexicon, or a short label of words."""
    text = " ".join(text.split())
    return bool(text) and len(text.split()) <= settings.label_max_words and (
        column_role(text.lower()) is not None or bool(_PLAIN_LABEL.match(text)))


def _paired(rows: list[list[Cell]], settings: FieldRowSettings) -> bool:
    """Are the rows' cells label | value | label | value pairs (a card's grid of two fields a row,
    'Ansvarlig | Park og Vej | Tidsplan | 2030'): four or more columns, an even count, every
    filled cell in an even place a label with its value beside it, and some row holding two
    fields the lexicon knows?"""
    width = max((len(r) for r in rows), default=0)
    if width < 4 or width % 2 or any(len(r) != width for r in rows):
        return False
    two = False
    for r in rows:
        labels = [r[k].text for k in range(0, width, 2) if r[k].text.strip()]
        if any(not _label_like(t, settings) for t in labels):
            return False
        if any(not r[k].text.strip() and r[k + 1].text.strip() and r[k + 1].bbox is not None
               and r[k].bbox is not None for k in range(2, width, 2)):
            return False  # a value with no label before it: no pair
        two = two or sum(1 for t in labels if column_role(" ".join(t.split()).lower())) >= 2
    return two


def _row_fields(row: list[Cell], paired: bool) -> list[tuple[str, list[Cell], Cell]]:
    """The fields of one row: (label, the cells that hold its value, its value cell)."""
    if paired:
        out = []
        for k in range(0, len(row) - 1, 2):
            label = row[k].text.strip()
            if label:
                out.append((field_label(label), [row[k + 1]] if row[k + 1].text.strip() else [], row[k + 1]))
        return out
    label = field_label(row[0].text)
    return [(label, [c for c in row[1:] if c.text.strip() and c.text.strip() != row[0].text.strip()], row[1])]


def _known_label(text: str) -> bool:
    name = field_label(text).lower()
    return bool(name) and (column_role(name) is not None or _partner_label(name))


def _other_page(a: Cell, b: Cell) -> bool:
    return a.page is not None and b.page is not None and a.page != b.page


def _joined_labels(rows: list[list[Cell]]) -> list[list[Cell]]:
    """``rows`` with a label broken over two rows joined: a row whose label the lexicon does not
    know, over a row holding nothing but the rest of it ('M' at a page's foot, 'Mål' opening
    the next page with an empty value cell, the value standing beside 'M'), is one field, when
    the first part is a lone letter or the two stand on different pages (a label of its own over
    an empty field, 'Bakgrunn' over 'Ansvarleg', stays two)."""
    out: list[list[Cell]] = []
    for row in rows:
        prev = out[-1] if out else None
        if (prev is not None and len(row) == len(prev) and row[0].text.strip() and prev[0].text.strip()
                and not any(c.text.strip() for c in row[1:]) and not _known_label(prev[0].text)
                and _known_label(prev[0].text + " " + row[0].text)
                and (len(prev[0].text.strip()) == 1 or _other_page(prev[0], row[0]))):
            out[-1] = [prev[0].model_copy(update={"text": prev[0].text.strip() + " " + row[0].text.strip()}), *prev[1:]]
            continue
        out.append(row)
    return out


def field_records(table: Table, settings: FieldRowSettings = FieldRowSettings()) -> Table | None:
    """``table`` as records when its rows are fields (see the module); None otherwise."""
    if (wide := column_records(table, settings)) is not None:
        return wide
    from plancheck.lang.vocab import COLUMN_WORDS, words

    head = [Cell(row=-1, col=i, text=t) for i, t in enumerate(table.header)]
    band, title = _banner(table, settings)
    body = [r for r in ([] if band else [head]) + list(table.rows)
            if len(r) >= 2 and any(c.text.strip() for c in r)]
    body = _joined_labels(body)
    paired = _paired(body, settings)
    fields: list[tuple[str, list[Cell], Cell]] = []  # (label, the row's other cells that hold text, its value cell)
    for row in body:
        label = field_label(row[0].text)
        if not label or len(label.split()) > settings.label_max_words:
            return None
        fields.extend(_row_fields(row, paired))
    if title is not None and not _card_label().match(" ".join(table.header[0].split())) and any(
            column_role(f[0].lower()) == "measure" for f in fields):
        title = None  # a title band over a card whose item is a field ('Tiltak | …'): the field's
    if title is not None:
        # the band names the card's item; a field the lexicon reads as the measure's
        # ('What we will do', 'Description') describes it, no item of its own
        described = [f for f in fields if column_role(f[0].lower()) != "measure"]
        if not {"owner", "deadline"} & {column_role(f[0].lower()) for f in described}:
            return None  # no card: a band over a table of other fields
        page = table.pages[0] if table.pages else None
        band = Cell(row=-1, col=0, text=title, page=page)
        fields = [(words(COLUMN_WORDS, "measure")[0], [band], band), *described]
        if (code := _card_code(table.header[0])) is not None:
            # the card's code before its title: the item's number, as a 'Nr' column's
            cell = Cell(row=-1, col=0, text=code, page=page)
            fields.insert(0, (words(COLUMN_WORDS, "number")[0], [cell], cell))
    names = [lab.lower() for lab, _v, _c in fields]
    roles = [column_role(n) for n in names]
    known = [r for r in roles if r is not None]
    if not fields or "measure" not in known or len(set(known)) < 2 or not field_labels(names, settings):
        return None
    if len(set(known)) != len({n for n, r in zip(names, roles, strict=True) if r is not None}):
        return None  # two labels of one role ("Ansvar", "Ansvarlig"): no field set
    records = split_records(names)
    if any(len(set(names[a:b])) != b - a for a, b in records):
        return None
    header: list[str] = []
    for lab, _v, _c in fields:
        if lab.lower() not in (h.lower() for h in header):
            header.append(lab)
    col = {h.lower(): k for k, h in enumerate(header)}
    rows: list[list[Cell]] = []
    for ri, (a, b) in enumerate(records):
        out = [Cell(row=ri, col=k, text="") for k in range(len(header))]
        for lab, values, own in fields[a:b]:
            k = col[lab.lower()]
            texts = list(dict.fromkeys(c.text.strip() for c in values))
            # an empty field keeps its own cell's place: it is empty, not covered by the cell
            # before it (a cell with no box is one merged over from the left)
            first = values[0] if values else own
            out[k] = Cell(row=ri, col=k, text=join_lines(texts) if texts else "",
                          page=first.page, bbox=first.bbox, bold=first.bold if values else False)
        rows.append(out)
    return _item_rows(Table(header=header, rows=rows, pages=list(table.pages), ruled=table.ruled))


#: an item's mark in a record's cell: a bullet or a dash standing free, at the text's start or
#: after a space (never the hyphen of 'Børne- og Skoleudvalget')
_ITEM_MARK = re.compile(r"(?:^|(?<=\s))[•●▪■◦‣∙➢►–—-](?=\s)")


def record_items(text: str) -> list[tuple[str, list[tuple[str, str]]]] | None:
    """The items of a record's measure cell that holds several, or one with its own fields: each
    line or each bulleted or dashed part an item, and a line of labelled owner and deadline fields
    under an item (or the fields closing it, the lines joined: '– Indføre … Tovholder: PPR ·
    Hvornår: 2027') its owner and deadline: [(text, [(role, value), …]), …]. A line opening in
    lower case under a bulleted item goes on with it, and a line closing with a colon over the
    items leads them in. None when the cell is one item and no fields (read as it stands).

    Why: a record table (SMTTE, a project card) lists the record's measures in one cell, each
    with its own owner and deadline on an italic line under it; read as one run-on measure, the
    owners' names count as the measure's words and none of them is found."""
    from plancheck.extract.fields import closing_field_line, field_line

    lines = [" ".join(x.split()) for x in (text or "").splitlines() if x.strip()]
    marked = bool(lines) and _ITEM_MARK.match(lines[0]) is not None
    parts: list[tuple[bool, str]] = []  # (opened by a mark, text)
    for line in lines:
        pieces = _ITEM_MARK.split(line) if marked else [line]
        if pieces[0].strip():
            parts.append((False, pieces[0].strip()))
        parts.extend((True, x.strip()) for x in pieces[1:] if x.strip())
    # items numbered under their record ('1.1 …', '1.2 …'), each perhaps over a line of its fields:
    # an unnumbered line before an item's fields goes on with its text, one after them is a note
    # on the list ('See also 3.2.'), no item
    numbered = not marked and bool(parts) and _NUMBERED_ITEM.match(parts[0][1]) is not None and sum(
        1 for _o, x in parts if _NUMBERED_ITEM.match(x)) >= 2
    items: list[tuple[str, list[tuple[str, str]]]] = []
    for opened, part in parts:
        if not opened and items and (fields := field_line(part)):
            items[-1][1].extend(fields)
            continue
        if numbered and items and not _NUMBERED_ITEM.match(part):
            if not items[-1][1]:
                more, fields = closing_field_line(part) or (part, [])
                items[-1] = (items[-1][0] + " " + more, list(fields))
            continue
        split = closing_field_line(part)
        body, fields = split if split else (part, [])
        if marked and not opened and items and body[:1].islower():
            items[-1] = (items[-1][0] + " " + body, items[-1][1] + list(fields))  # a wrapped line
            continue
        if not opened and not items and body.endswith(":") and len(parts) > 1:
            continue  # a lead-in over the items
        items.append((body, list(fields)))
    if not any(f for _t, f in items) and (len(items) < 2 or not marked):
        return None  # one item, or lines of no mark and no fields (an item and its description)
    return items


def _item_rows(table: Table) -> Table:
    """A records table (one row per record) without the fields that hold no item (the lexicon's
    ``tables.record_fields``: a record's context, its follow-up), and with each record's measure cell that holds several
    items, or items with their own fields (:func:`record_items`), made one row per item: the
    item's own owner and deadline in the owner and deadline columns (added when the record has
    none), the record's other cells, the goal's among them, merged down over the item rows. A
    record of a goal and its measures has owner and deadline columns even when no item names
    them: it is a measure table (a record whose measure cell only says its measures are still
    to be agreed keeps its goal, which has none)."""
    from plancheck.lang.vocab import COLUMN_WORDS, words

    keep = [k for k, h in enumerate(table.header) if " ".join(h.lower().split()) not in _record_field_words()]
    if len(keep) < len(table.header):
        # the record's context and its follow-up hold no item (and their dates no deadline)
        table = table.model_copy(update={
            "header": [table.header[k] for k in keep],
            "rows": [[r[k].model_copy(update={"col": j}) for j, k in enumerate(keep) if k < len(r)] for r in table.rows]})
    roles = [column_role(h.lower()) for h in table.header]
    if "measure" not in roles:
        return table
    mcol = roles.index("measure")
    split = [record_items(r[mcol].text) if mcol < len(r) else None for r in table.rows]
    if not any(split) and ("goal" not in roles or {"owner", "deadline"} <= set(roles)):
        return table
    header = list(table.header)
    col = {}
    for role in ("owner", "deadline"):
        if role in roles:
            col[role] = roles.index(role)
        else:
            col[role] = len(header)
            header.append(words(COLUMN_WORDS, role)[0])
    rows: list[list[Cell]] = []
    for row, items in zip(table.rows, split, strict=True):
        first = len(rows)
        full = [*row, *(Cell(row=first, col=k, text="", page=row[mcol].page) for k in range(len(row), len(header)))]
        for i, (text, fields) in enumerate(items or [(row[mcol].text, [])]):
            ri = len(rows)
            out = [c.model_copy(update={"row": ri, "merged_from": first if i else c.merged_from}) for c in full]
            out[mcol] = full[mcol].model_copy(update={"row": ri, "text": text, "merged_from": None})
            for role, value in fields:
                if role in col:
                    out[col[role]] = full[col[role]].model_copy(update={"row": ri, "text": value, "merged_from": None})
            rows.append(out)
    # the item's own cells first: a row's text, quoted for the measure, opens with the measure
    order = [mcol, col["owner"], col["deadline"], *(k for k in range(len(header)) if k not in (mcol, col["owner"], col["deadline"]))]
    return table.model_copy(update={
        "header": [header[k] for k in order],
        "rows": [[r[k].model_copy(update={"col": j}) for j, k in enumerate(order)] for r in rows]})


#: a label and its colon opening a cell's text, a line of it, or a sentence of it ('Tiltak: …',
#: '… on the quay. Assessment: …'): the label has up to three words and opens with a capital
_OPEN_LABEL = re.compile(r"(?:^|(?<=[.!?])[^\S\n]+|\n\s*)(?P<label>[^\W\d_][\w/-]*(?:[ -][^\W\d_][\w/-]*){0,2})\s*:(?:\s+|$)")


def cell_fields(text: str, settings: FieldRowSettings = FieldRowSettings()) -> list[tuple[str, str]] | None:
    """The fields of a cell written as 'Label: value' runs ('Observed: … / Action: … / Lead: … /
    Due: …', each on a line of its own or run on as the page's reading joined them): a label opens
    the text, a line or a sentence, or - once the fields have begun - is a capitalised word the
    lexicon knows as a column word after a space ('… Lead: Parks Due: 2027'); [(label, value), …]
    in order, a value of a dash alone empty. None when the text opens with no label, holds fewer
    than ``record_cell_min_fields`` fields, or names a label twice."""
    from plancheck.extract.fields import _NEXT_LABEL

    text = (text or "").strip()
    if ":" not in text:
        return None
    marks = {m.start("label"): m.end() for m in _OPEN_LABEL.finditer(text) if m.group("label")[:1].isupper()}
    if 0 not in marks:
        return None
    for m in _NEXT_LABEL.finditer(text):
        at = m.start("label")
        if at not in marks and column_role(m.group("label").lower()) is not None and not any(
                a < at < e for a, e in marks.items()):
            marks[at] = m.end()
    starts = sorted(marks)
    fields: list[tuple[str, str]] = []
    for at, nxt in zip(starts, [*starts[1:], len(text)], strict=True):
        label = field_label(text[at:marks[at]])
        value = " ".join(text[marks[at]:nxt].split())
        fields.append((label, "" if not value.strip(" –—-.") else value))
    labels = [lab.lower() for lab, _v in fields]
    if len(fields) < settings.record_cell_min_fields or len(set(labels)) != len(labels):
        return None
    return fields


def record_cells(table: Table, settings: FieldRowSettings = FieldRowSettings()) -> Table | None:
    """``table`` as field rows when each record is ONE cell of labelled lines (an inspection
    report's or a case form's table per point: a title row, a photo or its caption in one cell and
    'Observed: … / Assessment: … / Action: … / Lead: … / Due: …' beside it in the other): the
    record cells' fields one row each, 'label | value', ready for :func:`field_records`; None when
    no cell holds fields with the measure's label and an owner's or deadline's, or a row holds
    more than one such cell, or a row beside them more than one other text (a title band, a
    caption: they name the point or the picture, no item). A record cell holds the measure's label;
    one of them at least an owner's or a deadline's too."""
    head = [Cell(row=-1, col=i, text=t) for i, t in enumerate(table.header)]
    rows: list[list[Cell]] = []
    found = False
    for row in [head, *table.rows]:
        cells = [(c, f) for c in row if (f := cell_fields(c.text, settings)) is not None]
        roles = [{column_role(lab.lower()) for lab, _v in f} for _c, f in cells]
        records = [(c, f) for (c, f), r in zip(cells, roles, strict=True) if "measure" in r]
        found = found or any("measure" in r and r & {"owner", "deadline"} for r in roles)
        others = {" ".join(c.text.split()) for c in row if c.text.strip()} - {
            " ".join(c.text.split()) for c, _f in records}
        if len(records) > 1 or len(others) > 1:
            return None
        if not records:
            continue
        cell, fields = records[0]
        for label, value in fields:
            rows.append([Cell(row=len(rows), col=0, text=label, page=cell.page, bbox=cell.bbox),
                         Cell(row=len(rows), col=1, text=value, page=cell.page, bbox=cell.bbox)])
    if not found:
        return None
    return Table(header=[c.text for c in rows[0]], rows=rows[1:], pages=list(table.pages), ruled=table.ruled)


def field_row_tables(doc: Document) -> Document:
    """``doc`` with every table of field rows turned into records (see the module), and every table
    whose records are each one cell of labelled lines (:func:`record_cells`); the same document
    when it has none."""
    changed = False
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.table is not None and (
                (recs := field_records(b.table)) is not None
                or ((cells := record_cells(b.table)) is not None and (recs := field_records(cells)) is not None)):
            b = b.model_copy(update={"table": recs, "text": " | ".join(recs.header)})
            changed = True
        blocks.append(b)
    return doc.model_copy(update={"blocks": blocks}) if changed else doc
