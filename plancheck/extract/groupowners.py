"""Owners a plan names once for a group of measures, over the group instead of in an owner column.

A plan may sort its measures by who carries them out and say so in a label over each group:

- a **heading** over the group: "Socialnämnden ansvarar för" over a table 'Åtgärd | Mål | Klart',
  "Parks Team is responsible for" over a list, or a label heading "Ansvarlig: Kulturenheten".
  The body named there owns every measure under the heading that names no owner of its own
  (:func:`group_owners`). A plan that gives owners this way gives every measure a place for
  one: a measure under a heading that names no owner ("Ansvar fördelas senare") has none, and
  the checks say so.
- a **row spanning a measure table** with no owner column, 'Responsible: Youth unit' in one cell
  only, over the rows it owns until the next such row, also over a page break where the group
  row is not repeated (the layout joins the table's pieces first). :func:`owner_group_tables`
  rewrites such a table as the table it stands for: the group rows dropped and an owner column
  added, headed by the label as printed, each row's cell holding its group's owner (an owner
  the group row says is not decided yet is read as none by the owner splitter, as an owner
  cell is). A table qualifies when it has a measure column and no owner column and its first
  row is a group row.
- a **unit's name alone spanning such a table**, "Børne- og Ungeforvaltningen" over its rows, no
  label before it: a plan sorting its measures by who carries them out. Read the same way when
  every group row of the table is one such name (one owner of the owner reader's unit or role
  kind, short, no sentence: :func:`unit_row`), so a table grouped by theme ("Trafiksikkerhed",
  "Skole og barnehage": two names, or none) keeps its group rows as themes. Its owner column is
  headed by the language's first ``columns.owner`` word.

Both read a group label 'label: owner' with one function (:func:`label_owner`) and one phrase
list, the lexicon's ``owner_labels``; a heading may also name the owner before one of the
``owner_heading_phrases``. A heading's labels are its language's; a table row's are every
language's, as the owner splitter reads an owner cell's label (``lang.owners``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Block, BlockKind, Cell, Document, Measure, Section, Table


@dataclass(frozen=True)
class GroupOwnerSettings:
    # the owner a group heading names is a short name: at most this many characters after its
    # first (a table's group row is its own cell and has no such bound)
    owner_chars: int = 80


@cache
def _label(lang: str | None) -> re.Pattern[str] | None:
    """'label: owner' with one of the ``owner_labels`` (of ``lang``, or of every language)."""
    from plancheck.lang.vocab import alternation, plain_words

    labels = plain_words("owner_labels", lang)
    return re.compile(rf"^\s*({alternation(labels)})\s*:\s*(\S.*)$", re.IGNORECASE | re.DOTALL) if labels else None


def label_owner(text: str, lang: str | None) -> tuple[str, str] | None:
    """(label as printed, owner) of a group label 'Ansvarlig: Kulturenheten', or None. ``lang``
    None reads every language's labels."""
    rx = _label(lang)
    m = rx.match(text) if rx is not None else None
    return (m.group(1), m.group(2)) if m else None


@cache
def _before(lang: str, owner_chars: int) -> re.Pattern[str] | None:
    """'<owner> ansvarar för': the owner before one of the ``owner_heading_phrases``."""
    from plancheck.lang.vocab import alternation, plain_words

    phrases = plain_words("owner_heading_phrases", lang)
    return (
        re.compile(rf"^\s*(?P<owner>\S.{{0,{owner_chars}}}?)\s+(?:{alternation(phrases)})\s*:?\s*$", re.IGNORECASE)
        if phrases else None
    )


def heading_owner(title: str, lang: str, settings: GroupOwnerSettings = GroupOwnerSettings()) -> str | None:
    """The owner a group heading names ("Socialnämnden ansvarar för" → "Socialnämnden"), or None."""
    from plancheck.lang.owners import is_owner_like

    title = " ".join(title.split())
    found: list[str] = []
    before = _before(lang, settings.owner_chars)
    if before is not None and (m := before.match(title)) is not None:
        found.append(m.group("owner"))
    labelled = label_owner(title, lang)
    if labelled is not None and len(labelled[1]) <= settings.owner_chars + 1:
        found.append(labelled[1])
    for owner in found:
        owner = owner.strip(" :–—-")
        if owner and not any(c.isdigit() for c in owner) and (owner[:1].isupper() or is_owner_like(owner, lang)):
            return owner
    return None


