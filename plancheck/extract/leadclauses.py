"""A measure's sentence closed by a clause naming who leads it: '…, by June 2028, led by the Parks
Service.', '…, innen 2027, ledet av Kulturenheten.', '…, i regi af Kultur og Fritid.'.

A plan that writes its measures as sentences may name the owner last, in a clause after a comma
opened by the words the lexicon lists as ``owner_clause_leads`` ("led by", "ledet av", "lett av",
"ledet af", "i regi av" …); a clause between the sentence and that one that is nothing but a time
phrase ("by June 2028", "innen 2027": :func:`plancheck.lang.deadlines.time_phrase` reads all of
it) is the deadline, unless it says when the work starts ("starting in autumn 2026"); with no such
clause, a time phrase of two words or more closing the sentence before the lead clause is. Read so only for a measure the walk gave no owner of its own; the time only
for one with no deadline. The measure's text stays as printed: the clauses are part of its
sentence.

Why a clause and not a word: "led by" inside a sentence ("a review led by the board found …") is
no field; after a comma, closing the sentence, it is the plan's way of naming the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Plan


@dataclass(frozen=True)
class LeadClauseSettings:
    #: words an owner named in such a clause has at most ("the Community Safety Partnership")
    max_owner_words: int = 6


LEAD_CLAUSES = LeadClauseSettings()


@cache
def _closing_lead(lang: str) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("owner_clause_leads", lang)
    if not words:
        return None
    return re.compile(rf",\s*(?:{alternation(words)})\s+(?P<owner>[^,;()]+?)\s*[.!]?\s*$", re.IGNORECASE)


def lead_clause(text: str, lang: str, settings: LeadClauseSettings = LEAD_CLAUSES) -> tuple[str, str | None] | None:
    """(owner, deadline or None) a sentence's closing clauses give, or None when it closes with
    no lead clause (the module's rule). The owner loses a leading definite article of the
    lexicon ("the Parks Service" → "Parks Service")."""
    from plancheck.lang.deadlines import time_phrase
    from plancheck.lang.vocab import definite_articles

    pattern = _closing_lead(lang)
    flat = " ".join(text.split())
    m = pattern.search(flat) if pattern is not None else None
    if m is None:
        return None
    words = m.group("owner").split()
    if words and words[0].lower() in definite_articles(lang):
        words = words[1:]
    if not words or len(words) > settings.max_owner_words or not words[0][:1].isupper():
        return None  # ('…, led by example.': no unit named)
    parts = [c.strip() for c in flat[: m.start()].split(",")]
    clauses = parts[1:]
    when = next((c for c in reversed(clauses) if c and time_phrase(c).strip(" .") == c.strip(" .")), None)
    if when is None and not clauses:
        # no clause of its own: a time phrase of two words or more closing the sentence itself
        # ("Open a hub in the library in 2027, led by …")
        tp = time_phrase(parts[0]).strip(" .")
        when = tp if len(tp.split()) > 1 and parts[0].rstrip(" .").endswith(tp) else None
    if when is not None and _starts(when):
        when = None  # "starting in autumn 2026": when the work begins, not when it is due
    return " ".join(words), when


def _starts(phrase: str) -> bool:
    """Does a time phrase open with a word of the lexicon's ``time.from_words`` ("starting in",
    "från")?"""
    from plancheck.lang import timewords as tw

    low = phrase.lower()
    return any(low == w or low.startswith(w + " ") for w in (x.lower() for x in tw.FROM))


def read_lead_clauses(plan: Plan, lang: str) -> None:
    """Owner and deadline of each measure the walk gave no owner, from its closing lead clause
    (:func:`lead_clause`); the deadline only where it has none."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    if _closing_lead(lang) is None:
        return
    for m in plan.measures:
        if m.owners or "," not in m.text:
            continue
        found = lead_clause(m.text, lang)
        if found is None:
            continue
        owner, when = found
        m.owner_text = owner
        m.owners = split_owners(owner, lang=lang)
        if when and m.deadline is None:
            m.deadline = parse_deadline(when, lang=lang)
