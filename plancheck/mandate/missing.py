"""What "Mangler" says: the concern a plan leaves unanswered, in the point's own words but short.

A partial answer lacks some words of a concern (the matcher's ``missing_words``: "redusert",
"billettpris" of "redusert billettpris for pensjonistar med låg inntekt"). Listed one by one they read as
a word salad; the whole concern again ("ventetid ved legevakten om natta", when the plan
speaks of the emergency clinic) says more than is missing. Planners name a missing concern as a short
noun phrase ("ansvarlig per tiltak", "tilbud i sommerferien": the `missing` of the gold
files of every mandate batch): so the lacking words are said as the phrases of the concern's text they stand
in — neighbours joined over prepositions, articles and "og" ("sykkel og gange"), an adjective or a quantifier
with the noun it qualifies ("trygg badeplass", "heile dalen"), a verb after a
modal with its object ("halvere ventetida") — and the concern's own wording is the
last resort, cut to its first clause when long.

Pure functions over the mandate matcher's tokens (``text.terms``): no vocabulary of its own
beyond what ``text`` reads from the lexicon (function words, adjective endings, modals).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plancheck.lang.vocab import plain_words
from plancheck.mandate import text as T
from plancheck.mandate import words as W


@dataclass(frozen=True)
class MissingSettings:
    """How a missing concern is worded."""

    # function words a phrase may bridge between two lacking words ("sykkel og gange",
    # "ansvarlig per tiltak"); more between them, and they are two concerns
    bridge_words: int = 2
    # an adjective, a quantifier or a verb after a modal reaches this many words on, over
    # function words, to the word it says something of ("halvere all ventetid")
    head_reach: int = 3
    # a concern said in its own words is cut to its first clause when longer than this
    short_words: int = 8
    # a phrase of the lacking words longer than this share of the concern's words says the
    # concern again: the concern's own (short) wording is said instead
    whole_share: float = 0.8
    # a lacking noun is said with the prepositional phrase after it ("vedtektene i
    # aksjeselskapene"), as planners name a missing thing
    attach_qualifier: bool = True
    # a point opening with a topic label of at most this many words before a colon
    # ("Skilting: Regler for …", "Plassering og form: Kvar skal …") is not said again in
    # "Mangler": the label names the theme, what follows it is what is asked
    label_words: int = 6


DEFAULT_MISSING = MissingSettings()

# a clause boundary inside a concern: where its short form may end
_CLAUSE_RE = re.compile(r"\s*(?:[,;(–—]|\s-\s)")


# function words proper (not the plan words "kommunen", "året" a qualifier may qualify)
_FUNCTION = T.word_set("stop")
# the verbs a mandate asks with ("vurdere", "beskrive"): no part of the thing asked for
_ASKING = T.word_set("mandate_verbs")
# the words a phrase is joined over (words.yaml: preposition, article; "og"/"eller" from the
# lexicon): a modal or a verb between two words starts another clause
_PREPOSITION = W.word_set("preposition")
_ARTICLE = W.word_set("article")
_PARTICLE = W.word_set("particle")
_OWN = W.word_set("own")


def _tokens(text: str, lang: str, degree: bool) -> list[T.Term]:
    return T.terms(text, lang, degree=degree)


def _function(t: T.Term) -> bool:
    return t.lemma in _FUNCTION or t.surface.lower() in _FUNCTION or t.own_stop


def _qualifier(t: T.Term, prev: T.Term | None, lang: str) -> bool:
    """A word that says something of the noun after it and means little alone: an
    adjective by its ending ("naturlig", "teknisk"), a quantifier or degree word ("heile",
    "minst"), or the verb after a modal ("vil kutte")."""
    low = t.surface.lower()
    if t.lemma.isdigit():
        return True
    if T.is_adjective(t.lemma, lang) or T.is_adjective(low, lang):
        return True
    if low in T.DEGREE.get(T._simple_lang(lang), frozenset()) or t.lemma in T.DEGREE.get(
        T._simple_lang(lang), frozenset()
    ):
        return True
    return prev is not None and prev.surface.lower() in T._MODALS


def _gap_ok(text: str, a: T.Term, b: T.Term) -> bool:
    """No clause boundary between two words of one phrase (the stop of an abbreviation,
    "nr. 2", "ca. 40", is none)."""
    gap = text[a.end : b.start]
    if gap.startswith(".") and len(a.surface) <= 3 and a.surface.isalpha():
        gap = gap[1:]
    return not re.search(r"[,;:()–—?.!]", gap)


def lacking_phrases(
    text: str,
    lacking: list[str],
    lang: str,
    settings: MissingSettings = DEFAULT_MISSING,
    *,
    degree: bool = True,
) -> list[str]:
    """The phrases of ``text`` that the words in ``lacking`` stand in, in text order.

    ``lacking`` holds single words of ``text`` (surfaces, any case); an entry that is no word
    of ``text`` is left out (the caller keeps it as written). Lacking words next to each other,
    or with at most ``bridge_words`` function words between them and no clause boundary, make
    one phrase; a qualifier (adjective, quantifier, verb after a modal) at a phrase's end
    reaches on to the next content word. Why: "redusert, billettpris" → "redusert billettpris";
    "trygg" → "trygg badeplass"; "Hele" → "Hele dalen"."""
    ts = _tokens(text, lang, degree)
    want = {w.lower().strip(" ,.;:") for w in lacking if w and " " not in w.strip()}
    verbs = _passive_verbs(text, ts, lang)
    marked = [t.surface.lower() in want and i not in verbs for i, t in enumerate(ts)]
    if not any(marked):
        # the verb is all that is lacking ("hvordan projektet kan finansieres"): it is the
        # concern, said as written
        verbs = set()
        marked = [t.surface.lower() in want for t in ts]
    if not any(marked):
        return []
    n = len(ts)
    # a qualifier reaches on to the word it qualifies; any lacking word standing right before
    # another word of the text, no function word between, is its modifier ("trygg
    # badeplass", "heile veka"): said alone it means little
    lacking_at = list(marked)
    for i in range(n):
        if not lacking_at[i] or (i + 1 < n and lacking_at[i + 1]):
            continue
        qual = _qualifier(ts[i], ts[i - 1] if i else None, lang)
        reach = settings.head_reach if qual else 1
        for j in range(i + 1, min(n, i + 1 + reach)):
            if not _gap_ok(text, ts[j - 1], ts[j]) or j in verbs:
                break
            if not _function(ts[j]):
                if (
                    ts[j].lemma.isdigit()
                    and j + 1 < n
                    and not _function(ts[j + 1])
                    and j + 1 not in verbs
                    and _gap_ok(text, ts[j], ts[j + 1])
                ):
                    j += 1  # a number with its unit ("med 55 prosent")
                for k in range(i + 1, j + 1):
                    marked[k] = True
                break
            if not qual:
                break
    # the word right before a lacking one, no function word between, says which of it
    # ("nye barnehageplasser", "lokale lag", "bus services"): said with it
    for i in range(1, n):
        if (
            lacking_at[i]
            and not marked[i - 1]
            and not ts[i - 1].stop
            and i - 1 not in verbs
            and _gap_ok(text, ts[i - 1], ts[i])
        ):
            marked[i - 1] = True
    joiners = {w.lower() for w in (*plain_words("and_words", lang), *plain_words("or_words", lang))}
    # an adjective coordinated with another before their noun ("reint og godt badevatn",
    # the two with one ending: they agree with one noun): the lacking one is said with the
    # noun ("reint badevatn"; "rike og gode kulturtilbod" → "rike kulturtilbod")
    noun_of: dict[int, tuple[int, int]] = {}
    for i in range(n - 3):
        if (
            lacking_at[i]
            and not marked[i + 1]
            and ts[i + 1].surface.lower() in joiners
            and (_qualifier(ts[i + 2], None, lang) or (ts[i + 2].stop and not _function(ts[i + 2])))
            and ts[i].surface[-1:].lower() == ts[i + 2].surface[-1:].lower()
            and not _function(ts[i + 3])
            and i + 3 not in verbs
            and all(_gap_ok(text, ts[m], ts[m + 1]) for m in range(i, i + 3))
        ):
            end = i + 3
            if (
                end + 1 < n
                and _qualifier(ts[end], None, lang)
                and not _function(ts[end + 1])
                and end + 1 not in verbs
                and _gap_ok(text, ts[end], ts[end + 1])
            ):
                end += 1
            noun_of[i] = (i + 3, end)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not marked[i]:
            i += 1
            continue
        j = i
        while True:
            k = j + 1
            gap = 0
            while (
                k < n
                and not marked[k]
                and (_joins(ts[k], joiners) or k in verbs)
                and gap < settings.bridge_words
            ):
                k += 1
                gap += 1
            if (
                k < n
                and marked[k]
                and all(_gap_ok(text, ts[m], ts[m + 1]) for m in range(j, k))
            ):
                j = k
                continue
            break
        spans.append((i, j))
        i = j + 1
    out: list[str] = []
    for a, b in spans:
        # no function word at either end ("og", "for")
        while a <= b and _function(ts[a]) and not _qualifier(ts[a], ts[a - 1] if a else None, lang):
            a += 1
        while b >= a and _function(ts[b]):
            b -= 1
        if a > b:
            continue
        if lacking_at[b]:
            # a lacking noun with the phrase that says which; a word reached by a qualifier
            # already is that ("trygg badeplass", "halvere ventetida")
            b = _attached(text, ts, b, joiners, settings, lang, verbs)
        if not any(_names(t) for t in ts[a : b + 1]):
            continue  # "nr", "form": no name of a thing
        phrase = _said(text, ts, a, b, verbs)
        if b in noun_of:
            x, y = noun_of[b]
            phrase = f"{phrase} {' '.join(text[ts[x].start : ts[y].end].split())}"
        if phrase and phrase.lower() not in {o.lower() for o in out}:
            out.append(phrase)
    return out


def _said(text: str, ts: list[T.Term], a: int, b: int, verbs: set[int]) -> str:
    """The words ``a``..``b`` of ``text`` as written, without the passive verbs inside them
    ("snørydding løses i boligfeltene" → "snørydding i boligfeltene")."""
    pieces: list[str] = []
    start = ts[a].start
    for m in range(a, b + 1):
        if m in verbs and a < m < b:
            pieces.append(text[start : ts[m].start])
            start = ts[m].end
    pieces.append(text[start : ts[b].end])
    return " ".join(" ".join(pieces).split())


def _passive_verbs(text: str, ts: list[T.Term], lang: str) -> set[int]:
    """The passive verbs of a question or a clause with a modal ("Hvordan skal snørydding
    løses …?", "… skal utredes"): the step asked, not a thing the plan lacks. A word in
    -es/-as/-ast whose stem is a verb of the language, in the modal's clause (or in a
    concern cut from it, without a modal), that ends its clause or stands before a function
    word (a genitive before its noun, "bygdenes skule", is none)."""
    if T._simple_lang(lang) not in _S_PASSIVE:
        return set()
    out: set[int] = set()
    modal = None if any(t.surface.lower() in T._MODALS for t in ts) else -1
    for i, t in enumerate(ts):
        if t.surface.lower() in T._MODALS:
            modal = i
            continue
        if modal is None or (modal >= 0 and not _gap_ok(text, ts[modal], t)):
            # no modal before it, or a clause boundary since ("…, før politikken skrives"):
            # the verb of another clause, which may be what is asked
            continue
        if not _s_passive(t.surface.lower(), lang):
            continue
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        if nxt is None or _function(nxt) or not _gap_ok(text, t, nxt):
            out.add(i)
    return out


# the s-passive of the Nordic languages (Norsk referansegrammatikk, SAG, Dansk sproglære):
# "løses", "vurderast", "redovisas", "genomförs", "undersøges"; English makes its passive with
# an auxiliary and has no such form
_S_PASSIVE = {"nb": ("es", "s"), "nn": ("ast", "as", "es"), "sv": ("as", "s"), "da": ("es", "s")}


def _s_passive(low: str, lang: str) -> bool:
    """``low`` is a verb's s-passive: its stem without the ending is an infinitive of the
    language (a known word ending in a vowel: "løse", "vurdera", "redovisa")."""
    lg = T._simple_lang(lang)
    for end in _S_PASSIVE.get(lg, ()):
        if not low.endswith(end) or len(low) <= len(end) + 3:
            continue
        stem = low[: -len(end)]
        for cand in (stem, stem + "e", stem + "a"):
            if cand[-1] not in "aeæ" or not T._known(cand, lg):
                continue
            lem = T.lemma(cand, lang)
            if lem != cand and cand.startswith(lem) and len(cand) - len(lem) >= 2:
                continue  # an inflected noun ("kommunene" of "kommunens"), not an infinitive
            return True
    return False


def _joins(t: T.Term, joiners: set[str]) -> bool:
    """A word two words of one phrase may stand either side of: a preposition, an article or
    determiner, "og"/"eller"."""
    low = t.surface.lower()
    return low in _PREPOSITION or low in _ARTICLE or low in joiners


def _names(t: T.Term) -> bool:
    """A word that can name what is missing: not a function, generic or abbreviated word."""
    return not t.stop and not t.generic and len(t.surface.strip("-.")) > 2 and not t.lemma.isdigit()


def _attached(
    text: str,
    ts: list[T.Term],
    b: int,
    joiners: set[str],
    settings: MissingSettings,
    lang: str,
    verbs: set[int] = frozenset(),
) -> int:
    """The end of a phrase with the prepositional phrase that says which of its thing it is
    ("rutinene" + "i barnehagene", "tal" + "frå helsestasjonen"): over at most
    ``bridge_words`` function words (not "og"/"eller": a second thing) to the next content
    word, when that ends a clause or stands before another function word. Why: planners
    name a missing thing with its qualifier ("ansvarlig per tiltak"); the passage holding the
    qualifier elsewhere does not make the bare noun say what is missing."""
    if not settings.attach_qualifier:
        return b
    n = len(ts)
    k = b + 1
    gap = 0
    while k < n and _function(ts[k]) and gap < settings.bridge_words:
        low = ts[k].surface.lower()
        if (
            low in joiners
            or not _joins(ts[k], joiners)
            or (gap == 0 and low not in _PREPOSITION)
            or not _gap_ok(text, ts[k - 1], ts[k])
        ):
            return b
        k += 1
        gap += 1
    if (
        gap == 0
        or k >= n
        or not _gap_ok(text, ts[k - 1], ts[k])
        or _function(ts[k])
        or k in verbs
    ):
        return b
    first = k
    # the qualifier's own noun phrase: a genitive (-s in all five languages, "'s") or an
    # adjective goes on to the word it qualifies ("för stadens parker", "of the new library")
    while (
        k + 1 < n
        and k + 1 not in verbs
        and (
            ts[k].surface.lower().endswith("s")
            or _qualifier(ts[k], None, lang)
            # a word every plan uses before its noun ("av nye veganlegg"), first after
            # the preposition
            or (ts[k].stop and ts[k].lemma not in T.FUNCTION and k == first)
        )
        and not _function(ts[k + 1])
        and _gap_ok(text, ts[k], ts[k + 1])
    ):
        if k + 1 - b > settings.bridge_words + settings.head_reach:
            break
        k += 1
    if (
        k + 2 < n
        and ts[k].surface.lower().endswith("s")
        and ts[k + 1].surface.lower() in _OWN
        and not _function(ts[k + 2])
        and k + 2 not in verbs
        and _gap_ok(text, ts[k], ts[k + 1])
        and _gap_ok(text, ts[k + 1], ts[k + 2])
    ):
        k += 2  # a genitive's noun after "egen"/"sin" ("kommunens egen bilpark")
    elif k + 1 < n and ts[k].surface.lower().endswith("s") and ts[k + 1].surface.lower() in _OWN:
        # a genitive without its noun is no end of a phrase
        return b if k == first else k - 1
    return k


def short_form(
    text: str, settings: MissingSettings = DEFAULT_MISSING, lang: str | None = None
) -> str:
    """A concern in its own words, at most its first clause when it is long: "behovet for
    flere parkeringsplasser ved stasjonen, blant annet ved pendlerparkering …" → "behovet for
    flere parkeringsplasser ved stasjonen". A concern of one clause is kept whole (cutting it mid-clause
    would leave half a phrase). With ``lang``, the passive verb of a question is left out
    ("Hvordan skal renovasjon og snørydding løses i boligfeltene?" →
    "snørydding i boligfeltene")."""
    words = text.split()
    if len(words) > settings.short_words:
        m = _CLAUSE_RE.search(text)
        if m and len(text[: m.start()].split()) >= 2:
            words = text[: m.start()].split()
    # "… skal beskrives", "… ska utredas": the asking verb after the modal is no part of
    # what is missing ("… kan finansieres" is: the financing is asked)
    if len(words) > 3 and words[-2].lower() in T._MODALS:
        last = T.terms(" ".join(words[-2:]), lang or "nb")
        if last and (last[-1].lemma in _ASKING or last[-1].surface.lower() in _ASKING):
            words = words[:-2]
    out = " ".join(words).strip(" ,;:.?")
    if lang is None:
        return out
    return _without_step(out, lang) or out


def _without_step(text: str, lang: str) -> str:
    """A concern cut from a question without its passive verb and what dangles at its end:
    "snørydding løses i boligfeltene" → "snørydding i boligfeltene", "vegar løses i
    nye" → "vegar". Empty when nothing would be left."""
    ts = _tokens(text, lang, True)
    if any(t.surface.lower() in T._MODALS for t in ts):
        # a clause of its own ("hvordan projektet kan finansieres"): its verb may be the
        # very thing asked
        return text
    verbs = {
        i
        for i in _passive_verbs(text, ts, lang)
        # between the thing and the phrase that says where or for whom ("snørydding
        # løses i boligfeltene"); at the end it is what is asked ("aktivitetene samordnes"), and
        # after "ikke" or as a particle verb ("følges opp") it says what is asked too
        if 0 < i < len(ts) - 1
        and ts[i + 1].surface.lower() in _PREPOSITION
        and ts[i + 1].surface.lower() not in _PARTICLE
        and not _function(ts[i - 1])
    }
    if not verbs or len(verbs) == len(ts):
        return text
    keep = [i for i in range(len(ts)) if i not in verbs]
    # no preposition, article or dangling adjective at the end ("vegar i nye")
    while keep and (
        _function(ts[keep[-1]])
        or (keep[-1] > min(verbs) and _qualifier(ts[keep[-1]], None, lang))
        or (keep[-1] > min(verbs) and ts[keep[-1]].stop)
    ):
        keep.pop()
    if not keep:
        return ""
    return _said(text, ts, keep[0], keep[-1], verbs)


