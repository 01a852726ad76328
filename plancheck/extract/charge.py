"""Who carries out an item and by when, said in a sentence of the text that describes it.

Plans that describe each measure in a paragraph often close it with a sentence that hands the work to
a unit instead of an "Ansvar:" field: "Teknisk drift gjennomfører tiltaket innen utgangen av 2027.",
"Ansvaret ligger hos Plan og bygg, og …", "Kommunalteknikk står for dette i løpet av 2028.", "Det
ledes av Eiendomsavdelingen …", "This will be delivered by the Housing Team by March 2027.",
"Socialförvaltningen ansvarar för att …". Three forms, with the words of the lexicon's ``charge``
section per language:

- a phrase that puts the owner after it (``before_owner``: "ansvaret ligger hos", "ledes av",
  "delivered by");
- a unit as the subject of a phrase of charge (``after_owner``: "står for", "har ansvaret", "er
  ansvarlig", "ansvarar för", "is responsible");
- a unit as the subject of a present-tense verb, no modal (:func:`plancheck.extract.subjectsentences.read_sentence`,
  or a capitalised name before the verb), in a sentence with a time phrase that points back at the item: a word of ``back_references`` ("tiltaket", "dette",
  "arbeidet", "this") or a word that shares its stem with a word of the item's own text
  ("… lager veilederen" under "Lage en veileder …").

Why the third form needs the pointer: a description names other actors too ("Kartleggingen gir
grunnlag …", "Fylket bygger ny vei i 2027"); only a sentence about the item itself says who does it.
The deadline is the sentence's time phrase (:func:`plancheck.lang.deadlines.time_phrase`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from plancheck.lang.deadlines import time_phrase
from plancheck.lang.vocab import definite_articles, evidence_words, plain_words


@dataclass(frozen=True)
class ChargeSettings:
    """How a sentence of charge is recognised."""

    max_owner_words: int = 5  # "Seksjon for plan og bygg", "Barn- og utbildningsförvaltningen"
    stem_chars: int = 5  # a word shares the item's stem in this many first letters ("veilederen" ~ "veileder")
    verb_reach: int = 2  # the verb after a modal, past an adverb at most ("ska också ordna")
    # a subject of this many units joined by and-words ("Helse- og omsorgstjenesten og Den norske
    # kirke skal …"), each name of at most max_owner_words: the modal is sought this far
    max_joint_owners: int = 2
    # a passive verb this many words at most after its subject's first word ("en broschyr om
    # bostadsanpassning skickas"): the subject and its complement (charge._timed_passive)
    passive_reach: int = 6


CHARGE = ChargeSettings()


@dataclass(frozen=True)
class Charge:
    """The owner a sentence hands the item to, as printed, and its time phrase ("" when none)."""

    owner: str
    when: str


@cache
def _phrases(kind: str, lang: str) -> re.Pattern[str] | None:
    words = sorted(evidence_words(f"charge_{kind}", lang), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _passive(word: str, lang: str) -> bool:
    """A lower-case verb in the passive of the lexicon's ``evidence.passive_endings`` ("halveras",
    "reduseres", "udbygges"): after an and-word it opens a clause (:func:`_clause_verb`); after a
    modal it makes the sentence a target for its subject, not a unit's commitment."""
    return word.isalpha() and word.islower() and len(word) > 5 and any(
        word.endswith(e) for e in evidence_words("passive_endings", lang)
    )


def _clause_verb(word: str, lang: str) -> bool:
    """A verb that opens a clause after an and-word ("… og skal", "… og gennemføres"): a finite
    verb (:func:`plancheck.extract.subjectsentences._verb`) or a lower-case passive of the
    lexicon's ``evidence.passive_endings``; "Plan og bygg" goes on with a noun."""
    from plancheck.extract.subjectsentences import _verb

    return _verb(word, lang) or _passive(word, lang)


