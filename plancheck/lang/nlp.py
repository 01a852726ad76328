"""spaCy pipelines for the five plan languages, lemmatised by simplemma.

Why this shape: plancheck must run offline, so no trained spaCy model may be loaded; ``spacy.blank``
gives a tokenizer for nb/nn/sv/da/en and simplemma (pure Python, ships its dictionaries) gives
lemmas. A custom component, ``simplemma_lemmatizer``, writes ``token.lemma_`` so that spaCy
``Matcher``/``EntityRuler`` patterns can use ``LEMMA`` ("avdelingen" → "avdeling").

Nynorsk: simplemma's nn dictionary is small, so nn lemmatises with ("nn", "nb") - nynorsk first,
bokmål as fallback; spaCy's own "nn" class is used when present, else "nb".

Compounds: Norwegian writes compounds as one word ("enhetsleder", "helsestasjonstilbud") and
simplemma does not know most of them. :func:`split_compound` finds a split where both parts are
known words (allowing a linking -s-/-e-); the lemmatizer falls back to it for unknown words, so
"enhetsledere" gets the lemma "enhetsleder" and a pattern on the head word still matches.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

import simplemma  # only its module: a language's dictionary loads on its first lookup

if TYPE_CHECKING:  # spaCy (about a second to import) is imported by make_nlp, when first used
    from collections.abc import Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

SUPPORTED_LANGS = ("nb", "nn", "sv", "da", "en")

_ALIASES = {
    "no": "nb", "nob": "nb", "bokmal": "nb", "bokmål": "nb", "nno": "nn", "nynorsk": "nn",
    "swe": "sv", "se": "sv", "dan": "da", "dk": "da", "eng": "en",
}

# which simplemma dictionaries to consult, in order
_SIMPLEMMA_LANGS: dict[str, tuple[str, ...]] = {
    "nb": ("nb",),
    "nn": ("nn", "nb"),
    "sv": ("sv",),
    "da": ("da",),
    "en": ("en",),
}

_COMPOUND_LANGS = {"nb", "nn", "sv", "da"}
_MIN_PART = 3


def normalize_lang(lang: str | None) -> str:
    """Map "no", "nob", "sv-SE", "en_GB" … to one of :data:`SUPPORTED_LANGS`; unknown → "nb"
    (plancheck's home language), so a missing or odd language tag never breaks extraction."""
    if not lang:
        return "nb"
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    code = _ALIASES.get(code, code)
    return code if code in SUPPORTED_LANGS else "nb"


@lru_cache(maxsize=200_000)
def _is_known(word: str, lang: str) -> bool:
    return simplemma.is_known(word, _SIMPLEMMA_LANGS[lang])


@lru_cache(maxsize=200_000)
def _lemmatize(word: str, lang: str) -> str:
    # dictionaries in order: the first that changes the word wins (nn, then nb for nynorsk)
    for code in _SIMPLEMMA_LANGS[lang]:
        found = simplemma.lemmatize(word, code, greedy=True)
        if found.lower() != word.lower():
            return found
    return word


# Heads frequent in plan documents: they win when a word splits two ways at a linking "s"
# ("enhets|leder" vs "enhet|sleder", "kultur|skolen" vs "kulturs|kolen").
_COMMON_HEADS = frozenset(
    (
        "leder", "leiar", "sjef", "skole", "skule", "tjeneste", "teneste", "kontor", "plan", "tilbud",
        "arbeid", "senter", "enhet", "eining", "avdeling", "område", "tiltak", "bolig", "hage",
        "direktør", "rådgiver", "rådgjevar", "koordinator", "sykepleier", "lærer", "team", "råd",
        "utvalg", "utval", "mål", "strategi", "stasjon", "sektor", "lag", "forening", "gruppe",
        "helse", "omsorg", "ansvar", "förvaltning", "nämnd", "chef", "enhed", "afdeling",
    )
)


def _head_lemma(head: str, lang: str) -> str:
    """Lemma of a compound head. simplemma's nb data reads many nouns as verbs ("leder" → "led",
    "hage" → "hag", "sykepleier" → "sykepleie", "rådet" → "råde"); a head is almost always a
    noun, so such verb readings are undone."""
    lem = _lemmatize(head, lang).lower()
    if not head.startswith(lem):
        return lem
    rest = head[len(lem):]
    if rest in ("er", "r") or (rest == "e" and not lem.endswith("er")):
        return head
    if rest == "t" and lem.endswith("e") and _is_known(lem[:-1], lang):
        return lem[:-1]  # neuter definite: "rådet" → "råd"
    return lem


def _seams(w: str, lang: str) -> Iterator[tuple[int, list[str]]]:
    """Each place the lower-case ``w`` splits into two known words (each at least three
    letters): the modifier's length as written, and its readings that are words, as written
    and without a linking -s-/-e- (one or both, in that order)."""
    for i in range(_MIN_PART, len(w) - _MIN_PART + 1):
        left = w[:i]
        if not _is_known(w[i:], lang):
            continue
        modifiers = [left] if _is_known(left, lang) else []
        if left[-1] in "se" and len(left) > _MIN_PART and _is_known(left[:-1], lang):
            modifiers.append(left[:-1])
        if modifiers:
            yield i, modifiers


@lru_cache(maxsize=100_000)
def _split(word: str, lang: str) -> tuple[str, str, str] | None:
    """(modifier as written, modifier without linking letter, head lemma) or None."""
    w = word.lower()
    candidates = []
    for i, modifiers in _seams(w, lang):
        head = _head_lemma(w[i:], lang)
        candidates += [(head in _COMMON_HEADS, i, w[:i], modifier, head) for modifier in modifiers]
    if not candidates:
        return None
    # right-headed compounds: prefer a common head, then the longest modifier as written
    best = max(candidates, key=lambda c: c[:2])
    return best[2], best[3], best[4]


def is_known(word: str, lang: str = "nb") -> bool:
    """Is ``word`` (lower case) in simplemma's dictionary for ``lang`` (nn: nynorsk or bokmål)?"""
    return _is_known(word, normalize_lang(lang))


def split_compound(word: str, lang: str = "nb") -> list[str]:
    """Split a Scandinavian compound into [modifier, head lemma]: "boligmassen" → ["bolig", "masse"],
    "helsestasjonstilbud" → ["helsestasjon", "tilbud"]. Both parts must be words simplemma knows
    (at least three letters each; a linking -s-/-e- on the modifier is dropped). The most balanced
    split wins. Returns ``[word]`` when no split is found or the language has no compounds (en)."""
    lang = normalize_lang(lang)
    if lang not in _COMPOUND_LANGS or len(word) < 2 * _MIN_PART or not word.isalpha():
        return [word]
    found = _split(word, lang)
    if found is None:
        return [word]
    return [found[1], found[2]]


def compound_seams(word: str, lang: str = "nb") -> set[int]:
    """Every place the compound ``word`` splits into two known words (each at least three
    letters; the modifier may end in a linking -s-/-e-), counted in letters of the modifier as
    written: "oppsaker" → {3, 4} ("opp" + "saker", "opps" + "aker"). Empty when it splits no
    compound."""
    lang = normalize_lang(lang)
    w = word.lower()
    if lang not in _COMPOUND_LANGS or len(w) < 2 * _MIN_PART or not w.isalpha():
        return set()
    return {i for i, _modifiers in _seams(w, lang)}


def lemma(word: str, lang: str = "nb") -> str:
    """The lemma of one word: simplemma (greedy); for an unknown compound, the modifier plus the
    head's lemma ("enhetsledere" → "enhetsleder")."""
    lang = normalize_lang(lang)
    return _lemma(word, lang)


@lru_cache(maxsize=200_000)
def _lemma(word: str, lang: str) -> str:
    if lang in _COMPOUND_LANGS and word.isalpha() and not _is_known(word.lower(), lang):
        found = _split(word, lang) if len(word) >= 2 * _MIN_PART else None
        if found is not None:
            return found[0] + found[2]
    return _lemmatize(word, lang)


class SimplemmaLemmatizer:
    """spaCy component setting ``token.lemma_`` from simplemma (cached per word)."""

    def __init__(self, lang: str):
        self.lang = normalize_lang(lang)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_alpha:
                token.lemma_ = _lemma(token.text, self.lang)
            else:
                token.lemma_ = token.text
        return doc


def make_simplemma_lemmatizer(nlp: Language, name: str, lang: str | None) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(lang or nlp.lang)


@cache
def _spacy():
    """spaCy, imported once, with the lemmatizer registered as a pipeline component. Only
    the owner matcher and mandate matching need it: the word lookups above do not."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("simplemma_lemmatizer"):
        Language.factory("simplemma_lemmatizer", default_config={"lang": None})(
            make_simplemma_lemmatizer
        )
    return spacy


def _spacy_code(lang: str) -> str:
    spacy = _spacy()
    try:
        spacy.util.get_lang_class(lang)
        return lang
    except ImportError:
        return "nb"


def make_nlp(lang: str) -> Language:
    """A new blank pipeline with the lemmatizer (uncached: callers add their own components)."""
    lang = normalize_lang(lang)
    nlp = _spacy().blank(_spacy_code(lang))
    nlp.add_pipe("simplemma_lemmatizer", config={"lang": lang})
    return nlp


def get_nlp(lang: str) -> Language:
    """The shared blank pipeline for ``lang`` (tokenizer + simplemma lemmas), one per language.
    Do not add components to it; build your own with :func:`make_nlp`."""
    return _cached_nlp(normalize_lang(lang))


@cache
def _cached_nlp(lang: str) -> Language:
    return make_nlp(lang)


def lemmas(text: str, lang: str = "nb") -> list[str]:
    """Lower-cased lemmas of the alphabetic tokens of ``text``."""
    return [t.lemma_.lower() for t in get_nlp(normalize_lang(lang))(text) if t.is_alpha]
