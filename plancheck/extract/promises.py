"""A letter's numbered promises: each a measure, who does it and by when in the prose after it.

A plan told as a letter or leaflet to the residents ('Til deg som bor her', 'Dear neighbour') often
gives its measures as numbered promises in the first person plural, each opening with a bold
sentence ("**1. Vi rydder turstiene … .** Jobben gjøres av Park og idrett innen 1. juni …", "**3.
We will repair …** The Roads Team does this by May."), grouped under short headings
that say in other words which goal they serve. Nothing is labelled: the owner and the time stand
in the sentences after the promise, in varied words —

- a labelled field in the prose or in brackets ("(Ansvar: Renhold, 1. halvår 2061)");
- a phrase of charge (:mod:`plancheck.extract.charge`, and the lexicon's
  ``charge_prose_before_owner`` / ``charge_prose_after_owner``: "en oppgave for X", "X tar seg av");
- a cleft ("Det er X som har ansvaret", the lexicon's ``charge_cleft_open`` and
  ``charge_cleft_close``), whose X may be a role in lower case;
- a passive verb and its agent ("… gjøres av X", ``charge_agent``);

and the first time phrase of those sentences is the deadline.

The heading a promise stands under links it to the goal it paraphrases: the one declared goal
that shares the most content words with it (their stems), at least ``min_shared`` of them.

Why: read as list items of running text, the promises are no measures at all (the walk finds no
label, field or chapter role), and the goals they serve are named only in paraphrase."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plancheck.lang.vocab import evidence_words, plain_words


@dataclass(frozen=True)
class PromiseSettings:
    """When numbered items are a letter's promises, and how their heading names a goal."""

    min_items: int = 3  # numbered items opening with the first person plural in the document
    max_owner_words: int = 6  # "alle rektorer i kommunen"
    max_joint_words: int = 9  # two units joined by an and-word as a subject, each of a few words
    stem_chars: int = 4  # a heading's word and a goal's word share a stem in this many first letters
    min_stem_word: int = 4  # words shorter than this are no content words for the paraphrase
    min_shared: int = 2  # content stems a heading shares with a goal to paraphrase it


PROMISES = PromiseSettings()


def _first_word(text: str) -> str:
    words = text.split(None, 1)
    return words[0].strip(",;:.").lower() if words else ""


def opens_in_first_person(text: str, lang: str) -> bool:
    """Does the text open with the first person plural (the lexicon's ``evidence.first_person``:
    "Vi", "We")?"""
    return _first_word(text) in {w.lower() for w in evidence_words("first_person", lang)}


def promise_form(blocks: list, lang: str, settings: PromiseSettings = PROMISES) -> bool:
    """Is the document a letter of numbered promises: ``min_items`` numbered list items or more
    that open in the first person plural, at least one of them with a bold run-in sentence? A
    count over the blocks, nothing more (the reader costs nothing on other documents)."""
    from plancheck.models import BlockKind

    items = [b for b in blocks if b.kind == BlockKind.list_item and b.number
             and opens_in_first_person(b.text, lang)]
    return len(items) >= settings.min_items and any(b.run_in for b in items)


def promise_lead(block, lang: str) -> str | None:
    """The promise of a numbered item: its bold run-in sentence when that opens in the first
    person plural and more text follows it; else None."""
    lead = " ".join((block.run_in or "").split())
    text = " ".join(block.text.split())
    if not lead or not text.startswith(lead) or len(text) <= len(lead) or not opens_in_first_person(lead, lang):
        return None
    return lead