def head_phrase(text: str, lang: str, settings: MissingSettings = DEFAULT_MISSING) -> str:
    """The thing a long concern names first, with the one phrase that says which: from its
    first naming word (after the asking verb and "hvordan") over the words of its noun phrase
    ("Innbyggjarane sin tilgang"), one coordinated word ("sykkel og gange") and one
    prepositional phrase ("til badeplassen"), up to the next function word or clause boundary. Why: a point the
    passage answers none of the words of is missing as a whole, and "Mangler:" should still
    name it in a few words, not repeat it ("samarbeid med nabokommunane", not "… om
    drift av symjehallen i vinterhalvåret")."""
    ts = _tokens(text, lang, True)
    n = len(ts)
    a = next(
        (
            i
            for i, t in enumerate(ts)
            if not _function(t)
            and t.lemma not in _ASKING
            and t.surface.lower() not in _ASKING
            and not t.lemma.isdigit()
        ),
        None,
    )
    if a is None:
        return short_form(text, settings, lang)
    joiners = {w.lower() for w in (*plain_words("and_words", lang), *plain_words("or_words", lang))}
    verbs = _passive_verbs(text, ts, lang)
    b = a
    while (
        b + 1 < n
        and not _function(ts[b + 1])
        and b + 1 not in verbs
        and _gap_ok(text, ts[b], ts[b + 1])
    ):
        b += 1
    if (
        b + 2 < n
        and ts[b + 1].surface.lower() in joiners
        and not _function(ts[b + 2])
        and b + 2 not in verbs
        and _gap_ok(text, ts[b], ts[b + 1])
        and _gap_ok(text, ts[b + 1], ts[b + 2])
    ):
        b += 2
    b = _attached(text, ts, b, joiners, settings, lang, verbs)
    return " ".join(text[ts[a].start : ts[b].end].split())