def _name(words: list[str], lang: str, settings: ChargeSettings) -> str:
    """The owner at the start of ``words``: a leading article dropped, then the words up to a
    clause boundary (a comma, or an and-word before a verb or modal: "… Eiendomsavdelingen og
    skal …"), at most ``max_owner_words``; "" unless it opens with a capital and holds no digit."""
    articles = definite_articles(lang)
    ands = {w.lower() for w in plain_words("and_words", lang)}
    refs = {w.lower() for w in evidence_words("charge_back_references", lang)}
    if words and words[0].lower() in articles:
        words = words[1:]
    out: list[str] = []
    for i, w in enumerate(words):
        nxt = [x.strip(",;.").lower() for x in words[i + 1 : i + 3]]
        if nxt and nxt[0] in articles:
            nxt = nxt[1:]
        if w.lower() in ands and nxt and (_clause_verb(words[i + 1].strip(",;."), lang) or nxt[0] in refs):
            # "… Fritidsenheten och arbetet pågår …", "… and the work is …": a clause about the
            # item itself opens after the and-word, no second name
            break
        out.append(w.strip(",;."))
        if w.endswith((",", ";", ".")):
            break
    name = " ".join(out).strip()
    if not name[:1].isupper() or any(c.isdigit() for c in name) or len(out) > settings.max_owner_words:
        return ""
    if out[0].lower() in refs:
        return ""  # "This marketing campaign …", "Dette tiltaket …": the item itself, no unit
    return name


def _points_back(sentence: str, item: str, lang: str, settings: ChargeSettings) -> bool:
    """Does the sentence speak of the item: a back-reference word, or a word of the item's stem?"""
    words = [w.strip(",;.:()").lower() for w in sentence.split()[1:]]
    refs = {w.lower() for w in evidence_words("charge_back_references", lang)}
    if any(w in refs for w in words):
        return True
    # a word of the item's stem, also as the last part of a compound ("caféerne" in "seniorcaféer"),
    # where Scandinavian compounds put their head
    n = settings.stem_chars
    item_words = [w.strip(",;.:()").lower() for w in item.split() if len(w) >= n + 1]
    return any(len(w) >= n + 1 and any(w[:n] in iw for iw in item_words) for w in words)


def _same_stem(owner: str, item: str, settings: ChargeSettings) -> bool:
    """Is the subject the item itself, named as one noun ("Kartleggingen" under "Kartlegge …")? A
    unit's name of several words may share a word with the item ("Kultur og fritid" under "…
    kulturmidlar") and still be the unit."""
    n = settings.stem_chars
    stems = {w.lower()[:n] for w in item.split() if len(w) >= n + 1}
    words = owner.split()
    return len(words) == 1 and len(words[0]) >= n + 1 and words[0].lower()[:n] in stems


def read_charge(sentence: str, item: str, lang: str, settings: ChargeSettings = CHARGE) -> Charge | None:
    """The owner and time one sentence gives the item ``item`` (its text), or None."""
    from plancheck.extract.subjectsentences import read_sentence

    text = " ".join(sentence.split()).rstrip(" .!")
    when = time_phrase(text)
    bare = text.replace(when, " ") if when else text
    before = _phrases("before_owner", lang)
    if before is not None and (m := before.search(bare)):
        name = _name(bare[m.end():].split(), lang, settings)
        if name:
            return Charge(name, when)
    after = _phrases("after_owner", lang)
    if after is not None and (m := after.search(bare)) and m.start() > 0:
        subject = bare[: m.start()].split()
        if subject and subject[0].lower() in definite_articles(lang):
            subject = subject[1:]  # "The Highways Team is responsible": the article is no part of the name
        name = _name(subject, lang, settings)
        if name and len(name.split()) == len(subject):
            return Charge(name, when)
        if len(subject) > settings.max_owner_words and (joint := _joint_subject(subject, lang, settings)):
            return Charge(joint, when)  # "The Library Service and the Volunteer Centre are responsible"
    if not when or _modal_after_subject(bare, lang):
        return None  # (a subject and a verb alone: "Helhedsplanen skal give …" states an aim)
    read = read_sentence(text, lang)
    owner = read.owner if read is not None else _named_subject(bare.split(), lang, settings)
    if owner and _points_back(text, item, lang, settings) and not _same_stem(owner, item, settings):
        return Charge(owner, when)
    return None


def _modal_after_subject(text: str, lang: str) -> bool:
    """Does a modal of the lexicon (``evidence.modal``: "skal", "ska", "will") stand in the
    sentence after its first word? An aim or a promise ("Helhedsplanen skal give …", "Information
    … ska kontinuerligt ges …"), not a unit's charge, which says what the unit does."""
    modals = {w.lower() for w in evidence_words("modal", lang)}
    return any(w.strip(",;.").lower() in modals for w in text.split()[1:])


