"""Measures written as plain sentences whose grammatical subject is the owner.

Many plans list what they will do under a lead-in such as "Dette gjør vi:", "Så här gör vi:"
or "What we will do:" as whole sentences with no labels: "Kulturkontoret og Skoleetaten holder
kurs for foreldre hver høst." The unit that acts is the subject of the sentence (in the
Scandinavian languages also after the verb, when a time phrase opens the sentence: "Innen
1. mars 2027 tilbyr Helsestasjonen …") and the deadline is a time
phrase anywhere in it (:func:`plancheck.lang.deadlines.time_phrase`). A subject in the first
person ("Vi …", "We …") is the plan's author as a whole: the sentence is a measure of the list,
but names no owner.

Why a list and not a sentence: a sentence with a unit as its subject is as often a fact ("Kulturkontoret
har 3 filialer") as an action; under a lead-in that says what will be done (the lexicon's
``tables.means_columns``, the same phrases that head a "how" column), and when most of the
list's sentences have a unit as their subject, the list is the plan's actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plancheck.lang.deadlines import time_phrase
from plancheck.lang.owners import classify_owner, split_owners
from plancheck.lang.vocab import evidence_words, names_a_body, plain_words
from plancheck.models import Block, BlockKind, OwnerKind


@dataclass(frozen=True)
class SubjectSettings:
    """How a sentence's subject and its list are recognised."""

    max_subject_words: int = 5  # "Lederne av skolene", "Seksjon for Plan og Bygg"
    min_owned_items: int = 2  # a list of one owned sentence is no pattern
    min_owned_share: float = 0.5  # at least half the list's sentences name a unit as subject
    max_lead_words: int = 6  # a lead-in is a short line ("Så här gör vi:"), not a sentence about the list


SUBJECTS = SubjectSettings()


@dataclass(frozen=True)
class SubjectSentence:
    """What a measure sentence says of itself: who acts (``owner``, "" when no unit does)
    and when (``when``, the time phrase as printed, "" when there is none)."""

    owner: str
    when: str


def _verb(word: str, lang: str) -> bool:
    """A finite verb where a subject ends: a lower-case word with a present-tense ending of the
    lexicon (``evidence.present_endings``: "holder", "tilbyder", "öppnar") or a modal ("will")."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    if word in evidence_words("will", lang) or word in evidence_words("should", lang):
        return True
    return any(word.endswith(e) for e in evidence_words("present_endings", lang))


def _definite(word: str, lang: str) -> bool:
    """A noun in its definite form ("Helsestasjonen", "skolene"): an ending of the
    lexicon's ``evidence.definite_suffixes`` after a stem of some length."""
    return any(word.lower().endswith(e) and len(word) - len(e) >= 4 for e in evidence_words("definite_suffixes", lang))


def _unit(part: str, lang: str) -> bool:
    """Does one part of a subject name a unit or a role: a kind the owner recogniser knows,
    a name of capitalised words ("Teknisk Drift", "Borgerservice") or a definite noun
    ("Helsestasjonen", "skolene" after "og")?"""
    words = part.split()
    if not words:
        return False
    if classify_owner(part, lang) != OwnerKind.unknown:
        return True
    if all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        # one capitalised word: an abbreviation ("PPT"), a definite noun or a unit word's
        # compound ("Borgerservice"); not any plural noun ("Foreldre får …")
        return len(words) > 1 or words[0].isupper() or _definite(words[0], lang) or names_a_body(words[0])
    return len(words) == 1 and _definite(words[0], lang)


def _owner_subject(subject: str, lang: str) -> bool:
    """Is ``subject`` one unit or several joined ("Helsestasjonen og skolene")?"""
    parts = [o.text for o in split_owners(subject, lang=lang)]
    return bool(parts) and all(_unit(p, lang) for p in parts)