@cache
def _phrase_pattern(key: str, lang: str) -> re.Pattern[str] | None:
    words = sorted(evidence_words(key, lang), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _owner_words(words: list[str], lang: str, settings: PromiseSettings, lower: bool) -> str:
    """The owner at the start of ``words``: up to a clause boundary (a comma, a full stop, an
    and-word before a verb), at most ``max_owner_words``; "" when longer, holding a digit, or in
    lower case where ``lower`` does not allow it."""
    from plancheck.extract.charge import _clause_verb

    ands = {w.lower() for w in plain_words("and_words", lang)}
    out: list[str] = []
    for i, w in enumerate(words):
        if w.lower() in ands and i + 1 < len(words) and _clause_verb(words[i + 1].strip(",;."), lang):
            break
        out.append(w.strip(",;.()"))
        if w.endswith((",", ";", ".", ")")):
            break
    name = " ".join(x for x in out if x).strip()
    if not name or len(out) > settings.max_owner_words or any(c.isdigit() for c in name):
        return ""
    if not lower and not name[:1].isupper():
        return ""
    return name


def _without_time(sentence: str, lang: str) -> tuple[str, str]:
    """The sentence with its time phrase taken out, and the time phrase (an and-word or comma the
    phrase ran on into dropped: "innen 1. juni 2061, og …")."""
    from plancheck.lang.deadlines import time_phrase

    text = " ".join(sentence.split()).rstrip(" .!")
    when = time_phrase(text)
    if not when:
        return text, ""
    # (the phrase is printed without the punctuation inside or after it: "2061, og" → "2061 og")
    spaced = r"[\s,;:()]*".join(re.escape(w) for w in when.split())
    bare = re.sub(spaced, " ; ", text, count=1).strip(" ;")  # (where it stood, a clause ends)
    ands = {w.lower() for w in plain_words("and_words", lang)}
    parts = when.split()
    while parts and parts[-1].lower().strip(",;") in ands:
        parts.pop()
    return " ".join(bare.split()), " ".join(parts).strip(" ,;")


def prose_charge(sentence: str, item: str, lang: str, settings: PromiseSettings = PROMISES) -> tuple[str, str]:
    """(owner, time) one sentence after a promise gives it; "" for what it does not give."""
    from plancheck.extract.charge import _passive, read_charge
    from plancheck.extract.fields import field_line
    from plancheck.lang.deadlines import parse_deadline

    bare, when = _without_time(sentence, lang)
    labelled = field_line(sentence.strip().strip("()").strip())
    if labelled and {r for r, _v in labelled} <= {"owner", "deadline"}:
        got = dict(labelled)
        owner = _without_time(got.get("owner") or "", lang)[0].strip(" ,;") if got.get("owner") else ""
        deadline = got.get("deadline") or ""
        if deadline and parse_deadline(deadline, lang=lang) is None:
            deadline = ""
        return owner, deadline or when
    words = bare.split()
    cleft_open, cleft_close = _phrase_pattern("charge_cleft_open", lang), _phrase_pattern("charge_cleft_close", lang)
    after = [p for p in (_phrase_pattern("charge_after_owner", lang), _phrase_pattern("charge_prose_after_owner", lang)) if p]
    if cleft_open is not None and cleft_close is not None and (o := cleft_open.match(bare)):
        c = cleft_close.search(bare, o.end())
        if c is not None and any(p.match(bare, c.end() + 1) for p in after):
            # "Det er trafikkansvarlig som har ansvaret": the role between is the owner
            name = _owner_words(bare[o.end():c.start()].split(), lang, settings, lower=True)
            if name:
                return name, when
    for key in ("charge_before_owner", "charge_prose_before_owner"):
        p = _phrase_pattern(key, lang)
        if p is not None and (m := p.search(bare)):
            name = _owner_words(bare[m.end():].split(), lang, settings, lower=True)
            if name:
                return name, when
    for p in after:
        if (m := p.search(bare)) and m.start() > 0:
            subject = bare[: m.start()].split()
            if len(subject) <= settings.max_joint_words and subject[0][:1].isupper() and not any(
                c.isdigit() for c in " ".join(subject)
            ) and not opens_in_first_person(" ".join(subject), lang) and not any(w.endswith((",", ";")) for w in subject):
                return " ".join(subject), when
    agent = _phrase_pattern("charge_agent", lang)
    if agent is not None:
        for i, w in enumerate(words[:-1]):
            if _passive(w, lang) and agent.fullmatch(words[i + 1]):
                # "Jobben gjøres av Park og idrett": the passive's agent does the work
                name = _owner_words(words[i + 2:], lang, settings, lower=False)
                if name:
                    return name, when
    found = read_charge(sentence, item, lang)
    if found is not None and found.owner[:1].isupper() and not opens_in_first_person(found.owner, lang) and not any(
        _passive(w, lang) for w in found.owner.split()
    ):  # ("Samtalene holdes hvert år": a passive's subject is acted on, no one named)
        return found.owner, when or found.when
    return "", when


def promise_fields(tail: str, item: str, lang: str, settings: PromiseSettings = PROMISES) -> tuple[str, str]:
    """(owner, deadline) the sentences after a promise give it: the first owner and the first
    time phrase found, sentence by sentence."""
    from plancheck.extract.prose import sentences

    owner, when = "", ""
    for s in sentences(tail):
        o, w = prose_charge(s, item, lang, settings)
        owner, when = owner or o, when or w
    return owner, when


def _stems(text: str, settings: PromiseSettings) -> set[str]:
    from plancheck.extract.link import _words

    return {w[: settings.stem_chars] for w in _words(text) if len(w) >= settings.min_stem_word}


def paraphrased_goal(title: str, goals: list, settings: PromiseSettings = PROMISES):
    """The one declared goal a heading says in other words: the goal sharing the most content
    stems with it, ``min_shared`` at least, and more than any other goal; else None."""
    head = _stems(title, settings)
    if not head:
        return None
    scored = sorted(((len(head & _stems(g.text, settings)), i) for i, g in enumerate(goals)), reverse=True)
    if not scored or scored[0][0] < settings.min_shared or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return goals[scored[0][1]]