def _named_subject(words: list[str], lang: str, settings: ChargeSettings) -> str:
    """The words before the first present-tense verb when they are a name (:func:`_name`: "Kultur
    og fritid gjennomfører …", "Eigedom byggjer om …"), a unit's name the owner recogniser does
    not know by its words; "" otherwise."""
    from plancheck.extract.subjectsentences import _verb

    for v in range(1, min(len(words), settings.max_owner_words + 1)):
        if _verb(words[v].strip(",;."), lang):
            name = _name(words[:v], lang, settings)
            return name if name and len(name.split()) == v else ""
    return ""


def paragraph_charge(paragraph: str, item: str, lang: str, settings: ChargeSettings = CHARGE) -> Charge | None:
    """The charge a sentence of a paragraph describing ``item`` gives, read from the paragraph's
    end (the sentence of charge closes a description), or None."""
    from plancheck.extract.prose import sentences

    for s in reversed(sentences(paragraph)):
        found = read_charge(s, item, lang, settings)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def measure_then_charge(text: str, lang: str, settings: ChargeSettings = CHARGE) -> tuple[str, Charge] | None:
    """A paragraph of two sentences, the measure and then its charge ("Vi opnar eit ope
    fritidstilbod … . Kultur og fritid står for dette i løpet av 2027."): (the measure sentence,
    the charge naming an owner), or None.

    Why: a list of measure sentences under "Det gjer vi:" may say who does each in a
    sentence of its own after it, rather than as its subject."""
    from plancheck.extract.prose import sentences

    parts = sentences(text)
    if len(parts) != 2:
        return None
    found = read_charge(parts[1], parts[0], lang, settings)
    return (parts[0], found) if found is not None and found.owner else None


def committed_sentence(sentence: str, lang: str, settings: ChargeSettings = CHARGE) -> Charge | None:
    """The owner and time of a sentence of running text that is itself a measure, or None: a unit
    as its subject, committed by a phrase of charge and the infinitive marker ("Kultur- och
    fritidsförvaltningen ansvarar för att öppna två nya träffpunkter … senast 2027", the time
    optional), or by a modal with a time phrase ("Biblioteket ska erbjuda digital vägledning
    varje vecka") whose verb is no assessment (``assess_verbs``: "vil vurdere …" promises a look,
    not the work). The subject must read as an owner (``lang.owners.is_owner_like``).

    Why: a plan that describes what is to be done in paragraphs under each goal, not in a list,
    writes each measure as such a sentence among sentences of background; a sentence without a
    unit as its subject (a law quoted, a recommendation, what was done) or with neither a charge
    nor a time is background."""
    from plancheck.lang.owners import is_owner_like

    # the cheap tests (a phrase of charge or a modal, a subject that reads as an owner) before the
    # time phrase, which is the dear one: most sentences of a plan's prose are neither
    text = " ".join(sentence.split()).rstrip(" .!")
    words = text.split()
    after = _phrases("after_owner", lang)
    marks = {w.lower() for w in evidence_words("charge_infinitive", lang)}
    if after is not None and (m := after.search(text)) and m.start() > 0:
        head, tail = text[: m.start()].split(), text[m.end():].split()
        name = _name(head, lang, settings) if len(head) <= settings.max_owner_words else _joint_subject(head, lang, settings)
        if name and len(name.split()) == len(head) and tail and tail[0].lower() in marks and is_owner_like(name, lang):
            return Charge(name, time_phrase(text))
    modals = {w.lower() for w in evidence_words("modal", lang)}
    reach = settings.max_joint_owners * (settings.max_owner_words + 1) - 1  # the names and the and-words between
    k = next((i for i, w in enumerate(words[1 : reach + 1], 1) if w.strip(",;").lower() in modals), None)
    if k is None:
        return None
    v = _past_together(words, k + 1, lang)  # the verb after "skal i fellesskap", "will jointly"
    assess = {w.lower() for w in plain_words("assess_verbs", lang)}
    if any(w.strip(",;").lower() in assess for w in words[v : v + settings.verb_reach]):
        return None  # "… vil vurdere opningstidene i 2027": to consider the work, not to do it
    if v < len(words) and _passive(words[v].strip(",;"), lang):
        return None  # "Energianvändningen ska halveras till 2035": a target for a thing, no unit's work
    if any(w.endswith(":") for w in words[:k]):
        return None  # "Mål: …": a labelled item says what it is; its subject is no unit's name
    if (timed := _timed_passive(words, k, lang, settings)) is not None:
        return timed
    if k <= settings.max_owner_words:
        name = _name(words[:k], lang, settings)
    else:
        name = _joint_subject(words[:k], lang, settings)
    if not name or len(name.split()) != k or not is_owner_like(name, lang):
        return None
    when = time_phrase(text)
    return Charge(name, when) if when else None