@lru_cache(maxsize=4096)
def read_sentence(sentence: str, lang: str, settings: SubjectSettings = SUBJECTS) -> SubjectSentence | None:
    """The owner and time of a measure sentence, or None when its subject is not found. The
    subject is the words before the first finite verb (:func:`_verb`) that make a unit
    (:func:`_owner_subject`); when a time phrase opens the sentence, the verb comes right
    after it and the subject after the verb (inverted order), the longest run of up to
    ``max_subject_words`` words that makes a unit. A first-person subject ("Vi", "We") gives
    owner ""."""
    text = " ".join(sentence.split()).rstrip(" .!")
    when = time_phrase(text)
    words = text.split()
    first = {w.lower() for w in evidence_words("first_person", lang)}
    start = 0
    if when and text.lower().startswith(when.lower()):
        start = len(when.split())
        if start < len(words) and words[start].endswith(","):
            words[start] = words[start].rstrip(",")
        if start < len(words) and _verb(words[start].strip(","), lang):
            # "Innen 1. mars 2027 tilbyr Helsestasjonen …": the subject after the verb
            rest = [w.strip(",") for w in words[start + 1 : start + 1 + settings.max_subject_words]]
            if rest and rest[0].lower() in first:
                return SubjectSentence("", when)
            subject = _inverted_subject(rest, lang)
            return SubjectSentence(subject, when) if subject else None
    head = [w.strip(",") for w in words[start : start + settings.max_subject_words + 1]]
    if head and head[0].lower() in first:
        return SubjectSentence("", when)
    for v in range(1, len(head)):
        if _verb(head[v], lang) and _owner_subject(" ".join(head[:v]), lang):
            if (v + 1 < len(head) and _verb(head[v + 1], lang) and head[v + 1].lower() not in _function_words(lang)
                    and _owner_subject(" ".join(head[: v + 1]), lang)):
                v += 1  # "Alla nämnder uppdaterar": a plural noun ending like a verb, then the verb
            return SubjectSentence(" ".join(head[:v]), when)
    return None


@lru_cache(maxsize=8)
def _function_words(lang: str) -> frozenset[str]:
    """Prepositions, conjunctions and articles (the lexicon's ``open_end_words``): a word ending as
    a present-tense verb does ("för", "under") that is none ("Biståndsenheten ansvarar för …")."""
    return frozenset(w.lower() for w in plain_words("open_end_words", lang))


def _inverted_subject(rest: list[str], lang: str) -> str:
    """The subject that follows the verb of an inverted sentence ("… tilbyr
    Helsestasjonen språkgrupper …"): the shortest run of words that makes a unit,
    and each further unit joined to it by "og"/"och"/"and" (the lexicon's ``and_words``); ""
    when its first words make none. Shortest, because the object follows the subject
    directly and a unit word may head it too."""
    ands = {w.lower() for w in plain_words("and_words")}
    k = next((k for k in range(1, len(rest) + 1) if _owner_subject(" ".join(rest[:k]), lang)), 0)
    if not k:
        return ""
    while k + 1 < len(rest) and rest[k].lower() in ands:
        more = next((j for j in range(k + 2, len(rest) + 1) if _owner_subject(" ".join(rest[:j]), lang)), 0)
        if not more:
            break
        k = more
    return " ".join(rest[:k])


_COLON_END = re.compile(r":\s*$")


def means_lead(block: Block, settings: SubjectSettings = SUBJECTS) -> bool:
    """Is ``block`` a lead-in saying what will be done ("Dette gjør vi:", "Så här gör vi:",
    "What we will do:"): the whole line, of at most ``max_lead_words`` words, a phrase of the
    lexicon's ``tables.means_columns``?"""
    from plancheck.extract.tables import means_column

    if block.kind not in (BlockKind.paragraph, BlockKind.heading):
        return False
    text = block.text.strip()
    return len(text.split()) <= settings.max_lead_words and means_column(_COLON_END.sub("", text))


def lead_prefix(block: Block, settings: SubjectSettings = SUBJECTS) -> str | None:
    """The text after a means lead-in that opens the paragraph ("Det gjer vi: Vi opnar …"),
    the lead-in and the first item read as one paragraph when no spacing set them apart; None
    when the paragraph opens with no such lead-in (:func:`means_lead` for the words)."""
    if block.kind != BlockKind.paragraph:
        return None
    head, sep, rest = block.text.strip().partition(":")
    if not sep or not rest.strip() or len(head.split()) > settings.max_lead_words:
        return None
    from plancheck.extract.tables import means_column

    return rest.strip() if means_column(head) else None


