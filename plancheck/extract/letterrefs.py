"""Owners and deadlines given apart from the items, in later sentences that point back at them by
their letters: how a plan drafted as a regulation (a forskrift-like reglement: '§ 6', numbered
ledd '(1)', '(2)', lettered items 'a)', 'b)') says who does what by when.

'(1) For å nå målet … skal kommunen a) …, b) …, c) ….' is followed by '(2) Tiltaket i første
ledd bokstav a settes i verk fra vintersesongen 2030/31.' and '(3) Teknisk drift har ansvaret for
tiltakene i bokstav a og b.': each sentence names the items it is about by the lexicon's
``links.letter_reference`` word ('bokstav', 'litra', 'point') and their letters, and gives them
its time phrase (a deadline) and the unit a phrase of charge hands them to (an owner:
:func:`plancheck.extract.charge.read_charge`, also with the verb before the subject, 'For
tiltaket i bokstav b har alle driftsledere ansvaret'). A sentence saying the owner is not settled
gives none (no phrase of charge is read in it). Such a sentence is no item of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.models import Measure


@dataclass(frozen=True)
class LetterFields:
    """What one sentence gives the items it names by letter."""

    letters: tuple[str, ...]
    owner: str
    when: str


@cache
def _reference() -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation, link_words, plain_words

    words = link_words("letter_reference")
    if not words:
        return None
    joins = alternation(plain_words("and_words"))
    letter = r"\(?[a-zæøå]\)?(?![\w-])"
    return re.compile(
        rf"\b(?:{alternation(words)})\s+(?P<letters>{letter}(?:\s*(?:,|{joins})\s*{letter})*)",
        re.IGNORECASE,
    )


def letters_named(text: str) -> tuple[str, ...]:
    """The item letters ``text`` names after a letter-reference word ('bokstav a og c' → ('a', 'c'))."""
    rx = _reference()
    if rx is None:
        return ()
    out: list[str] = []
    for m in rx.finditer(text):
        for letter in re.findall(r"(?<![\w-])\(?([a-zæøå])\)?(?![\w-])", m.group("letters")):
            if letter not in out:
                out.append(letter.lower())
    return tuple(out)


@cache
def _clause_joint() -> re.Pattern[str]:
    from plancheck.lang.vocab import alternation, plain_words

    return re.compile(rf",\s+(?:{alternation(plain_words('and_words'))})\s+", re.IGNORECASE)


@cache
def _inverted_charge(lang: str) -> re.Pattern[str] | None:
    """A phrase of charge of two words or more with the subject between its verb and the rest
    ('har alle driftsledere ansvaret' for 'har ansvaret'): the verb-second order after a fronted
    adverbial in the Scandinavian languages."""
    from plancheck.lang.vocab import evidence_words

    pairs = [w.split(" ", 1) for w in evidence_words("charge_after_owner", lang) if " " in w]
    if not pairs:
        return None
    alts = "|".join(rf"{re.escape(a)}\s+(?P<o{i}>[^,.;]{{2,60}}?)\s+{re.escape(b)}" for i, (a, b) in enumerate(pairs))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def _owner_of(clause: str, lang: str) -> str:
    from plancheck.extract.charge import read_charge
    from plancheck.lang.deadlines import time_phrase

    when = time_phrase(clause) or ""
    bare = clause.replace(when, " ") if when else clause
    bare = (_reference().sub(" ", bare) if _reference() is not None else bare)  # type: ignore[union-attr]
    found = read_charge(bare, "", lang)
    if found is not None and found.owner:
        return found.owner
    agent = _passive_agent(lang)
    if agent is not None:
        from plancheck.extract.charge import CHARGE, _name, _passive

        for m in agent.finditer(bare):
            if _passive(m.group("verb"), lang) and (name := _name(bare[m.end():].split(), lang, CHARGE)):
                return name  # "Tiltaket i bokstav b utvikles av Teknisk drift": the agent
    inv = _inverted_charge(lang)
    if inv is not None and (m := inv.search(bare)) is not None:
        name = next(v for k, v in m.groupdict().items() if v)
        from plancheck.extract.charge import CHARGE, _name

        words = name.split()
        if _name(words, lang, CHARGE) == name or (words and words[0].lower() in _diffuse(lang)):
            return name
    return ""


@cache
def _passive_agent(lang: str) -> re.Pattern[str] | None:
    """A verb and the lexicon's ``passive_agent`` word after it ('utvikles av', 'developed by'):
    the agent of a passive (the verb must end as a passive does) follows."""
    from plancheck.lang.vocab import alternation, plain_words

    words = plain_words("passive_agent", lang)
    if not words:
        return None
    return re.compile(rf"\b(?P<verb>[^\W\d_]+)\s+(?:{alternation(words)})\s+(?=[^\W\d_])", re.IGNORECASE)


@cache
def _diffuse(lang: str) -> frozenset[str]:
    from plancheck.lang.vocab import plain_words

    return frozenset(w.lower() for w in plain_words("all_words", lang))


def letter_fields(text: str, lang: str) -> list[LetterFields]:
    """Per sentence (and per clause after a comma and 'and') of ``text`` that names items by
    letter: the letters, the owner it hands them to and its time phrase ('' when none)."""
    from plancheck.extract.prose import sentences
    from plancheck.lang.deadlines import time_phrase

    out: list[LetterFields] = []
    for sentence in sentences(text) or [text]:
        letters = letters_named(sentence)
        if not letters:
            continue
        clauses = _clause_joint().split(sentence)
        owner = next((o for c in clauses if (o := _owner_of(c, lang))), "")
        when = next((t for c in clauses if (t := time_phrase(c))), "")
        out.append(LetterFields(letters, owner, when))
    return out


def apply_letter_fields(text: str, measures: dict[str, Measure], lang: str) -> bool:
    """Give the lettered ``measures`` (by letter) the owners and deadlines the sentences of
    ``text`` hand them; True when ``text`` named one of them by letter (it is then no item)."""
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    found = [f for f in letter_fields(text, lang) if any(x in measures for x in f.letters)]
    if not found:
        return False
    for f in found:
        for letter in f.letters:
            m = measures.get(letter)
            if m is None:
                continue
            m.has_owner_column = m.has_deadline_column = True
            if f.owner and not m.owners:
                m.owner_text = f.owner
                m.owners = split_owners(f.owner, lang=lang)
            if f.when and m.deadline is None:
                m.deadline = parse_deadline(f.when, lang=lang)
    return True