def owner_over(sections: list[Section], section_id: str | None, lang: str) -> str | None:
    """The owner the nearest heading over ``section_id`` (itself or one above it) names as a group
    owner, or None. A table of activities under such a heading is a table of measures whose
    owner the heading gives, though it has no owner column of its own."""
    by_id = {s.id: s for s in sections}
    cur, seen = by_id.get(section_id or ""), set()
    while cur is not None and cur.id not in seen:
        if (owner := heading_owner(cur.title, lang)) is not None:
            return owner
        seen.add(cur.id)
        cur = by_id.get(cur.parent_id) if cur.parent_id else None
    return None


def group_owners(measures: list[Measure], sections: list[Section], lang: str) -> None:
    """Give each measure without an owner (and without an owner column of its own) the owner
    its nearest group heading names."""
    from plancheck.lang.owners import split_owners

    by_id = {s.id: s for s in sections}
    named: dict[str, str | None] = {s.id: heading_owner(s.title, lang) or unit_heading_owner(s, by_id, lang) for s in sections}
    if not any(named.values()):
        return
    for m in measures:
        if m.owners or m.has_owner_column:
            continue
        owner, cur, seen = None, by_id.get(m.section_id or ""), set()
        while cur is not None and cur.id not in seen and owner is None:
            # the heading the measure stands under, or one above it ("Socialnämnden ansvarar
            # för" over "Mål 1"); a sibling group's heading is none of these
            owner = named.get(cur.id)
            seen.add(cur.id)
            cur = by_id.get(cur.parent_id) if cur.parent_id else None
        m.has_owner_column = True  # the plan gives owners in its group headings
        if owner:
            m.owners = split_owners(owner, lang=lang)
            m.owner_text = owner


@cache
def _label_word(lang: str) -> re.Pattern[str] | None:
    """An owner label word ("Ansvar", ``owner_labels``) opening a heading, no colon after it."""
    from plancheck.lang.vocab import alternation, plain_words

    labels = plain_words("owner_labels", lang)
    return re.compile(rf"^\s*(?:{alternation(labels)})\s+(?=\S)", re.IGNORECASE) if labels else None


def unit_heading_owner(
    section: Section, by_id: dict[str, Section], lang: str, settings: GroupOwnerSettings = GroupOwnerSettings()
) -> str | None:
    """The owner a unit's heading names when its parent heading says the measures are sorted by
    who carries them out ("Helse og omsorg" under "Tiltak fordelt på ansvarlig enhet",
    :func:`plancheck.extract.roles.owner_grouped_heading`): the heading as printed, a short name
    without digits or a sentence's end. A heading opening with an owner label word ("Ansvar
    ikkje avklart") is read without it, so that the owner splitter reads 'not decided' as none
    (an empty string: the group gives no owner, and its measures have none); one closing with a
    word for 'together' ("Kultur og Eigedom i lag") without that word."""
    from plancheck.extract.roles import owner_grouped_heading

    parent = by_id.get(section.parent_id or "")
    title = " ".join(section.title.split()).strip(" :")
    if parent is None or not owner_grouped_heading(parent.title):
        return None
    if not title or len(title) > settings.owner_chars or any(c.isdigit() for c in title) or title[-1] in ".!?":
        return None
    rx = _label_word(lang)
    title = rx.sub("", title) if rx is not None else title
    together = _together(lang)
    return together.sub("", title) if together is not None else title


@cache
def _together(lang: str) -> re.Pattern[str] | None:
    """A word closing a heading over measures several units carry out together ("… og
    Eigedom i lag", ``together_words``): no part of the last unit's name."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("together_words", lang)
    return re.compile(rf"\s+(?:{alternation(words)})\s*$", re.IGNORECASE) if words else None


def group_owner(row: list[Cell]) -> tuple[str, str, Cell] | None:
    """(label, owner, cell) of a table's group row: text in one cell only, 'label: owner'."""
    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1:
        return None
    found = label_owner(filled[0].text, None)
    return (found[0], found[1].strip(), filled[0]) if found else None


