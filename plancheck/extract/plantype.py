"""What kind of plan a document says it is: overarching, a programme, or an action plan.

A kommuneplanens samfunnsdel states goals and strategies; its measures belong to the handlingsdel
(pbl § 11-1) or to theme plans. Checked on its own, it should not be told that it lacks measures.
A document names its own type on its title page — in its title ("Kommuneplanens samfunnsdel
2024–2036", "Council Plan 2027–2031") or in a short line there ("Havnøy kommune – kommuneplanens
samfunnsdel"). The type words are data, per language: ``plan_types`` in plancheck/lang/data.

The order is what keeps a real action plan from being downgraded: an action word in the title
wins over everything ("Klimaplan – handlingsdel"), then a programme or overarching word in the
title, then the same three on the title page. On the title page a type word counts only where a
line (or a part of it after a dash, a colon or a middle dot) starts with it and only a year and a
name follow ("… for Granvik kommune 2024–2035"): a handlingsplan's front page that says it
"follows up the samfunnsdel", or refers to it ("Borough Plan link: Theme 3", "Samfunnsdelen,
mål 1"), does not make it a samfunnsdel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import BlockKind, Document, PlanType

#: the kinds in the order they are tried at each place (title, then the title page)
KINDS = ("action", "programme", "overarching")


@dataclass(frozen=True)
class PlanTypeSettings:
    #: the pages read as the title page (a cover, then an inner title page)
    front_pages: int = 2
    #: a document without pages (a Word file saved by a converter): its first blocks instead
    front_blocks: int = 20
    #: a title-page line longer than this is running text, not a name of the document
    max_line_words: int = 12
    #: words (years and numbers not counted) that may follow the type word in a title-page line
    max_words_after: int = 3
    #: a lower-case word after the type word longer than this is no preposition before a name
    #: ("… for Granvik"): the line speaks of the plan type ("Council Plan link: …",
    #: "Samfunnsdelen, mål 1") rather than naming the document
    max_joiner_letters: int = 3


@cache
def _patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per kind: the type words anywhere (for the title) and at the start (for a title-page part)."""
    from plancheck.lang.vocab import alternation, section_words

    out = {}
    for kind in KINDS:
        words = sorted(section_words("plan_types", kind), key=len, reverse=True)
        alts = alternation(words)
        out[kind] = (
            re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE),
            re.compile(rf"^(?:{alts})(?!\w)", re.IGNORECASE),
        )
    return out


_SEPARATORS = re.compile(r"\s+[–—·|:-]\s+|\s*[·|:]\s*")
_LEADING_NUMBER = re.compile(r"^[\d\s–—./-]+")
_WORD = re.compile(r"[^\W\d_]+")


def title_type(title: str) -> tuple[str, str] | None:
    """(kind, type word) of the first kind (action, programme, overarching) whose word the
    title names anywhere: 'Klimaplan – handlingsdel' is an action plan."""
    for kind in KINDS:
        if m := _patterns()[kind][0].search(title):
            return kind, m.group(0)
    return None


def _line_names(text: str, kind: str, settings: PlanTypeSettings) -> str | None:
    """The type word of ``kind`` a title-page line names itself by, or None (module docstring)."""
    text = " ".join(text.split())
    if not text or text.endswith(".") or len(text.split()) > settings.max_line_words:
        return None
    for part in _SEPARATORS.split(text):
        part = _LEADING_NUMBER.sub("", part.strip())
        m = _patterns()[kind][1].match(part)
        if m and _names_only(part[m.end() :], settings):
            return m.group(0)
    return None


def _names_only(rest: str, settings: PlanTypeSettings) -> bool:
    """Whether what follows the type word is only a year, a name and a short preposition
    ("2024–2035", "for Granvik kommune 2024–2035"): no comma, few words, every lower-case word
    a short joiner (the name's own lower-case word, "kommune", is not counted against it:
    it follows a capitalised one)."""
    if "," in rest:
        return False
    found = _WORD.findall(rest)
    if len(found) > settings.max_words_after:
        return False
    prev_capital = False
    for w in found:
        if w[0].islower() and len(w) > settings.max_joiner_letters and not prev_capital:
            return False
        prev_capital = w[0].isupper()
    return True


def plan_type(doc: Document, settings: PlanTypeSettings = PlanTypeSettings()) -> PlanType | None:
    """The kind of plan ``doc`` names itself, with the word and the text it was read from."""
    if doc.title and (hit := title_type(doc.title)):
        first_page = next((b.provenance.page for b in doc.blocks if b.provenance.page), None)
        return PlanType(kind=hit[0], term=hit[1], evidence=doc.title, where="title", page=first_page)
    texts = [b for b in doc.blocks if b.kind != BlockKind.table and b.text]
    if any(b.provenance.page for b in texts):
        front = [b for b in texts if b.provenance.page and b.provenance.page <= settings.front_pages]
    else:
        front = texts[: settings.front_blocks]
    for kind in KINDS:
        for b in front:
            if term := _line_names(b.text, kind, settings):
                return PlanType(kind=kind, term=term, evidence=b.text, where="front", page=b.provenance.page)
    return None