def _timed_passive(words: list[str], k: int, lang: str, settings: ChargeSettings) -> Charge | None:
    """A sentence that opens with its time phrase, then a modal of promise (``evidence.will``:
    "ska", "skal"), a subject that opens with an indefinite article or a formal subject (the
    lexicon's ``evidence.passive_subject_openers``: "en", "ett", "det") and a passive verb within
    ``passive_reach`` words ("Under 2061 ska en folder om … delas ut till alla …", "I 2027 skal
    det etableres et lavterskeltilbud"): a measure no unit is named for, due by that time;
    ``Charge("", when)``. None otherwise.

    Why: a plan that writes its measures as sentences of running text writes some in the
    passive, the work named and its time set but no one to do it (a measure without an owner); a
    definite subject ("Energianvändningen ska halveras till 2035") is a target for a thing, and a
    sentence without a modal of promise ("Åtgärder tas fram under 2027") reports a process."""
    head = " ".join(words[:k]).rstrip(",")
    if k > settings.max_owner_words or words[k].strip(",;").lower() not in {w.lower() for w in evidence_words("will", lang)}:
        return None
    when = time_phrase(head)
    if not when or when != head:
        return None  # the words before the modal are the time phrase and nothing else
    openers = {w.lower() for w in evidence_words("passive_subject_openers", lang)}
    if k + 1 >= len(words) or words[k + 1].lower() not in openers:
        return None
    rest = [w.strip(",;") for w in words[k + 2 : k + 2 + settings.passive_reach]]
    if not any(_passive(w, lang) for w in rest):
        return None
    return Charge("", when)


def _past_together(words: list[str], i: int, lang: str) -> int:
    """The index of the first word from ``i`` past a phrase of the lexicon's ``together_words``
    ("sammen", "i fellesskap", "jointly"): the adverb of a shared measure, no passive verb
    (the Swedish together-word "tillsammans" ends in -s as the passive "halveras" does)."""
    for phrase in sorted(plain_words("together_words", lang), key=len, reverse=True):
        n = len(phrase.split())
        if [w.strip(",;").lower() for w in words[i : i + n]] == phrase.lower().split():
            return i + n
    return i


def _joint_subject(words: list[str], lang: str, settings: ChargeSettings) -> str:
    """The subject ``words`` when it is up to ``max_joint_owners`` names joined by and-words
    ("Helse- og omsorgstjenesten og Den norske kirke", "Children's Services and the Youth
    Offending Team"), each of at most ``max_owner_words`` words, opening with a capital (past a
    leading article) and holding no digit nor clause mark; "" otherwise. An and-word after a
    hyphen is inside a name ("Vård- och omsorgs…"), no join.

    Why: a plan that shares a measure between two units writes both as the sentence's subject,
    longer together than one unit's name; one of them must still read as an owner (the caller
    tests the whole with ``is_owner_like``), and a group of people ("Alle barn og unge i …")
    opens no second name."""
    ands = {w.lower() for w in plain_words("and_words", lang)}
    articles = definite_articles(lang)
    parts: list[list[str]] = [[]]
    for i, w in enumerate(words):
        if w.lower() in ands and i > 0 and not words[i - 1].endswith("-") and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(w)
    if not 2 <= len(parts) <= settings.max_joint_owners:
        return ""
    for part in parts:
        bare = part[1:] if len(part) > 1 and part[0].lower() in articles and part[0].islower() else part
        if (not part or len(part) > settings.max_owner_words or not bare[0][:1].isupper()
                or any(c.isdigit() for w in part for c in w) or any(w.endswith((",", ";", ".", ":")) for w in part)):
            return ""
    return " ".join(words)