def unit_row(row: list[Cell], lang: str, settings: GroupOwnerSettings = GroupOwnerSettings()) -> tuple[str, Cell] | None:
    """(owner, cell) of a table row that is nothing but one unit's name ("Børne- og
    Ungeforvaltningen", "Plan- og byggesaksavdelingen") in one cell, or None.

    Why so narrow: a group row of a measure table more often names a theme than a unit; the owner
    reader must find exactly one owner in it, of the unit or role kind, short and with no
    sentence (``lang.owners.is_owner_like``): "Skole og barnehage" (two) or "Fysisk aktivitet"
    (none) is a theme."""
    from plancheck.lang.owners import is_owner_like, split_owners
    from plancheck.models import OwnerKind

    filled = [c for c in row if c.text.strip()]
    if len(filled) != 1 or len(row) < 2:
        return None
    text = " ".join(filled[0].text.split()).strip(" :")
    if not text or len(text) > settings.owner_chars or any(ch.isdigit() for ch in text) or text[-1] in ".!?":
        return None
    owners = split_owners(text, lang=lang)
    if len(owners) != 1 or owners[0].kind not in (OwnerKind.unit, OwnerKind.role) or not is_owner_like(text, lang):
        return None
    return text, filled[0]


def _owner_head(lang: str) -> str:
    """The header of an owner column a plan left unwritten: its language's first owner column word."""
    from plancheck.lang.vocab import lexicon_file

    words = ((lexicon_file(lang).get("columns") or {}).get("owner") or []) if lang else []
    return str(words[0]).capitalize() if words else "Owner"


def _unit_groups(table: Table, lang: str) -> Table | None:
    """The table with its unit group rows (:func:`unit_row`) as an owner column, when its first
    row and every group row of it name one unit; None otherwise."""
    if not table.rows or (first := unit_row(table.rows[0], lang)) is None:
        return None
    units = [first, *(unit_row(r, lang) for r in table.rows[1:])]
    width = max(len(r) for r in table.rows)
    singles = (u for r, u in zip(table.rows, units, strict=True) if len([c for c in r if c.text.strip()]) == 1)
    if width >= 2 and any(u is None for u in singles):
        return None  # a group row naming a theme: the table is grouped by theme, not by owner
    return _owner_column(table, units, _owner_head(lang))


def _owner_column(table: Table, groups: list[tuple[str, Cell] | None], head: str) -> Table | None:
    """``table`` with its group rows (``groups[i]``: the owner text and cell of row i when it is
    one) dropped and their owner written into a new last column, headed ``head``, of each row
    under them; None when no row is left. One rewrite for both kinds of group row."""
    col = len(table.header)
    owner: tuple[str, Cell] | None = None
    rows: list[list[Cell]] = []
    for row, group in zip(table.rows, groups, strict=True):
        if group is not None:
            owner = group
            continue
        assert owner is not None
        text, cell = owner
        out = [c.model_copy(update={"row": len(rows)}) for c in row]
        out.append(Cell(row=len(rows), col=col, text=text, page=cell.page, bbox=cell.bbox))
        rows.append(out)
    if not rows:
        return None
    return table.model_copy(update={"header": [*table.header, head], "rows": rows})


def owner_groups(table: Table, lang: str | None = None) -> Table | None:
    """The table with its owner group rows turned into an owner column, or None. Group rows
    'label: owner' in any language; in ``lang``, also rows naming a unit alone."""
    from plancheck.extract.tables import table_roles

    roles = table_roles(table.header)
    if "owner" in roles or "measure" not in roles or not table.rows:
        return None
    if (first := group_owner(table.rows[0])) is None:
        return _unit_groups(table, lang) if lang else None
    found = [first, *(group_owner(row) for row in table.rows[1:])]
    # the column is headed by the first label a group row gives ("Ansvar: …")
    label = next((g[0] for g in found if g is not None and g[0]), "")
    return _owner_column(table, [(g[1], g[2]) if g is not None else None for g in found], label)


def owner_group_tables(doc: Document, lang: str | None = None) -> Document:
    """``doc`` with every measure table grouped by owner rewritten (see the module); ``lang``, the
    document's language, reads group rows naming a unit alone."""
    changed = False
    blocks: list[Block] = []
    for b in doc.blocks:
        if b.kind == BlockKind.table and b.table is not None and (t := owner_groups(b.table, lang)) is not None:
            b = b.model_copy(update={"table": t, "text": " | ".join(t.header)})
            changed = True
        blocks.append(b)
    return doc.model_copy(update={"blocks": blocks}) if changed else doc
