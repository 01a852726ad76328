"""Owners from a responsibility matrix written in letters (a RACI chart): unit columns holding only
letters that a legend of the plan explains ("R = does the work, A = answers for it, C = is
consulted, I = is informed").

A table whose measure rows name no owner column may give each unit a column of its own, headed by
the unit, and mark each row in it with a letter. The legend printed with it (a line of "<letter>
= <explanation>" entries, :func:`read_legend`) says what each letter means; the lexicon says which
of those words names the one who answers for the measure (``raci_accountable``: its owner) and
which the one who does the work (``raci_responsible``: the owner when no unit answers for the
row). An explanation may be a phrase ("A = har ansvaret for at tiltaket blir gjennomført"): its
first word of either list decides. A row with no such letter has no owner.

Where the plan prints no legend, or one whose words the lexicon does not know, the letters may
still be those of a convention (the international RACI, RASCI, the Nordic HUKI:
``raci_convention`` of the lexicon: the words, whose initials are the letters): then the convention is the legend, when every letter the matrix uses
is one of it.

The columns are those whose header has no role of its own and whose filled body cells are all
letters of the legend (at least ``RaciSettings.min_columns`` of them, and at least one letter
naming the owner in the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.models import Block, BlockKind, Cell, Table

# one legend entry: a capital letter, "=" or ":" (or a dash), and its word ("E = eier", "R: Responsible")
_ENTRY = re.compile(r"(?:^|(?<=[\s,;·|(]))(?P<letter>[A-ZÆØÅÄÖ])\s*(?:=|:|–|—)\s*(?P<word>[^\W\d_][\w-]*)")
# an entry's explanation ends at a comma, semicolon, full stop or bracket (or the next entry)
_PHRASE_END = re.compile(r"[,;.()·|]")


@dataclass(frozen=True)
class RaciSettings:
    #: a legend explains at least this many letters
    min_entries: int = 3
    #: ... or this many, one of them naming the owner by a word of the lexicon ("H = hovedansvar,
    #: M = medansvar": a two-letter matrix; "se A: kart og B: tabell" names no owner)
    min_owning_entries: int = 2
    #: a legend is short: from its first entry to its last at most this many characters (a
    #: paragraph's lines are read as one text, since a legend wraps like any sentence)
    max_legend_chars: int = 300
    #: a letter matrix has at least this many unit columns
    min_columns: int = 2


# a cell of the matrix: one letter, or several for a unit with two parts ("A/R", "R, A", "RA")
_LETTERS = re.compile(r"^[A-ZÆØÅÄÖ](?:\s*[/,+&]?\s*[A-ZÆØÅÄÖ]){0,3}$")


def cell_letters(text: str, legend: dict[str, str]) -> set[str] | None:
    """The legend letters a matrix cell holds, or None when it holds anything else."""
    t = text.strip()
    if not _LETTERS.match(t):
        return None
    found = set(re.findall(r"[A-ZÆØÅÄÖ]", t))
    return found if found <= set(legend) else None


def _explained(text: str) -> dict[str, str]:
    """letter → its deciding word, for each "<letter> = <explanation>" entry of ``text``: the
    first word of the explanation that the lexicon gives a role in a matrix
    (``raci_accountable`` or ``raci_responsible``), else its first word. Why: a legend may
    explain a letter by a phrase ("A = har ansvaret for at …", "R = utfører arbeidet"), and the
    word that says who answers is not always the first."""
    known = _role_words()
    entries = list(_ENTRY.finditer(text))
    found: dict[str, str] = {}
    for k, m in enumerate(entries):
        end = entries[k + 1].start() if k + 1 < len(entries) else len(text)
        phrase = text[m.start("word"):end]
        cut = _PHRASE_END.search(phrase)
        words = [w.casefold() for w in re.findall(r"[^\W\d_][\w-]*", phrase[: cut.start()] if cut else phrase)]
        word = next((w for w in words if w in known), m.group("word").casefold())
        found.setdefault(m.group("letter"), word)
    return found


def _role_words() -> set[str]:
    """The lexicon's words for the one who answers for a measure and the one who does it."""
    from plancheck.lang.vocab import plain_words

    return {w.casefold() for key in ("raci_accountable", "raci_responsible") for w in plain_words(key)}