def concern_missing(
    text: str,
    lacking: list[str],
    lang: str,
    settings: MissingSettings = DEFAULT_MISSING,
    *,
    degree: bool = True,
) -> list[str]:
    """What is missing of one concern, said for the planner: the phrases of its lacking words
    (:func:`lacking_phrases`), with the entries of ``lacking`` that are no word of the
    concern (a deadline, a duration: "innen 1. mars 2031") after them as written; when the
    phrases would say nearly the whole concern, or none is found, its short form."""
    words = {t.surface.lower() for t in _tokens(text, lang, degree)}
    own = [w for w in lacking if w and w.strip().lower() in words]
    other = [w for w in lacking if w and w.strip().lower() not in words]
    phrases = lacking_phrases(text, own, lang, settings, degree=degree)
    said = sum(len(p.split()) for p in phrases)
    if own and (not phrases or said > settings.whole_share * len(text.split())):
        phrases = [head_phrase(text, lang, settings)]
    return [*phrases, *[o for o in other if o not in phrases]]


_LABEL_RE = re.compile(r"^\s*([^:?.!]+?)\s*:\s+\S")


def point_label(text: str, settings: MissingSettings = DEFAULT_MISSING) -> str:
    """The topic label a point opens with, before a colon ("Hamna: Kva betyr …" →
    "Hamna"), of at most ``settings.label_words`` words; "" when there is none."""
    m = _LABEL_RE.match(text)
    if m is None or len(m.group(1).split()) > settings.label_words:
        return ""
    return m.group(1)


def without_label(entry: str, label: str) -> str:
    """A "Mangler" entry without the point's label before its colon: "Hamna: Kva betyr den
    nye brygga for fisket" → "Kva betyr den nye brygga for fisket", "form: Kvar skal" (the
    label "Plassering og form" split at its "og") → "Kvar skal". The entry is kept whole when
    what stands before its colon is empty or not the end of the label, or nothing follows it."""
    if not label or ":" not in entry:
        return entry
    before, _, after = entry.partition(":")
    lab = " ".join(label.lower().split())
    if after.strip() and before.strip() and lab.endswith(" ".join(before.lower().split())):
        return after.strip()
    return entry
