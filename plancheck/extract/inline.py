"""Labelled items inside running text: one paragraph that holds several items, each opened by a
role word and a number ("**Strategi 1.1** Bygga … . **Aktivitet 1.1.1** Bygga … . _Ansvarig:_
Gatuenheten. **Aktivitet 1.1.2** …"), is read as one block per item.

A role word and a number (the ``labels`` of the lexicon: "Tiltak 1.1.1", "Aktivitet 2.1.3",
"Action 3.2", "Åtgärd 4", "Indsats 2" …) starts an item in the middle of a paragraph when it
stands right after a sentence end and either

- the paragraph itself opens with such a label and the later label's number extends the
  opening one ("Strategi 1.1 …" → "Aktivitet 1.1.1": an outline written as running text), or
- the layout saw an emphasised run start there (:attr:`plancheck.models.Block.emphasis`: the
  label set in bold or italics, as such outlines usually are).

A label inside a sentence ("… som tiltak 2.1 beskriver") starts nothing. The owner and deadline
fields after each item's text are split off by :func:`plancheck.extract.fields.split_fields`.

A numbering label that carries the role word itself (a Word multilevel list whose generated
numbers read "Mål 1", "Strategi 1.1", "Tiltak 1.1.1") is written back before the text, so the
item is read by its label as a typed one would be.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Block, BlockKind, Document


@dataclass(frozen=True)
class InlineSettings:
    #: the roles whose labels start an item inside running text
    roles: tuple[str, ...] = ("main_goal", "goal", "sub_goal", "strategy", "measure")
    #: the characters a sentence ends with, right before a label that starts an item
    sentence_ends: str = ".!?:;"


#: a digit as :func:`_label_start`'s ``\d`` reads one (every label it finds holds one)
_DIGIT = re.compile(r"\d")


@cache
def _label_start() -> re.Pattern[str]:
    """A label word of the lexicon and a number, capitalised, as a word of its own: "Tiltak
    1.1.1", "Aktivitet 2.1", "Action 3.2"."""
    from plancheck.lang.vocab import label_index

    words = sorted(label_index(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![\w.])(?:{alts})\s+\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}[a-z]?(?![\w.]*\d)", re.IGNORECASE)


def _role(label: str) -> str | None:
    from plancheck.extract.roles import label_role

    role, number, _rest = label_role(label + " x")
    return role if number else None


def item_starts(text: str, emphasis: tuple[int, ...] = (), settings: InlineSettings = InlineSettings()) -> list[int]:
    """The offsets in ``text`` where a labelled item starts (see the module); 0 when the text
    opens with one. Empty when no label, or only the opening one, stands in it."""
    if _DIGIT.search(text) is None:
        return []  # a label is read with its number: none without a digit (one scan, not the alternation)
    starts: list[int] = []
    marked = set(emphasis)
    opening: str | None = None  # the number of the label the text opens with
    for m in _label_start().finditer(text):
        at = m.start()
        if not text[at].isupper() or _role(m.group(0)) not in settings.roles:
            continue
        number = m.group(0).split()[-1]
        if at == 0:
            starts.append(0)
            opening = number
            continue
        before = text[:at].rstrip()
        if not before or before[-1] not in settings.sentence_ends or text[len(before) : at].strip():
            continue
        # an outline written as running text: the labels after the opening one number its
        # parts ("Strategi 1.1 …" → "Aktivitet 1.1.1", "Aktivitet 1.1.2"); "Mål 12 handlar om …
        # Mål 13 …" is prose about goals, unless set apart in type
        if (opening is not None and number.startswith(opening + ".")) or at in marked:
            starts.append(at)
    return starts


def _numbered_label(block: Block) -> Block:
    """``block`` with a numbering label that carries a role word ("Tiltak 1.1.1") written back
    before its text; unchanged otherwise."""
    number = (block.number or "").strip()
    if not number or not any(ch.isalpha() for ch in number) or _role(number.rstrip(".:")) is None:
        return block
    text = f"{number.rstrip('.:')} {block.text}"
    shift = len(text) - len(block.text)
    return block.model_copy(
        update={"text": text, "number": None, "emphasis": [a + shift for a in block.emphasis]}
    )


def split_inline_items(doc: Document, settings: InlineSettings = InlineSettings()) -> Document:
    """``doc`` with every paragraph or list item that holds several labelled items split into one
    paragraph per item (the text before the first label, if any, stays a block of its own), and
    with role-word numbering labels written into the text. Each piece keeps the block's page
    and box and quotes its own part of the text. A document with neither is returned unchanged;
    reading it again changes nothing."""
    out: list[Block] = []
    pieces_of: dict[str, list[str]] = {}
    changed = False
    for block in doc.blocks:
        if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
            out.append(block)
            continue
        b = _numbered_label(block)
        changed = changed or b is not block
        starts = [a for a in item_starts(b.text, tuple(b.emphasis), settings) if a > 0]
        if not starts:
            out.append(b)
            continue
        cuts = [0, *starts, len(b.text)]
        ids: list[str] = []
        for k, (lo, hi) in enumerate(itertools.pairwise(cuts)):
            piece = b.text[lo:hi].strip()
            if not piece:
                continue
            lead = lo + (len(b.text[lo:hi]) - len(b.text[lo:hi].lstrip()))
            first = not ids
            nb = b.model_copy(
                update={
                    "id": b.id if first else f"{b.id}.{k}",
                    "text": piece,
                    # the first piece is the block as it was; the others are labelled items
                    "kind": b.kind if first else BlockKind.paragraph,
                    "number": b.number if first else None,
                    "bullet": b.bullet if first else None,
                    "label": b.label if first else None,
                    "run_in": b.run_in if first else None,
                    "emphasis": [a - lead for a in b.emphasis if lead <= a < lead + len(piece)],
                    "provenance": b.provenance.model_copy(update={"source_text": piece}),
                }
            )
            out.append(nb)
            ids.append(nb.id)
        pieces_of[b.id] = ids
        changed = True
    if not changed:
        return doc
    sections = [
        s.model_copy(update={"block_ids": [x for bid in s.block_ids for x in pieces_of.get(bid, [bid])]})
        for s in doc.sections
    ]
    return doc.model_copy(update={"blocks": out, "sections": sections})