def read_legend(blocks: list[Block], settings: RaciSettings = RaciSettings()) -> dict[str, str]:
    """letter → the word the plan's legend gives it, from the first paragraph that explains at
    least ``settings.min_entries`` distinct letters (or ``settings.min_owning_entries``, one of
    them the owner's) within ``settings.max_legend_chars`` (its lines read as one text: a legend
    wraps), or the first table whose every row is a letter and its word; {} when none does. A
    legend of ``settings.min_entries`` letters is taken before a shorter one found earlier."""
    from plancheck.lang.vocab import plain_words

    known = _role_words()
    owning = {w.casefold() for w in plain_words("raci_accountable")}

    weak: dict[str, str] = {}  # the first short legend naming the owner, kept until no full one is found

    def enough(found: dict[str, str]) -> bool:
        nonlocal weak
        if len(found) >= settings.min_entries:
            return True
        if not weak and len(found) >= settings.min_owning_entries and set(found.values()) & owning:
            weak = found
        return False

    for b in blocks:
        if b.kind == BlockKind.table and b.table is not None:
            # a legend set as a small table: one letter and its word per row ("A | Accountable")
            texts = [list(b.table.header), *[[c.text for c in row] for row in b.table.rows]]
            rows = [[t.strip() for t in row if (t or "").strip()] for row in texts]
            pairs = {}
            for r in rows:
                if len(r) == 2 and re.fullmatch(r"[A-ZÆØÅÄÖ]", r[0]) and r[1].split():
                    words = [w.strip(" :=–—,.").casefold() for w in r[1].split()]
                    pairs[r[0]] = next((w for w in words if w in known), words[0])
            if len(pairs) == len(rows) and enough(pairs):
                return pairs
            continue
        if not b.text:
            continue
        text = " ".join(b.text.split())
        entries = list(_ENTRY.finditer(text))
        # the densest run of entries: each within the legend's length of the run's first
        for k in range(len(entries)):
            run = [m for m in entries[k:] if m.start() - entries[k].start() <= settings.max_legend_chars]
            if len({m.group("letter") for m in run}) < min(settings.min_entries, settings.min_owning_entries):
                continue
            found = _explained(text[run[0].start(): run[-1].end() + settings.max_legend_chars // 3])
            if enough(found):
                return found
    return weak


def _kinds(legend: dict[str, str]) -> tuple[set[str], set[str]]:
    """(letters naming the owner, letters naming the one who does the work), by the lexicon."""
    from plancheck.lang.vocab import plain_words

    accountable = {w.casefold() for w in plain_words("raci_accountable")}
    responsible = {w.casefold() for w in plain_words("raci_responsible")}
    owner = {k for k, w in legend.items() if w in accountable}
    doer = {k for k, w in legend.items() if w in responsible and k not in owner}
    return owner, doer


def conventions() -> list[dict[str, str]]:
    """The letter sets of responsibility charts by convention, each letter → its word (the
    lexicon's ``raci_convention`` of every language: the international RACI with RASCI's S, the
    Nordic HUKI of hoved-/huvudansvarig, utfører, konsulteres, informeres), one per letter set:
    the legend of a matrix whose plan prints none the lexicon explains."""
    from plancheck.lang.vocab import LANGS, lexicon_file

    out: dict[frozenset[str], dict[str, str]] = {}
    for lang in ("en", *(x for x in LANGS if x != "en")):
        # the convention's words, its letters their initials (RACI: responsible, accountable, …)
        found = {str(w)[:1].upper(): str(w).casefold() for w in lexicon_file(lang).get("raci_convention") or []}
        if found:
            out.setdefault(frozenset(found), found)
    return list(out.values())


def _letter_columns(table: Table, roles: list[str | None], legend: dict[str, str]) -> tuple[dict[int, str], set[str]]:
    """(column → the unit it names, the letters used) of the columns whose header names no role
    and whose filled body cells are all letters of ``legend``."""
    cols: dict[int, str] = {}
    seen: set[str] = set()
    for i, (head, role) in enumerate(zip(table.header, roles, strict=False)):
        if role is not None or not (head or "").strip():
            continue
        filled = [row[i].text.strip() for row in table.rows if i < len(row) and row[i].text.strip()]
        marked = [cell_letters(t, legend) for t in filled]
        if filled and all(m is not None for m in marked):
            cols[i] = " ".join(head.split())
            seen.update(x for m in marked if m for x in m)
    return cols, seen


def letter_owner_columns(
    blocks: list[Block],
    table: Table,
    roles: list[str | None],
    settings: RaciSettings = RaciSettings(),
    legend: dict[str, str] | None = None,
) -> tuple[dict[int, str], tuple[set[str], set[str]]] | None:
    """(column → the unit it names, (owner letters, doer letters)) of a letter matrix the
    plan's legend explains, or None when ``table`` is none. ``legend``: the plan's legend when
    already read (:func:`read_legend` of ``blocks``; a walk reads it once per document), else
    read here. A legend naming no owner letter, or none at all, gives way to a convention
    (:func:`conventions`) when the matrix uses its letters only, two of them at least: a chart
    of R, A, C and I needs no legend to be read."""
    if legend is None:
        legend = read_legend(blocks, settings)
    agreed = conventions()
    tried = [(legend, False)] if legend else []
    tried += [(each, True) for each in agreed]
    for each, conventional in tried:
        owner, doer = _kinds(each)
        fitting = next((c for c in agreed if set(each) <= set(c)), None)
        if not conventional and fitting is not None:
            # the legend's letters are a convention's: a role its words leave unnamed
            # ("R = gjer arbeidet") is the convention's
            fallback = _kinds(fitting)
            owner = owner or fallback[0]
            doer = doer or (fallback[1] - owner)
        if not owner:
            continue
        cols, seen = _letter_columns(table, roles, each)
        if len(cols) < settings.min_columns or not (seen & owner):
            continue
        if conventional and len(seen) < 2:
            continue  # one letter throughout ("A" under two units): no chart of roles
        return cols, (owner, doer)
    return None


def _prose(blocks: list[Block]) -> str:
    """The document's running text outside tables, lower case, words single-spaced."""
    return " " + " ".join(" ".join((b.text or "").split()) for b in blocks if b.kind != BlockKind.table).casefold() + " "


def document_spelling(unit: str, blocks: list[Block]) -> str:
    """A unit column's head as the document spells it elsewhere: a narrow head breaks a compound
    at its seam ("Kommunal" over "sjef helse"), and the break reads as a space when both pieces
    are words; when the running text prints the head with one such space closed up
    ("Kommunalsjef helse rapporterer …") and never as the head has it, the text's spelling is
    the unit's name. Unchanged otherwise."""
    words = unit.split()
    if len(words) < 2:
        return unit
    prose = _prose(blocks)
    if f" {unit.casefold()} " in prose:
        return unit
    found = [
        " ".join([*words[:k], words[k] + words[k + 1], *words[k + 2:]])
        for k in range(len(words) - 1)
        if words[k].isalpha() and words[k + 1].isalpha() and words[k + 1][:1].islower()
    ]
    known = [f for f in found if re.search(rf"(?<!\w){re.escape(f.casefold())}(?!\w)", prose)]
    return known[0] if len(known) == 1 else unit


def row_owners(
    row: list[Cell], cols: dict[int, str], letters: tuple[set[str], set[str]], legend: dict[str, str] | None = None
) -> str:
    """The units a row of the matrix names as its owners: those marked with a letter naming the
    owner, else those marked with a letter naming the one who does the work; "" for none.
    ``legend``: the one the matrix was found with (:func:`letter_owner_columns`); without it,
    a cell's letters are read as they stand (every filled cell of a matrix column was checked
    against the legend that found it)."""
    owner, doer = letters
    every = dict.fromkeys(owner | doer | set("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖ"), "")

    def marked(i: int) -> set[str]:
        return cell_letters(row[i].text if i < len(row) else "", legend or every) or set()

    for wanted in (owner, doer):
        units = [unit for i, unit in cols.items() if marked(i) & wanted]
        if units:
            return ", ".join(units)
    return ""