def item_text(block: Block) -> str:
    """The text of a list item, without a means lead-in read into it (:func:`lead_prefix`)."""
    return lead_prefix(block) or block.text


def _one_sentence(b: Block) -> bool:
    """A paragraph of one sentence (a list typed as paragraphs, one action each)."""
    from plancheck.extract.prose import sentences

    return b.kind == BlockKind.paragraph and len(sentences(item_text(b))) == 1


def _item(b: Block, kind: BlockKind, lang: str | None = None) -> bool:
    """Is ``b`` an item of a list of ``kind`` (not the lead-in over it)? A paragraph item is one
    sentence, or (``lang`` given) a measure sentence and a sentence of charge after it
    (:func:`plancheck.extract.charge.measure_then_charge`)."""
    from plancheck.extract.charge import measure_then_charge

    if b.kind != kind:
        return False
    if kind == BlockKind.list_item:
        return True
    if means_lead(b):
        return False
    return _one_sentence(b) or (lang is not None and measure_then_charge(item_text(b), lang) is not None)


def item_charge(b: Block, lang: str) -> tuple[str, SubjectSentence] | None:
    """(measure text, owner and time) of a list item written as a measure sentence and then a
    sentence of charge, or None (see :func:`_item`)."""
    from plancheck.extract.charge import measure_then_charge

    if b.kind not in (BlockKind.paragraph, BlockKind.list_item) or _one_sentence(b):
        return None  # (a list item too: "1. give tilskud til … . Kultur og Fritid har ansvaret, …")
    found = measure_then_charge(item_text(b), lang)
    return (found[0], SubjectSentence(found[1].owner, found[1].when)) if found is not None else None


def list_after(blocks: list[Block], index: int, lang: str | None = None) -> tuple[int, list[int]] | None:
    """(lead index, item indices) of the list block ``index`` is an item of, when a means
    lead-in (:func:`means_lead`) stands right before that list; None otherwise. The list is
    the run of items at the level of its first item (deeper items are parts of one), or the
    run of one-sentence paragraphs when the list is typed without bullets (with ``lang``, also
    paragraphs of a measure sentence and its sentence of charge). The lead-in may open the first
    item's paragraph (:func:`lead_prefix`); the lead index is then that item's."""
    kind = blocks[index].kind
    if kind not in (BlockKind.list_item, BlockKind.paragraph) or not _item(blocks[index], kind, lang):
        return None
    k = index
    while k > 0 and lead_prefix(blocks[k]) is None and _item(blocks[k - 1], kind, lang):
        k -= 1
    if lead_prefix(blocks[k]) is not None:
        lead = k  # "Det gjer vi: Vi opnar …": the lead-in and the first item in one paragraph
    elif k == 0 or not means_lead(blocks[k - 1]):
        return None
    else:
        lead = k - 1
    level = blocks[k].level or 0
    items: list[int] = []
    j = k
    while j < len(blocks) and _item(blocks[j], kind, lang) and (j == k or lead_prefix(blocks[j]) is None):
        if (blocks[j].level or 0) == level:
            items.append(j)
        j += 1
    return lead, items


def owned_list(blocks: list[Block], index: int, lang: str, settings: SubjectSettings = SUBJECTS) -> bool:
    """Is block ``index`` an item of a list of measure sentences: under a means lead-in, with
    at least ``min_owned_items`` and ``min_owned_share`` of its items read with a unit as their
    subject (:func:`read_sentence`)?"""
    found = list_after(blocks, index, lang)
    if found is None:
        return charged_list(blocks, index, lang, settings)
    if index not in found[1]:
        return False
    items = found[1]
    owned = sum(
        1 for i in items
        if item_charge(blocks[i], lang) is not None or ((r := read_sentence(item_text(blocks[i]), lang)) is not None and r.owner)
    )
    return owned >= settings.min_owned_items and owned >= settings.min_owned_share * len(items)


