"""Evidence for the role model: pure functions from a :class:`Document` to one feature dict per
unit of reading order.

A *unit* is what can carry one role: a heading, a paragraph, a list item, or one body row of a
table. Features are evidence, never decisions: the role words of the enclosing headings, the
rule walk's own decision (``rule=``) and the wording of the text are all weighed by the learned
model (:mod:`plancheck.extract.rolemodel`), which learns how far to trust each.

Three families (issue 10):

- form: kind, size relative to the body text, bold, capitals, numbering pattern and depth,
  bullet, place and length of a list run, indentation, a closing colon or full stop, length;
- language: the first word's lemma and whether it is an action verb, modal verbs stating an aim,
  years, percentages and quantities, needs statements ("behov for"), background and quotation
  markers, a task handed to someone ("ges i uppdrag att") (all words from the lexicon,
  :mod:`plancheck.lang.vocab`);
- context: the role words of the one to three enclosing headings, a chapter quoting goals
  already in force elsewhere, the lead-in line before a list, the role of the table column a
  row's text stands in, text repeated elsewhere in the document, and the place in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from statistics import median

from plancheck.ingest.text import normalise
from plancheck.lang.vocab import alternation, evidence_words
from plancheck.models import Block, BlockKind, Document

Features = dict[str, float | str]


@dataclass(frozen=True)
class Unit:
    """One place in reading order that can carry a role."""

    index: int
    block_index: int
    kind: str  # heading | paragraph | list_item | row
    text: str
    page: int | None
    row: int | None = None  # table body row index
    cells: tuple[str, ...] = ()
    column_roles: tuple[str | None, ...] = ()
    block: Block | None = field(default=None, compare=False, repr=False)


def units(doc: Document) -> list[Unit]:
    """The units of ``doc`` in reading order: text blocks, and every body row of a table."""
    from plancheck.lang.vocab import column_role

    out: list[Unit] = []
    for bi, block in enumerate(doc.blocks):
        if block.kind == BlockKind.table:
            table = block.table
            if table is None:
                continue
            roles = tuple(column_role(h) for h in table.header)
            for ri, row in enumerate(table.rows):
                cells = tuple(" ".join(c.text.split()) for c in row)
                text = " | ".join(c for c in cells if c)
                if not text:
                    continue
                page = next((c.page for c in row if c.page), None) or (table.pages[0] if table.pages else None)
                out.append(Unit(len(out), bi, "row", text, page, ri, cells, roles, block))
        else:
            text = " ".join(block.text.split())
            if not text:
                continue
            out.append(Unit(len(out), bi, str(block.kind), text, block.provenance.page, block=block))
    return out


# --------------------------------------------------------------------------- language evidence

_YEAR = re.compile(r"\b(19|20)\d\d\b")
# the lexicon's evidence.percent and percent_short, and evidence.quantity_units
_PERCENT = re.compile(
    rf"\d\s*(%|{alternation(evidence_words('percent'))}|{alternation(evidence_words('percent_short'))})", re.IGNORECASE
)
_QUANTITY = re.compile(rf"\d[\d .,]*\s*({alternation(evidence_words('quantity_units'))})\b", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+")
_LETTER_LABEL = re.compile(r"^\s*[a-zA-Z][.)]\s+")
_WORD = re.compile(r"[^\W\d_][\w\-]*", re.UNICODE)


@cache
def _words_of(kind: str, lang: str) -> tuple[str, ...]:
    from plancheck.lang.vocab import evidence_words

    return tuple(evidence_words(kind, lang))


@cache
def _action_verbs(lang: str) -> frozenset[str]:
    from plancheck.extract.statements import ACTION_VERBS
    from plancheck.lang.vocab import SENTENCE_VERBS, evidence_words

    words = set(ACTION_VERBS) | set(evidence_words("action_verbs", lang))
    words |= {w for w in SENTENCE_VERBS.get(lang, []) if len(w) > 3}
    return frozenset(words)


def _has_phrase(text: str, phrases: tuple[str, ...]) -> bool:
    low = f" {text.lower()} "
    return any(f" {p} " in low or low.startswith(f" {p}") for p in phrases)


@cache
def _lemma(word: str, lang: str) -> str:
    try:
        from plancheck.lang.nlp import lemma

        return lemma(word, lang)
    except Exception:  # lemmatiser data missing: the word itself is evidence enough
        return word


def language_features(text: str, lang: str) -> Features:
    """What the wording says: first-word lemma and verb, modals, numbers, needs, background."""
    f: Features = {}
    body = _NUMBER_LABEL.sub("", text, count=1)
    body = _LETTER_LABEL.sub("", body, count=1).lstrip("•-–—*·▪■►✓ ")
    words = _WORD.findall(body)
    if words:
        first = words[0].lower()
        lem = _lemma(first, lang)
        f["w0"] = lem
        if first in _action_verbs(lang) or lem in _action_verbs(lang):
            f["w0_action"] = 1.0
        if words[0].isupper() and len(words[0]) > 1:
            f["w0_caps"] = 1.0
        if first in ("å", "att", "to") and len(words) > 1:
            f["infinitive_marker"] = 1.0
        if len(words) > 1:
            f["w1"] = _lemma(words[1].lower(), lang)
    lower = f" {body.lower()} "
    modals = _words_of("modal", lang)
    if any(f" {m} " in lower for m in modals):
        f["modal"] = 1.0
    if _YEAR.search(body):
        f["year"] = 1.0
    if _PERCENT.search(body):
        f["percent"] = 1.0
    if _QUANTITY.search(body):
        f["quantity"] = 1.0
    if _has_phrase(body, _words_of("need", lang)):
        f["need"] = 1.0
    if _has_phrase(body, _words_of("background", lang)):
        f["background_word"] = 1.0
    if _has_phrase(body, _words_of("quote", lang)):
        f["quote_word"] = 1.0
    if _assigns(body):
        f["assignment"] = 1.0  # "… ges i uppdrag att …": a task handed to someone
    return f


def _assigns(text: str) -> bool:
    from plancheck.extract.plan import assignment_parts

    return any(assignment_parts(s) is not None for s in re.split(r"(?<=[.!?])\s+", text))


# --------------------------------------------------------------------------- form evidence


def _bucket(value: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    for edge, name in zip(edges, names, strict=False):
        if value < edge:
            return name
    return names[-1]


def _body_size(doc: Document) -> float | None:
    sizes = [b.font_size for b in doc.blocks if b.kind == BlockKind.paragraph and b.font_size]
    return median(sizes) if sizes else None


def _body_x0(doc: Document) -> float | None:
    xs = [b.provenance.bbox.x0 for b in doc.blocks if b.kind == BlockKind.paragraph and b.provenance.bbox]
    return median(xs) if xs else None


def form_features(unit: Unit, body_size: float | None, body_x0: float | None) -> Features:
    """How the unit looks: kind, size, weight, capitals, numbering, length, punctuation."""
    text = unit.text
    f: Features = {"kind": unit.kind}
    block = unit.block
    words = text.split()
    f["len"] = _bucket(len(text), (25, 60, 120, 250, 500), ("xs", "s", "m", "l", "xl", "xxl"))
    f["nwords"] = _bucket(len(words), (3, 6, 12, 25), ("1-2", "3-5", "6-11", "12-24", "25+"))
    stripped = text.rstrip()
    if stripped.endswith(":"):
        f["colon_end"] = 1.0
    if stripped.endswith((".", "!")):
        f["period_end"] = 1.0
    if "?" in stripped[-2:]:
        f["question"] = 1.0
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 3:
        f["caps"] = 1.0
    sentences = len(re.findall(r"[.!?](\s|$)", text))
    f["sentences"] = _bucket(sentences, (1, 2, 4), ("0", "1", "2-3", "4+"))
    if block is not None and unit.kind == "row":
        f.update(_row_form(block, unit.row))
    if block is not None and unit.kind != "row":
        if block.bold:
            f["bold"] = 1.0
        if block.item_note:
            f["item_note"] = 1.0  # who and when set apart under a list item
        if block.font_size and body_size:
            f["size"] = _bucket(block.font_size / body_size, (0.95, 1.08, 1.3, 1.7), ("small", "body", "larger", "large", "huge"))
        if block.level is not None:
            f["level"] = str(min(block.level, 4))
        if block.bullet:
            f["bullet"] = 1.0
        number = block.number or ""
        if not number:
            m = _NUMBER_LABEL.match(text)
            number = m.group(1) if m else ""
        if number:
            parts = [p for p in re.split(r"[.)]", number) if p]
            f["num_depth"] = str(min(len(parts), 4))
            f["num_kind"] = "digit" if parts and parts[0].isdigit() else "letter"
        if block.provenance.bbox and body_x0 is not None:
            f["indent"] = _bucket(block.provenance.bbox.x0 - body_x0, (-5, 8, 30), ("left", "flush", "indented", "deep"))
    return f


def _row_form(block: Block, row_index: int | None) -> Features:
    """How a table row's first filled cell looks: bold, and its outline level by indentation
    (:attr:`Cell.level`, an outline set with tab stops) - outermost, deepest of its column, or
    between - and whether it stands alone in its row (an outline heading over the rows below)."""
    table = block.table
    if table is None or row_index is None or row_index >= len(table.rows):
        return {}
    row = table.rows[row_index]
    filled = [c for c in row if c.text.strip()]
    if not filled:
        return {}
    f: Features = {}
    main = filled[0]
    if main.bold:
        f["bold"] = 1.0
    if len(filled) == 1 and len(row) > 1:
        f["row_alone"] = 1.0
    if main.level is not None:
        levels = [c.level for r in table.rows for c in r if c.col == main.col and c.level is not None]
        deepest = max(levels, default=0)
        f["row_level"] = "outer" if main.level == 0 else "deepest" if main.level == deepest else "inner"
    return f


def block_indent_levels(doc: Document, tolerance: float | None = None) -> dict[str, int]:
    """Block id → its indentation level among the paragraphs of its section on its page: their
    left edges clustered (:func:`plancheck.layout.tables.indent_levels`,
    ``indent_level_tolerance`` of the layout settings), 0 the leftmost. Only sections whose
    paragraphs stand at two levels or more (an outline shown by indentation alone) give
    levels; list items have their nesting level from the layout already."""
    from plancheck.layout.settings import DEFAULT
    from plancheck.layout.tables import indent_levels

    tol = DEFAULT.indent_level_tolerance if tolerance is None else tolerance
    by_section: dict[str, list[Block]] = {}
    for b in doc.blocks:
        if b.kind == BlockKind.paragraph and b.provenance.bbox is not None:
            by_section.setdefault(f"{b.section_id}|{b.provenance.page}", []).append(b)
    out: dict[str, int] = {}
    for blocks in by_section.values():
        xs = [b.provenance.bbox.x0 for b in blocks]  # type: ignore[union-attr]
        levels = indent_levels(xs, tol)
        if max(levels, default=0) == 0:
            continue
        out.update({b.id: lv for b, lv in zip(blocks, levels, strict=True)})
    return out


# --------------------------------------------------------------------------- context evidence


def _section_roles(doc: Document) -> dict[str, list[str]]:
    """Section id → the roles its heading and up to two ancestors' headings announce (nearest
    first); '-' for a heading with no role word."""
    from plancheck.extract.roles import heading_role

    by_id = {s.id: s for s in doc.sections}
    own = {s.id: heading_role(s.title)[0] or "-" for s in doc.sections}
    out: dict[str, list[str]] = {}
    for s in doc.sections:
        chain: list[str] = []
        cur: str | None = s.id
        while cur is not None and len(chain) < 3:
            chain.append(own.get(cur, "-"))
            cur = by_id[cur].parent_id if cur in by_id else None
        out[s.id] = chain
    return out


def _table_role_of_row(unit: Unit) -> str | None:
    """The strongest role among the columns that hold text in this row."""
    present = {r for r, c in zip(unit.column_roles, unit.cells, strict=False) if r and c}
    for role in ("measure", "strategy", "goal", "indicator", "theme"):
        if role in present:
            return role
    return None


def document_features(doc: Document, lang: str, rule_roles: list[str] | None = None) -> tuple[list[Unit], list[Features]]:
    """The units of ``doc`` and one feature dict per unit (with its neighbours' key evidence).

    ``rule_roles``: the rule walk's role per unit (see :func:`plancheck.extract.align.rule_roles`),
    one more piece of evidence; ``None`` leaves it out.
    """
    from plancheck.extract.plan import background_sections, lead_in_role
    from plancheck.extract.roles import heading_role, label_role

    us = units(doc)
    quoting = background_sections(doc.sections)
    body_size = _body_size(doc)
    body_x0 = _body_x0(doc)
    section_roles = _section_roles(doc)
    block_levels = block_indent_levels(doc)
    counts = Counter(normalise(u.text) for u in us if len(u.text) > 20)
    pages = max(doc.page_count, 1)
    feats: list[Features] = []
    lead: str | None = None
    run_start = 0
    tables: dict[int, tuple[set[int], bool]] = {}
    for i, u in enumerate(us):
        f: Features = {"bias": 1.0}
        f.update(form_features(u, body_size, body_x0))
        f.update(language_features(u.text if u.kind != "row" else _main_cell(u), lang))
        block = u.block
        if block is not None and block.id in block_levels:
            f["indent_level"] = str(min(block_levels[block.id], 3))
        chain = section_roles.get(block.section_id or "", []) if block is not None else []
        for depth, role in enumerate(chain[:3], start=1):
            f[f"ctx{depth}"] = role
        near = next((r for r in chain if r != "-"), None)
        if near:
            f["ctx_near"] = near
        if block is not None and block.section_id in quoting:
            f["ctx_quoting"] = 1.0  # under "Gällande mål …": other plans' goals, quoted
        if u.kind == "heading":
            hrole, rest = heading_role(u.text)
            if hrole:
                f["head_role"] = hrole
                if rest:
                    f["head_label"] = 1.0
        lrole, _num, _rest = label_role(u.text)
        if lrole:
            f["label"] = lrole
        # lead-in line before a run of list items
        if u.kind == "list_item":
            if i == 0 or us[i - 1].kind != "list_item":
                run_start = i
            f["list_pos"] = _bucket(i - run_start, (1, 2, 5), ("first", "second", "early", "late"))
            if lead:
                f["lead"] = lead
        elif u.kind == "paragraph" and u.text.rstrip().endswith(":"):
            lead = lead_in_role(u.text) or "none"
        elif u.kind != "list_item":
            lead = None
        if u.kind == "row":
            trole = _table_role_of_row(u)
            f["table_role"] = trole or "none"
            roles = set(u.column_roles)
            layout = tables.get(u.block_index)
            if layout is None:
                layout = tables[u.block_index] = _table_layout(u)
            if "owner" in roles or layout[1]:
                f["table_owner_col"] = 1.0  # (a responsibility matrix: marks under unit columns)
            if "deadline" in roles:
                f["table_deadline_col"] = 1.0
            if u.row in layout[0]:
                f["heads_rows"] = 1.0  # "A.1" over rows numbered "A.1.a", "A.1.b"
        if counts.get(normalise(u.text), 0) > 1:
            f["repeated"] = 1.0
        if u.page:
            f["place"] = _bucket(u.page / pages, (0.1, 0.3, 0.7), ("front", "early", "middle", "late"))
        if rule_roles is not None:
            f["rule"] = rule_roles[i] or "none"
        feats.append(f)
    # neighbours: the previous and next unit's kind and rule decision
    for i, f in enumerate(feats):
        for off, name in ((-1, "prev"), (1, "next")):
            j = i + off
            if 0 <= j < len(feats):
                f[f"{name}_kind"] = feats[j]["kind"]
                if rule_roles is not None:
                    f[f"{name}_rule"] = feats[j]["rule"]
            else:
                f[f"{name}_kind"] = "edge"
    return us, feats


def _table_layout(unit: Unit) -> tuple[set[int], bool]:
    """Of the table ``unit`` is a row of: the rows that head the rows numbered under them
    (:func:`~plancheck.extract.tables.outline_group_rows`), and whether it names its owners by
    marks under unit columns (:func:`~plancheck.extract.tables.mark_owner_columns`)."""
    from plancheck.extract.tables import mark_owner_columns, outline_group_rows

    table = unit.block.table if unit.block is not None else None
    if table is None:
        return set(), False
    roles = list(unit.column_roles)
    heads = set(outline_group_rows(table.rows, roles, roles.index("measure"))) if "measure" in roles else set()
    return heads, bool(mark_owner_columns(table.header, table.rows, roles))


def _main_cell(unit: Unit) -> str:
    """The text of a row's measure/goal/strategy cell, else its first non-empty cell."""
    for role in ("measure", "strategy", "goal", "indicator"):
        for r, c in zip(unit.column_roles, unit.cells, strict=False):
            if r == role and c:
                return c
    return next((c for c in unit.cells if c), unit.text)