def _item_run(blocks: list[Block], index: int) -> list[int]:
    """The list items at the level of block ``index`` in the run of list items it stands in."""
    level = blocks[index].level or 0
    lo = index
    while lo > 0 and blocks[lo - 1].kind == BlockKind.list_item:
        lo -= 1
    hi = index
    while hi + 1 < len(blocks) and blocks[hi + 1].kind == BlockKind.list_item:
        hi += 1
    return [k for k in range(lo, hi + 1) if (blocks[k].level or 0) == level]


def charged_list(blocks: list[Block], index: int, lang: str, settings: SubjectSettings = SUBJECTS) -> bool:
    """Is block ``index`` an item of a list of measure sentences with no lead-in over it: a list of
    at least ``min_owned_items`` items, EVERY one a sentence whose subject is a unit
    (:func:`read_sentence`) committed to the work by the word after it (:func:`_commits`) and that
    sets a time by when, a date or a year, not since when ("Kulturskolen skal innen 2027 tilby …",
    "Hemtjänsten ansvarar för att … senast 2027"), the subjects at least two different units, none
    everyone or a whole group ("Alle innbyggere …"), and the list not under a goal role's bare label ("Mål")?
    Why so strict without a lead-in: a goal may be a sentence with a subject and a year too
    ("Kommunen skal være klimanøytral innen 2030"); that different units each take on a piece of
    work by a time is the division of labour a list of measures writes, and a list of goals does not."""
    if blocks[index].kind != BlockKind.list_item:
        return False
    items = _item_run(blocks, index)
    if index not in items or len(items) < settings.min_owned_items or _under_goal_label(blocks, items[0]):
        return False
    everyone = _everyone_words(lang)
    subjects = set()
    for k in items:
        text = " ".join(blocks[k].text.split())
        r = read_sentence(text, lang, settings)
        if (r is None or not r.owner or not r.when or not any(c.isdigit() for c in r.when) or _from_time(r.when)
                or r.owner.split()[0].lower() in everyone or not _commits(text, r.owner, lang)):
            return False
        subjects.add(r.owner.lower())
    return len(subjects) >= 2


@lru_cache(maxsize=8)
def _everyone_words(lang: str) -> frozenset[str]:
    """Words opening a subject that is everyone or a whole group ("Alle barn", "Alla invånare"):
    the lexicon's ``all_words``, ``everyone_subjects`` and ``diffuse_words``; such a subject is
    a goal's, no unit taking on work."""
    return frozenset(w.lower() for key in ("all_words", "everyone_subjects", "diffuse_words") for w in plain_words(key, lang))


def _under_goal_label(blocks: list[Block], first: int) -> bool:
    """Does the list stand under a heading that is a goal role's label alone ("Mål", "Hovedmål",
    "Våre mål"): a list of goals, whatever its sentences say?"""
    from plancheck.extract.roles import heading_role

    k = first - 1
    while k >= 0 and blocks[k].kind != BlockKind.heading:
        k -= 1
    if k < 0:
        return False
    role, rest = heading_role(blocks[k].text)
    return role in ("main_goal", "goal", "sub_goal") and not rest.strip(" :.0-9")


def _from_time(phrase: str) -> bool:
    """Does a time phrase say since when ("siden 2023", "starting in 2026": the lexicon's
    ``time.from_words``), not by when?"""
    from plancheck.lang import timewords as tw

    low = phrase.lower()
    return any(low == w or low.startswith(w + " ") for w in (x.lower() for x in tw.FROM))


@lru_cache(maxsize=8)
def _commitment(lang: str) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import alternation

    words = [*evidence_words("will", lang), *plain_words("owner_heading_phrases", lang)]
    return re.compile(rf"(?:{alternation(words)})\b", re.IGNORECASE) if words else None


def _commits(text: str, subject: str, lang: str) -> bool:
    """Does the word after the subject commit the unit to the work: a will-modal of the lexicon
    ("skal", "ska", "will") or a phrase of charge (``owner_heading_phrases``: "ansvarar för",
    "har ansvaret for")? A sentence saying what a unit has done or does ("Alle skoler har hatt
    åpen dag siden 2023") commits it to nothing."""
    pattern = _commitment(lang)
    at = text.find(subject)
    return pattern is not None and at >= 0 and pattern.match(text[at + len(subject):].lstrip()) is not None
