"""Owner cells: split "Rådgiver oppvekst og PPT" into owners and say what kind each one is.

Why a spaCy ``Matcher`` over a blank pipeline: owners are short noun phrases built from a small,
known vocabulary (roles: leder, sjef, rådgiver …; units: enhet, avdeling, tjeneste …) that
Norwegian glues into compounds ("enhetsleder", "tildelingskontoret"). Token patterns on the
lower-cased text (a compound head plus an inflection ending) and on the simplemma lemma (from
:mod:`plancheck.lang.nlp`) recognise them without a trained model, offline. The word lists are
data in :data:`plancheck.lang.vocab.OWNER_WORDS`; every pipeline knows all five languages' words,
because owner cells mix them (a bokmål plan with nynorsk or English titles).

Splitting: "/", ",", ";" and "|" always split (except in "v/", "m/", "c/o" and inside a
parenthesis); " og ",
" and ", " och ", " samt " and line breaks split only when what follows could be an owner
on its own - capitalised, or a role/unit/external word, or an abbreviation - so "Kommunalsjef
helse og omsorg" stays one owner while "Rådgiver oppvekst og PPT" is two. In English, where
titles are capitalised anyway, both sides must name an owner ("Planning and Development
Department" stays one). A line break inside a word ("Tildelingskontor" / "et") is mended.

Three things look like separators and are not: the comma between a person's name and the role
after it ("Kari Holm, rådgiver i Oppvekstavdelingen" is one owner), the slash of a legal form
("Nordby Energi A/S") and the "og"/"and" inside a name that ends in a legal form ("Hansen og
Sønn AS"; the forms are the lexicon's ``organisation_forms``). A cell that says the owner is
still to be named ("TBC", "Uavklart", "Bestemmes senere", "N.N.") names no owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from plancheck.lang.nlp import is_known, lemma, make_nlp, normalize_lang, split_compound
from plancheck.lang.vocab import (
    ABBREVIATIONS,
    DEFINITE_ENDINGS,
    DIFFUSE_WORDS,
    INDEFINITE_ENDINGS,
    OWNER_WORDS,
    SENTENCE_VERBS,
    alternation,
    definite_articles,
    evidence_words,
    is_status_value,
    plain_words,
    words,
)
from plancheck.models import Owner, OwnerKind

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher

_KINDS = ("role", "external", "unit")  # precedence when one owner names several
# endings of an owner word, every language (the lexicon's owner_inflections); three-letter stems
# ("lag", "råd") take only noun endings: "laget", not the verb "lage" (owner_inflections_short)
_INFL = rf"(?:{alternation(plain_words('owner_inflections'))})?"
_INFL_SHORT = rf"(?:{alternation(plain_words('owner_inflections_short'))})?"
_ABBR = re.compile(r"^[A-ZÆØÅÄÖ]{2,6}s?$")
_PLACEHOLDER_SLASH = "\x00"
_PLACEHOLDER_JOIN = "\x01"
_PLACEHOLDER_COMMA = "\x02"
_PLACEHOLDER_SEMI = "\x03"
_AND = alternation(plain_words("and_words"))
_AND_OR_START = re.compile(rf"({_AND}|{alternation(plain_words('or_words'))})\b")
# an owner cell saying the owner is still to be named ("TBC"), after an owner label or not
# ("Lead to be named", "Ansvar: uavklart"): no owner
_PENDING = re.compile(
    rf"(?:(?:{alternation(plain_words('owner_labels'))})\s*:?\s+)?"
    rf"(?:(?:{alternation(plain_words('owner_pending_adverbs'))})\s+)?(?:{alternation(plain_words('owner_pending'))})",
    re.IGNORECASE,
)
# ... or says so with a passive verb and "later" ("Bestemmes senere", "Fastställs senare")
_PENDING_LATER = re.compile(
    rf"[^\W\d_]{{3,}}(?:{alternation(evidence_words('passive_endings'))})\s+(?:{alternation(plain_words('owner_pending_later'))})",
    re.IGNORECASE,
)
_LABEL = re.compile(rf"^\s*(?:{alternation(plain_words('owner_labels'))})\s*:\s*(?=\S)", re.IGNORECASE)
_PROTECTED_SLASH = re.compile(
    rf"(?<![\w/])({alternation(plain_words('owner_slash_abbreviations'))})/(?=\s*\w)", re.IGNORECASE
)
_HARD_JOIN = re.compile(rf"\s+(?:{_AND})\s*/\s*(?:{alternation(plain_words('or_words'))})?", re.IGNORECASE)
_HARD_SEP = re.compile(r"\s*(?:/|,|;|\||•|·)\s*")
# the same, kept in the split (to put a line together again)
_HARD_SEP_KEEP = re.compile(r"(\s*(?:/|,|;|\||•|·)\s*)")
# an "og"/"and" a hard separator leaves at the start of the next owner ("A, og B", "A, and B")
_LEADING_AND = re.compile(rf"^\s*(?:{_AND})\s+(?=\S)", re.IGNORECASE)
# the most words a person's name ("Kari Holm", "Anne Marie Holm Berg") has before a comma and a role
_MAX_NAME_WORDS = 4
# "&" joins the parts of one name ("HR & miljöchef", "Plan & bygg") except before a diffuse
# owner ("County & All Jurisdictions"), which must stand alone to be reported
_SOFT_SEP = re.compile(
    rf"\s+({_AND}|{alternation(plain_words('owner_joiners') + plain_words('owner_companions'))}|\+"
    rf"|&(?=\s+(?:{alternation(plain_words('all_words'))})\b))\s+",
    re.IGNORECASE,
)
_MAX_OWNER_WORDS = 6


@cache
def _companions() -> frozenset[str]:
    """The lexicon's ``owner_companions`` of every language, lower-cased ("tillsammans med",
    "sammen med", "with"): a word joining a partner to the lead owner."""
    return frozenset(w.lower() for w in plain_words("owner_companions"))
_HEAD = "~head"


# --------------------------------------------------------------------------- the matcher


def _token_regexes(kind: str) -> tuple[list[tuple[str, str, bool]], list[list[str]]]:
    """Regexes (without inflection) for single words of ``kind``, split by stem length, and
    the multi-word phrases."""
    heads: dict[bool, list[str]] = {True: [], False: []}
    wholes: dict[bool, list[str]] = {True: [], False: []}
    phrases = []
    for w in words(OWNER_WORDS, kind):
        if " " in w:
            phrases.append(w.split())
        elif w.startswith("-"):
            heads[len(w) <= 4].append(re.escape(w[1:]))
        else:
            wholes[len(w) <= 3].append(re.escape(w))
    cores = []
    for short in (False, True):
        infl = _INFL_SHORT if short else _INFL
        if heads[short]:
            alts = "|".join(sorted(heads[short], key=len, reverse=True))
            cores.append((rf"[\w-]*(?:{alts})", infl, True))
        if wholes[short]:
            alts = "|".join(sorted(wholes[short], key=len, reverse=True))
            cores.append((rf"(?:{alts})", infl, False))
    return cores, phrases


#: one token of a pattern: (attribute, regex or exact value, is a regex); LOWER is the lower-cased
#: token, LEMMA its simplemma lemma (:func:`plancheck.lang.nlp.lemma`; the token itself when it is
#: not alphabetic)
TokenSpec = tuple[str, str, bool]


@cache
def _patterns() -> tuple[tuple[str, tuple[TokenSpec, ...]], ...]:
    """Every owner pattern as (label, token specs), in spaCy ``Matcher`` terms: one list, read
    by both matchers below."""
    out: list[tuple[str, tuple[TokenSpec, ...]]] = []
    for kind in _KINDS:
        cores, phrases = _token_regexes(kind)
        for core, infl, is_head in cores:
            # a compound head is weaker evidence than a whole listed word
            label = kind + _HEAD if is_head else kind
            out.append((label, (("LOWER", f"^{core}{infl}$", True),)))
            out.append((label, (("LEMMA", f"(?i)^{core}$", True),)))
        for phrase in phrases:
            *first, last = phrase
            specs = [("LOWER", t, False) for t in first] + [("LOWER", f"^{re.escape(last)}{_INFL}$", True)]
            out.append((kind, tuple(specs)))
    return tuple(out)


@cache
def _pipeline(lang: str) -> tuple[Language, Matcher]:
    """spaCy's tokenizer (with lemmas) and a ``Matcher`` of :func:`_patterns`: the reference,
    used for the text the plain tokenizer leaves to spaCy (see :func:`_plain_tokens`)."""
    from spacy.matcher import Matcher  # spaCy is imported by make_nlp, on first use

    nlp = make_nlp(lang)
    matcher = Matcher(nlp.vocab)
    by_label: dict[str, list[list[dict]]] = {}
    for label, specs in _patterns():
        by_label.setdefault(label, []).append(
            [{attr: {"REGEX": value} if is_regex else value} for attr, value, is_regex in specs]
        )
    for label, patterns in by_label.items():
        matcher.add(label, patterns)
    return nlp, matcher


# Why a plain matcher as well: importing spaCy costs about 0.7 s and 60 MB, more than reading a
# short plan. :mod:`plancheck.lang.tokenizer` makes spaCy's tokens without spaCy (its rules are
# data) wherever it can be sure of them, and the same patterns are matched on those tokens here;
# the rest goes to spaCy.


def _plain_tokens(text: str, lang: str) -> list[str] | None:
    """``text`` split into the tokens spaCy would make, without spaCy; None when that takes
    spaCy's tokenizer."""
    from plancheck.lang.tokenizer import tokens

    return tokens(text, lang)


@cache
def _compiled() -> tuple[tuple[str, tuple[tuple[str, Callable[[str], object]], ...]], ...]:
    """:func:`_patterns` as Python tests: ``re.search`` for a regex (as spaCy's ``REGEX``),
    equality for a value."""
    return tuple(
        (label, tuple((attr, re.compile(value).search if is_regex else value.__eq__) for attr, value, is_regex in specs))
        for label, specs in _patterns()
    )


def _plain_matches(tokens: list[str], lang: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of every pattern match over ``tokens``, as spaCy's ``Matcher``
    reports them (every match, overlapping ones included)."""
    values = [{"LOWER": t.lower(), "LEMMA": lemma(t, lang) if t.isalpha() else t} for t in tokens]
    found = []
    for label, tests in _compiled():
        n = len(tests)
        for start in range(len(tokens) - n + 1):
            if all(test(values[start + k][attr]) for k, (attr, test) in enumerate(tests)):
                found.append((label, start, start + n))
    return found


def _spacy_matches(text: str, lang: str) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The tokens of ``text`` and the pattern matches, by spaCy."""
    nlp, matcher = _pipeline(lang)
    doc = nlp(text)
    return [t.text for t in doc], [(nlp.vocab.strings[m], s, e) for m, s, e in matcher(doc)]


def _is_abbreviation(token_text: str, all_caps_text: bool) -> bool:
    if token_text.lower() in ABBREVIATIONS:
        return True
    return not all_caps_text and bool(_ABBR.match(token_text))


def _token_kinds(text: str, tokens: list[str], matches: list[tuple[str, int, int]]) -> list[set[str]]:
    """For every token the owner kinds it takes part in ("role", "unit", "external", "abbr")."""
    whole: list[set[str]] = [set() for _ in tokens]
    heads: list[set[str]] = [set() for _ in tokens]
    for label, start, end in matches:
        for i in range(start, end):
            if label.endswith(_HEAD):
                heads[i].add(label.removesuffix(_HEAD))
            else:
                whole[i].add(label)
    # per token, a listed word ("statsforvalteren": external) beats a compound head ("-forvalter")
    kinds = [w or h for w, h in zip(whole, heads, strict=True)]
    all_caps = text.isupper() and len(tokens) > 1
    for i, tok in enumerate(tokens):
        if _is_abbreviation(tok, all_caps):
            kinds[i].add("abbr")
    return kinds


@lru_cache(maxsize=4096)
def _analyse(text: str, lang: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """The tokens of ``text`` and the owner kinds of each. Kept per text, frozen: an owner
    cell's text is asked about five times on average (is it an owner, which kind, where to
    split it, …), and each time tokenised, lemmatised and matched against every pattern."""
    tokens = _plain_tokens(text, lang)
    if tokens is not None:
        matches = _plain_matches(tokens, lang)
    else:
        tokens, matches = _spacy_matches(text, lang)
    return tuple(tokens), tuple(frozenset(k) for k in _token_kinds(text, tokens, matches))


@lru_cache(maxsize=1)
def _diffuse_words() -> frozenset[str]:
    return frozenset(w for ws in DIFFUSE_WORDS.values() for w in ws)


def _is_diffuse(text: str) -> bool:
    """"Alle enheter", "All departments", or a whole class of organisations ("NGOs",
    "Private Sector", "Financial Institutions")."""
    from plancheck.lang.vocab import DIFFUSE_PHRASES

    low = " ".join(text.lower().strip(" ,.;").split())
    if any(low == w or low.startswith(w + " ") for w in _diffuse_words()):
        return True
    return any(low == p for phrases in DIFFUSE_PHRASES.values() for p in phrases)


def classify_owner(text: str, lang: str = "nb") -> OwnerKind:
    """The kind of one owner: diffuse > role > external > unit (an abbreviation alone counts as
    a unit: "PPT", "NAV"; a name ending in a legal form, "Nordby Energi A/S", is external)
    > unknown. "Enhetsleder BFH" is a role, "Fylkeskommunen" external."""
    lang = normalize_lang(lang)
    if _is_diffuse(text):
        return OwnerKind.diffuse
    _, kinds = _analyse(text, lang)
    found = set().union(*kinds) if kinds else set()
    for kind in _KINDS:
        if kind in found:
            return OwnerKind(kind)
    if "abbr" in found:
        return OwnerKind.unit
    if _ends_in_organisation_form(text):
        return OwnerKind.external  # a company or enterprise: a body of its own ("… A/S")
    return OwnerKind.unknown


# --------------------------------------------------------------------------- splitting


def _starts_like_owner(part: str, lang: str) -> bool:
    """Could ``part`` (the text after " og ") be an owner of its own?"""
    part = part.strip()
    if not part:
        return False
    if _is_diffuse(part):
        return True
    tokens, kinds = _analyse(part, lang)
    if not tokens:
        return False
    if kinds[0] & {"role", "unit", "external", "abbr"}:
        return True
    if len(tokens) <= 3 and any(k & {"role", "unit", "external"} for k in kinds):
        return True
    return lang != "en" and part[0].isupper()


def _opens_with_owner_word(part: str, lang: str) -> bool:
    """Does ``part`` open with a role, unit or abbreviation word ("Head of …", "Office of …"),
    perhaps after the adjectives a title carries ("Strategic Director of …", the lexicon's
    ``owner_title_premodifiers``)?"""
    from plancheck.lang.vocab import owner_title_premodifiers

    tokens, kinds = _analyse(part.strip(), lang)
    k = 0
    while k < min(2, len(tokens) - 1) and tokens[k].lower() in owner_title_premodifiers():
        k += 1
    return bool(tokens) and bool(kinds[k] & ({"role"} if k else {"role", "unit", "abbr"}))


def _names_owner(part: str, lang: str) -> bool:
    _, kinds = _analyse(part, lang)
    return any(k for k in kinds) or _is_diffuse(part)


def _two_names(left: str, right: str, lang: str) -> bool:
    """English: "Climate Change Officer and Economic Development", "Leisure Services and
    Economic Development" - a left side of two words or more that names an owner and is
    capitalised throughout (no "of" whose complement the right side could go on), and a right
    side of two capitalised words or more: two names, each with its own head noun. A name that
    holds "and" has one word on a side ("Parks and Recreation", "Housing and Community
    Development", "Roads and Bridges") or no owner word on its left ("Norfolk Redevelopment
    and Housing Authority"), or an "of" that takes both ("Head of Planning and Regeneration")."""
    if lang != "en":
        return False
    lw, rw = left.split(), right.split()

    def capitalised(words: list[str], inner_and: bool = False) -> bool:
        return all(w[:1].isupper() or (inner_and and w in ("and", "&")) for w in words)

    # (the right side may hold a name with "and" of its own, read from the right before it)
    return len(lw) >= 2 and len(rw) >= 2 and capitalised(lw) and capitalised(rw, True) and _names_owner(left, lang)


def _ends_in_title(left: str, right: str, lang: str) -> bool:
    """Does the English ``left`` end in a person's title ("Road Safety Manager", "Public Health
    Lead": its last word is a role word of the lexicon) before a capitalised ``right``? An
    English name ends in its head noun, so nothing after the "and" belongs to that person: "Road
    Safety Manager and Highways" is two owners. A title that opens the name ("Head of Housing
    and Public Health") may take both sides, so it is not asked here."""
    if lang != "en":
        return False
    lw, rw = left.split(), right.split()
    return (
        bool(lw) and bool(rw)
        and all(w[:1].isupper() for w in lw)
        and all(w[:1].isupper() or w in ("and", "&", "of") for w in rw)
        and classify_owner(lw[-1], lang) == OwnerKind.role
    )


_GENITIVE = re.compile(r"\w+(?:['’]s|s['’])(?=\s|$)")


def _possessive_after(left: str, right: str, lang: str) -> bool:
    """Does the English ``right`` open with a possessive ("Children's Services", "Adults'
    Services") after a ``left`` holding none? A possessive opens a noun phrase of its own, so
    ``left`` is no modifier sharing its head ("Economic Development and Children's Services" is
    two owners); coordinated modifiers are alike ("Women's and Children's Services": one)."""
    if lang != "en":
        return False
    rw = right.split()
    return bool(rw) and rw[0][:1].isupper() and bool(_GENITIVE.fullmatch(rw[0])) and not _GENITIVE.search(left)


def _article_after(left: str, right: str, lang: str) -> bool:
    """Does ``right`` open with a definite article (the lexicon's ``definite_articles``, "the")
    before a capitalised name, after a ``left`` with no preposition whose complement it could go
    on? An article opens a noun phrase of its own, so nothing of ``left`` is shared with it:
    "Libraries and the Voluntary Sector Forum" is two owners, "Director of Housing and the
    Environment" one. (Languages whose definite form is an ending have no such words.)"""
    from plancheck.lang.vocab import owner_prepositions

    articles = definite_articles(lang)
    rw = right.split()
    if len(rw) < 2 or rw[0].lower() not in articles or not rw[1][:1].isupper():
        return False
    return not any(w.lower() in owner_prepositions() for w in left.split()[1:])


def _title_after_unit(left: str, right: str, lang: str) -> bool:
    """Does the English ``right`` name a person by a title of two words or more ("Climate Change
    Officer": its last word a role word of the lexicon) after a ``left`` of two capitalised words
    or more that is no person ("Economic Development")? A title ends in its role word, so the
    unit before "and" is no part of it: two owners. A one-word ``left`` ("Health and Safety
    Officer", "Parks and Green Spaces Officer") may share the title, so it is not asked."""
    if lang != "en":
        return False
    lw, rw = left.split(), right.split()
    return (
        len(lw) >= 2 and len(rw) >= 2
        and all(w[:1].isupper() for w in lw) and all(w[:1].isupper() for w in rw)
        and classify_owner(rw[-1], lang) == OwnerKind.role
        and not any(classify_owner(w, lang) == OwnerKind.role for w in lw)
    )


def _proper_name_after(left: str, right: str, lang: str) -> bool:
    """Does the English ``right`` open with a proper name the word list does not know, before a
    head noun ("Elmbridge Buses", "Ashby Street Pastors"), after a ``left`` that is an initialism
    ("CSP") or a capitalised name of two words or more ("Transport Planning")? A place's name
    opens a body of its own (a bus company, a local charity): no department's name goes on
    with "and <Place> <Noun>". A one-word ``left`` that is no initialism ("Brent and Harrow
    Health Trust") may share the right side's head, so it is not asked; nor is a right side
    whose first word is an ordinary word ("Parks and Open Spaces")."""
    if lang != "en":
        return False
    lw, rw = left.split(), right.split()
    if len(rw) < 2 or not all(w[:1].isupper() for w in rw) or not all(w[:1].isupper() for w in lw):
        return False
    first = rw[0]
    if not re.fullmatch(r"[A-Z][a-z]{2,}", first) or is_known(first.lower(), lang):
        return False
    initialism = len(lw) == 1 and re.fullmatch(r"[A-Z]{2,5}", lw[0]) is not None
    return initialism or len(lw) >= 2


#: the longest lower-case word a proper name of several words may hold ("Friends of the Park")
_NAME_LINK_MAX_CHARS = 3


def _partner_after(left: str, joiner: str, right: str, lang: str) -> bool:
    """Does an English "with" (the lexicon's ``owner_companions``) join a partner to the lead
    owner: ``left`` names an owner by itself ("Trading Standards") and ``right`` is a proper
    name of two words or more, each capitalised but its short linking words ("Friends of Orchard
    Park")? A service named for the people it serves ("Children with Disabilities Team") has no
    owner before the "with"."""
    if lang != "en" or joiner.lower() not in _companions():
        return False
    rw = right.split()
    if len(rw) < 2 or not rw[0][:1].isupper() or not all(
        w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= _NAME_LINK_MAX_CHARS) for w in rw
    ):
        return False
    return _names_owner(left, lang)


def _without_article(part: str, lang: str) -> str:
    """``part`` without a definite article opening it before a capitalised word ("the
    Communications Team" → "Communications Team"), as an owner's name is listed."""
    words = part.split()
    articles = definite_articles(lang)
    if len(words) >= 2 and words[0].lower() in articles and words[1][:1].isupper():
        return " ".join(words[1:])
    return part


def _soft_split(segment: str, lang: str) -> list[str]:
    """Split on " og "/" and "/" och "/" & " only where the right side is an owner itself."""
    pieces = _SOFT_SEP.split(segment)
    # pieces: [text, joiner, text, joiner, text …]
    pieces = _join_organisation_names(pieces, lang)
    if lang != "en":
        pieces = _join_names(pieces, lang)
    if lang == "en" and len(pieces) > 3:
        return _soft_split_from_right(pieces, lang)
    out = [pieces[0]]
    for joiner, right in zip(pieces[1::2], pieces[2::2], strict=True):
        left = out[-1]
        if left.rstrip().endswith("-"):  # "Helse- og omsorgstjenesten": one suspended compound
            split = False
        elif joiner == "&":  # only matched before a diffuse owner ("& All Jurisdictions")
            split = True
        elif lang != "en" and joiner.lower() in _companions():
            # "Parkenheten tillsammans med hyresvärdarna": the partner named after "together with"
            # is an owner of its own, whatever its case (no department's name holds the phrase)
            split = True
        elif lang == "en":
            # "Parks and Head of Housing": a right side that opens with a role or unit word
            # starts an owner of its own, whatever the left side names
            split = (
                (_names_owner(left, lang) and _names_owner(right, lang))
                or _opens_with_owner_word(right, lang)
                or _two_names(left, right, lang)
                or _ends_in_title(left, right, lang)
                or _possessive_after(left, right, lang)
                or _article_after(left, right, lang)
                or _proper_name_after(left, right, lang)
                or _title_after_unit(left, right, lang)
                or _partner_after(left, joiner, right, lang)
            )
        else:
            split = (
                _starts_like_owner(right, lang) and not _coordinated_complement(left, right, lang)
            ) or _two_definite_nouns(left, right, lang)
        if split and left.strip():
            out.append(_without_article(right, lang))
        else:
            out[-1] = f"{left} {joiner} {right}"
    return out


def _soft_split_from_right(pieces: list[str], lang: str) -> list[str]:
    """English owners joined by two "and"s or more, read from the right: an English name
    ends in its head noun ("Roads and Transport Team"), so a part that names no owner
    ("Roads") belongs to the name after it, not before it: "Road Safety Officer and Roads and
    Transport Team" is "Road Safety Officer" and "Roads and Transport Team"."""
    out = [pieces[-1]]
    for left, joiner in zip(reversed(pieces[0:-1:2]), reversed(pieces[1::2]), strict=True):
        right = out[0]
        if joiner == "&":
            split = True
        else:
            split = (
                (_names_owner(left, lang) and _names_owner(right, lang))
                or _opens_with_owner_word(right, lang)
                or _two_names(left, right, lang)
                or _ends_in_title(left, right, lang)
                or _possessive_after(left, right, lang)
                or _article_after(left, right, lang)
                or _proper_name_after(left, right, lang)
                or _title_after_unit(left, right, lang)
                or _partner_after(left, joiner, right, lang)
            )
        if split and left.strip() and right.strip():
            out[0] = _without_article(right, lang)
            out.insert(0, left)
        else:
            out[0] = f"{left} {joiner} {right}"
    return out


def _name_word(part: str, lang: str) -> bool:
    """One capitalised bare noun that names no person, outside body or abbreviation ("Teknik",
    "Miljø", and a bare unit word such as "Drift" or "Skole"): in the Nordic languages a common
    noun is capitalised after "og" only inside a name, so "Drift og Anlæg" is one department. A
    noun in its definite form ("Jobcentret", "Sundhedsplejen") names a unit of its own, and a
    role ("Rektor og Inspektør") is a person of its own."""
    part = part.strip()
    if not re.fullmatch(r"[^\W\d_][\w-]*", part) or not part[0].isupper() or part.isupper() or _is_diffuse(part):
        return False
    if _definite(part, lang):
        return False
    _, kinds = _analyse(part, lang)
    return all(k <= {"unit"} for k in kinds)


def _definite(word: str, lang: str) -> bool:
    """A capitalised noun in its definite form ("Jobcentret", "Sundhedsplejen", "Elevhälsan"); a
    bare noun that only ends like one ("Mobilitet", the lexicon's ``indefinite_endings``) is none."""
    word = word.strip()
    if word.lower().endswith(tuple(INDEFINITE_ENDINGS.get(lang, []))):
        return False
    return len(word) > 4 and word[:1].isupper() and word.lower().endswith(tuple(DEFINITE_ENDINGS.get(lang, [])))


def _initialism_before_name(left: str, right: str, lang: str) -> bool:
    """An initialism ("HR", "IT", "IKT") before "og" and a capitalised bare noun that names no
    unit ("Løn", "Digitalisering"): one department's name ("HR og Løn"), as two capitalised
    nouns are; the noun after "og" would be written in lower case if it began a phrase of its
    own. A plan that shows either part as an owner alone splits them again
    (:func:`split_by_owners_seen_alone`)."""
    left = left.strip()
    if not re.fullmatch(r"[A-ZÆØÅÄÖ]{2,4}", left):
        return False
    _, kinds = _analyse(right.strip(), lang)
    return all(not k for k in kinds)


def _join_names(pieces: list[str], lang: str) -> list[str]:
    """Keep a department name "Teknik og Miljø" / "Kultur og Fritid" whole: two capitalised
    words that are no owner words, joined by "og"/"och", taken from the right ("Jobcentret og
    Teknik og Miljø" is Jobcentret and Teknik og Miljø)."""
    texts, joiners = pieces[0::2], pieces[1::2]
    k = len(texts) - 1
    while k >= 1:
        if joiners[k - 1] != "&" and _name_word(texts[k], lang) and (
            _name_word(texts[k - 1], lang) or _initialism_before_name(texts[k - 1], texts[k], lang)
        ):
            texts[k - 1 : k + 1] = [f"{texts[k - 1].strip()} {joiners[k - 1]} {texts[k].strip()}"]
            del joiners[k - 1]
            k -= 2
        else:
            k -= 1
    out = [texts[0]]
    for j, t in zip(joiners, texts[1:], strict=True):
        out += [j, t]
    return out


def _lower_definite(word: str, lang: str) -> bool:
    """A noun in its definite form, in any case ("biblioteket", "ungdomsklubben",
    "hjemmetjenesten"): the word is its lemma with (the end of) a definite ending after it, so
    "eksamen" or "tjeneste" are not."""
    word = word.strip()
    low = word.lower()
    if not low.isalpha() or word.isupper():
        return False
    lem = lemma(low, lang)
    tail = low[len(lem):]
    return (
        lem != low and len(lem) > 2 and low.startswith(lem)
        and any(e.endswith(tail) for e in DEFINITE_ENDINGS.get(lang, []))
    )


def _two_definite_nouns(left: str, right: str, lang: str) -> bool:
    """"biblioteket og ungdomsklubben": two single nouns, both in their definite form, name two
    particular units, whatever their case (a name's parts are bare: "Kultur og fritid")."""
    lw, rw = left.split(), right.split()
    return len(lw) == 1 and len(rw) == 1 and _lower_definite(lw[0], lang) and _lower_definite(rw[0], lang)


def _role_complement_goes_on(left: str, right: str, lang: str) -> bool:
    """"Leder hjemmetjeneste" + "sykehjem": a role or unit followed by what it is for, in
    lower case, goes on with one more lower-case bare (indefinite) unit noun: the person leads
    both ("Leder hjemmetjeneste og sykehjem"). Standing alone, that unit would be
    written as a name (capitalised) or in its definite form ("sykehjemmet"), as an
    owner of its own is."""
    lw, rw = left.split(), right.split()
    if len(lw) < 2 or len(rw) != 1 or not lw[-1][:1].islower() or not rw[0][:1].islower():
        return False
    if _lower_definite(rw[0], lang):
        return False
    tokens, kinds = _analyse(left, lang)
    if not tokens or not kinds[0] & {"role", "unit"} or kinds[-1] & {"role", "abbr"}:
        return False
    _, right_kinds = _analyse(right, lang)
    return bool(right_kinds) and all(k <= {"unit"} for k in right_kinds) and any(right_kinds)


def _coordinated_complement(left: str, right: str, lang: str) -> bool:
    """"Center for Kultur" + "Idræt": one word after the joiner that names no owner of its own,
    after an owner name that goes on with a preposition, is a second complement of that
    preposition ("Center for Kultur og Idræt" is one owner); and a role's lower-case complement
    goes on with a bare unit noun (:func:`_role_complement_goes_on`)."""
    from plancheck.lang.vocab import owner_prepositions

    if _role_complement_goes_on(left, right, lang):
        return True
    words = left.lower().split()
    if len(right.split()) != 1 or not any(w in owner_prepositions() for w in words[1:]):
        return False
    if _definite(right, lang):
        return False  # "Konsulent for sundhedsfremme og Sundhedsplejen": a unit of its own
    if _case_breaks_complement(left, right, lang):
        return False  # "Senter for eldre og Kultur …": a capital opens a name of its own
    _, kinds = _analyse(right, lang)
    return not any(k & {"role", "unit", "external", "abbr"} for k in kinds) and not _is_diffuse(right)


def _case_breaks_complement(left: str, right: str, lang: str) -> bool:
    """Nordic: is ``right`` capitalised after a ``left`` whose last word (the preposition's
    complement) is in lower case ("Kontor for eldre" + "Kultur")? A second complement of the
    same preposition is written as the first is ("for eldre og kultur", "for Kultur og Idræt"),
    and a Nordic common noun is not capitalised inside a phrase: the capital opens the next
    unit's name. An abbreviation ("IKT") may stand in any name, so it is not asked."""
    if lang == "en":
        return False
    lw = left.split()
    word = right.strip()
    return bool(lw) and lw[-1][:1].islower() and word[:1].isupper() and not word.isupper()


def _mend_lines(text: str, lang: str) -> list[str]:
    """Join the lines of a cell that belong together; return the lines that stand alone."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    out: list[str] = []
    for line in lines:
        if not out:
            out.append(line)
            continue
        prev = out[-1]
        first = re.match(r"\w+", line)
        first_word = first.group(0) if first else ""
        if prev.endswith("-") and line[:1].islower():
            if _AND_OR_START.match(line):
                out[-1] = f"{prev} {line}"  # "Helse-" / "og omsorg"
            else:
                out[-1] = prev[:-1] + line  # "Tildelings-" / "kontoret"
        elif prev.endswith(("v/", "V/", " og", " and", " och", ",")) or prev[-1:] == "/":
            out[-1] = f"{prev} {line}"
        elif line[:1].islower() and _broken_word(prev, first_word, lang):
            out[-1] = prev + line  # "Tildelingskontor" / "et"
        elif _starts_like_owner(line, lang):
            out.append(line)
        else:
            out[-1] = f"{prev} {line}"
    return out


def _broken_word(prev: str, first_word: str, lang: str) -> bool:
    last = re.search(r"(\w+)$", prev)
    if not last or not first_word:
        return False
    if len(first_word) > 2 and is_known(first_word.lower(), lang):
        return False
    joined = (last.group(1) + first_word).lower()
    return is_known(joined, lang) or len(split_compound(joined, lang)) == 2


def _clean(part: str) -> str:
    part = part.replace(_PLACEHOLDER_SLASH, "/").replace(_PLACEHOLDER_JOIN, " ")
    part = part.replace(_PLACEHOLDER_COMMA, ",").replace(_PLACEHOLDER_SEMI, ";")
    part = re.sub(r"\s+", " ", part)
    # an @-mention of a person in a wiki, a chat or a task tool ("@Kari Nordmann"): the person,
    # without the tool's at sign (addresses were taken out before the split)
    return _MENTION.sub("", part.strip().strip("•·*-–—.:").strip())


_MENTION = re.compile(r"^@(?=[^\W\d_])")


def _protect_parenthesis(m: re.Match) -> str:
    inner = m.group(0).replace("/", _PLACEHOLDER_SLASH).replace(",", _PLACEHOLDER_COMMA)
    inner = inner.replace(";", _PLACEHOLDER_SEMI)
    return re.sub(r"[ \t]+", _PLACEHOLDER_JOIN, inner)


def _protect(text: str) -> str:
    """Hide the separators that do not separate owners: "v/ leder", "c/o", anything inside a
    parenthesis ("Rådgiver (PPT/NAV)") and fixed phrases ("lag og foreninger")."""
    text = re.sub(r"\([^()\n]*\)", _protect_parenthesis, text)
    text = _PROTECTED_SLASH.sub(lambda m: m.group(1) + _PLACEHOLDER_SLASH, text)
    text = re.sub(r"\bc/o\b", "c" + _PLACEHOLDER_SLASH + "o", text, flags=re.IGNORECASE)
    # the slash of a legal form ("Nordby Energi A/S", "I/S")
    if (form_slash := _organisation_form_slash()) is not None:
        text = form_slash.sub(lambda m: m.group(0).replace("/", _PLACEHOLDER_SLASH), text)
    # fixed phrases with a joiner that are one owner ("lag og foreninger")
    for pattern in _fixed_phrases():
        text = pattern.sub(lambda m: re.sub(r"\s+", _PLACEHOLDER_JOIN, m.group(0)), text)
    return _HARD_JOIN.sub(",", text)


@cache
def _organisation_forms() -> tuple[str, ...]:
    """The legal forms that end an organisation's name ("as", "a/s", "ab", "ltd"), every
    language, lower case (the lexicon's ``organisation_forms``)."""
    return tuple(plain_words("organisation_forms"))


@cache
def _organisation_form_slash() -> re.Pattern[str] | None:
    """The forms written with a slash ("A/S", "I/S"), as whole words; None when there are none."""
    forms = [f for f in _organisation_forms() if "/" in f]
    if not forms:
        return None
    return re.compile(rf"(?<![\w/])(?:{alternation(forms)})(?![\w/])", re.IGNORECASE)


@cache
def _organisation_form_end() -> re.Pattern[str]:
    """A legal form as the last word of a text ("Fjordby Havn og Eiendom KF"); the slash of a
    form may be hidden by :func:`_protect`."""
    alts = alternation(list(_organisation_forms())).replace("/", f"[/{_PLACEHOLDER_SLASH}]")
    return re.compile(rf"(?<![\w/{_PLACEHOLDER_SLASH}])(?:{alts})\.?\s*$", re.IGNORECASE)


def _printed_as_form(word: str) -> bool:
    """Is ``word`` printed as a legal form, not as a word ("AS", "ApS", "Ltd", "A/S", but not
    "as", "da", "Sa")? A form of two letters is printed in capitals, one of three with a capital
    first; a longer one, or one with a slash or a stop, as it comes."""
    letters = re.sub(r"[^\w]|_", "", word)
    if word != letters or len(letters) > 3:
        return True
    if len(letters) <= 2:
        return letters.isupper()
    return letters[:1].isupper()


def _ends_in_organisation_form(text: str) -> bool:
    """Does ``text`` end in a legal form after at least one word of the name ("Eiendom KF",
    "Nordby Energi A/S")? A form alone ("AS") names no organisation."""
    text = text.strip()
    m = _organisation_form_end().search(text)
    if m is None or not re.search(r"\w", text[: m.start()]):
        return False
    form = m.group(0).strip()
    if form.count(".") == 1:  # an abbreviation's stop ("Ltd."), not the stops of "a.m.b.a."
        form = form.rstrip(".")
    return _printed_as_form(form)


def _organisation_name_part(part: str, lang: str) -> bool:
    """Could ``part`` be the front of an organisation's name, before its "og"/"and" ("Fjordby
    Havn" in "Fjordby Havn og Eiendom KF", "Hansen" in "Hansen og Sønn AS")? Capitalised words
    only (a name), none an owner word or abbreviation: "Miljøavdelingen", "NAV", "Teknisk
    drift" are owners of their own. (A definite ending does not tell: "Hansen" is a surname.)"""
    ws = part.split()
    if not ws or len(ws) > _MAX_OWNER_WORDS or _is_diffuse(part):
        return False
    return _capitalised_names(part, _ORG_NAME_WORD, lang)


def _join_organisation_names(pieces: list[str], lang: str) -> list[str]:
    """Keep whole an organisation's name that holds "og"/"and"/"och" and ends in a legal form
    ("Fjordby Havn og Eiendom KF", "Hansen og Sønn AS"): the part ending in the form takes the
    parts before it, read from the right, as long as each is a capitalised name that names no
    owner by itself (:func:`_organisation_name_part`). "Miljøavdelingen og Fjordby Havn og
    Eiendom KF" is Miljøavdelingen and the company."""
    texts, joiners = pieces[0::2], pieces[1::2]
    k = len(texts) - 1
    while k >= 1:
        if not _ends_in_organisation_form(texts[k]):
            k -= 1
            continue
        j = k
        while j >= 1 and joiners[j - 1] != "&" and _organisation_name_part(texts[j - 1], lang):
            j -= 1
        if j < k:
            name = texts[j].strip()
            for i in range(j + 1, k + 1):
                name = f"{name} {joiners[i - 1]} {texts[i].strip()}"
            texts[j : k + 1] = [name]
            del joiners[j:k]
        k = j - 1
    out = [texts[0]]
    for jn, t in zip(joiners, texts[1:], strict=True):
        out += [jn, t]
    return out


def _person_name(part: str, lang: str) -> bool:
    """Is ``part`` a person's name ("Kari Holm", "Per Dahl")? Two to
    :data:`_MAX_NAME_WORDS` capitalised words, none an owner word, an abbreviation or a diffuse
    word: a proper name, as no unit's name is written in the Nordic languages ("Helse og
    omsorg", "Teknisk drift")."""
    ws = part.split()
    if not 2 <= len(ws) <= _MAX_NAME_WORDS or _is_diffuse(part):
        return False
    return _capitalised_names(part, _PERSON_NAME_WORD, lang)


#: a word of an organisation's name ("Fjordby", "Sønn"): letters and hyphens
_ORG_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")
#: a word of a person's name ("Holm", "O'Neill", "Ann-Kristin", an initial "K.")
_PERSON_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*\.?")


def _capitalised_names(part: str, word: re.Pattern[str], lang: str) -> bool:
    """Are all words of ``part`` proper names by their form (each matching ``word``, capitalised
    and not all capitals, as an abbreviation is) and none an owner word or abbreviation the
    lexicon knows? What a person's name and the front of a company's name share."""
    if not all(word.fullmatch(w) and w[0].isupper() and not w.isupper() for w in part.split()):
        return False
    _, kinds = _analyse(part, lang)
    return not any(kinds)


def _role_description(part: str, lang: str) -> bool:
    """Does ``part`` open with a role word ("rådgiver i Oppvekstavdelingen", "leder av PPT",
    "Head of Housing")? After a person's name and a comma it says that person's role."""
    part = part.strip()
    if not part or len(part.split()) > _MAX_OWNER_WORDS + 2 or _is_diffuse(part):
        return False
    tokens, kinds = _analyse(part, lang)
    return bool(tokens) and "role" in kinds[0]


def _protect_name_commas(line: str, lang: str) -> str:
    """Hide the comma between a person's name and the role after it ("Kari Holm, rådgiver i
    Oppvekstavdelingen"; "Per Dahl, leder av PPT"): one owner, the person with a role. A comma
    between two units ("Helse og omsorg, Oppvekst"), between two roles ("Rektor, inspektør"), or
    after a job title ("Klimarådgiver, Eiendom": the commoner reading lists two owners, see
    tests/test_blind14_mechanisms.py) still separates. The role must open in lower case, as a
    role after a name is written in nb/nn/sv/da: a capitalised word after the comma opens the next
    owner of a list, and an English unit is written in title case like a name ("Public Health,
    Head of Planning" is two owners; the round trip's generated English plans list owners so)."""
    parts = _HARD_SEP_KEEP.split(line)
    # parts: [text, sep, text, sep, text …]
    for k in range(1, len(parts) - 1, 2):
        if parts[k].strip() != ",":
            continue
        left = _LEADING_AND.sub("", parts[k - 1])
        role = parts[k + 1].strip()
        if role[:1].islower() and _person_name(left, lang) and _role_description(role, lang):
            parts[k] = parts[k].replace(",", _PLACEHOLDER_COMMA)
    return "".join(parts)


@lru_cache(maxsize=1)
def _fixed_phrases() -> list[re.Pattern[str]]:
    phrases = [w for k in _KINDS for w in words(OWNER_WORDS, k) if _SOFT_SEP.search(w)]
    return [
        re.compile(r"\b" + r"\s+".join(map(re.escape, p.split())) + r"\b", re.IGNORECASE)
        for p in phrases
    ]


_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+")
_DOMAIN_PIECE = re.compile(r"\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?")
# the next word after an address, which may carry its domain on
_NEXT_PIECE = re.compile(r"\s+(\S+)")
# the empty brackets an address stood in
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|<\s*>")
# a joiner an address leaves at either end ("post@… og Rektor")
_END_JOINER = re.compile(rf"^\s*(?:{_AND})\s+|\s+(?:{_AND})\s*$", re.IGNORECASE)


def without_addresses(text: str) -> str:
    """``text`` without the e-mail addresses written under or after an owner ("Head of Housing" /
    "housing@council.gov.uk"): a way to reach the owner, not an owner or part of one's name. An
    address a narrow cell broke over lines ("incomerecovery@brackley" / "vale.gov.uk",
    "housing@brackleyvale.gov." / "uk") goes with the pieces that carry it on: a lower-case run
    that opens or follows a dot, or holds one."""
    if "@" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _ADDRESS.finditer(text):
        out.append(text[pos : m.start()])
        end, last = m.end(), m.group(0)
        while True:
            nxt = _NEXT_PIECE.match(text[end:])
            if nxt is None or not _DOMAIN_PIECE.fullmatch(piece := nxt.group(1)):
                break
            if not (last.endswith(".") or piece.startswith(".") or "." in piece.strip(".")):
                break
            end, last = end + nxt.end(), piece
        pos = end
    out.append(text[pos:])
    rest = _EMPTY_BRACKETS.sub("", "".join(out))  # the brackets it stood in
    # (a joiner it leaves at either end: "post@… og Rektor")
    rest = _END_JOINER.sub("", rest)
    return rest


def _pending(text: str) -> bool:
    """Does ``text`` say the owner is still to be named ("TBC", "Uavklart", "Bestemmes
    senere", "N.N.")? Then it names no owner: the measure has none yet."""
    core = text.strip(" .:;!?()[]*-–")
    return bool(_PENDING.fullmatch(core) or _PENDING_LATER.fullmatch(core))


def unstated(text: str) -> bool:
    """Does a field's value say nothing is set yet ("TBC", "N.N.", "Uavklart")? Then the field
    names no one, whatever field it stands in."""
    return _pending(text)


def split_owners(text: str, *, lang: str = "nb") -> list[Owner]:
    """Split an owner cell into :class:`~plancheck.models.Owner` objects, each classified.

    An empty cell gives ``[]`` (no owner is a finding for the checker, not an error here).
    """
    if not text or not text.strip():
        return []
    lang = normalize_lang(lang)
    owners: list[Owner] = []
    text = _LABEL.sub("", without_addresses(text))  # "Ansvarlig: Rådgiver oppvekst"
    if not text.strip():
        return []
    if _pending(text):
        return []  # "TBC": no owner named yet
    for line in _mend_lines(_protect(text), lang):
        for segment in _HARD_SEP.split(_protect_name_commas(line, lang)):
            segment = _LEADING_AND.sub("", segment)  # "A, og B"
            for part in _soft_split(segment, lang):
                cleaned = _clean(part)
                if not cleaned or not re.search(r"\w", cleaned) or _pending(cleaned):
                    continue
                kind = classify_owner(cleaned, lang)
                owners.append(
                    Owner(text=cleaned, kind=kind, diffuse=kind == OwnerKind.diffuse)
                )
    return owners


def split_by_owners_seen_alone(cells: list[list[Owner]], lang: str = "nb") -> list[list[Owner]]:
    """Split an owner kept whole across "and"/"og"/"och" ("Head of Education and
    Communications") when the plan itself shows it joins owners: a part stands alone as the
    owner of another measure, or a part of two words or more is joined to different partners
    in different measures ("Public Health and Procurement", "Economic Development and Public
    Health"), and every part starts with a capital. A unit whose name holds the joiner ("Roads
    and Bridges") is not printed in parts elsewhere, nor with another partner, so it stays
    whole; a lower-case part ("Helse og omsorg") is a complement, not an owner.

    The parts of a split stand alone from then on: splitting "Highways and Procurement"
    (Procurement alone elsewhere) shows "Highways" alone, which splits "Head of Adult Social
    Care and Highways" in turn; so the rule is applied until nothing changes.

    ``cells``: the owners of each measure of one plan, in order; the same shape is returned."""
    out = cells
    while True:
        new_cells = _split_seen_alone_once(out, lang)
        if [[o.text for o in owners] for owners in new_cells] == [[o.text for o in owners] for owners in out]:
            return new_cells
        out = new_cells


def split_run_on_owners(cells: list[list[Owner]], lang: str = "nb") -> list[list[Owner]]:
    """Split an owner that is two owners run together with no separator ("Fylkeskommunen
    Teknisk drift"): an owner cell whose lines each named one owner, read as one line. The plan
    shows where it cuts: at a word boundary before a capital, one side is an owner some other
    measure has as its one owner, and the other side is too, or (Nordic, where a capital inside
    a unit's name is rare) opens with a capital and names an owner by its words or an
    abbreviation ("NAV Vestby"). A name the plan prints whole as the one owner of two measures or
    more is a name, and is kept.

    ``cells``: the owners of each measure of one plan, in order; the same shape is returned."""
    alone: dict[str, int] = {}
    for owners in cells:
        if len(owners) == 1:
            key = normalise_owner(owners[0].text)
            alone[key] = alone.get(key, 0) + 1
    # cheap gate: no owner of two words or more, or none seen alone, no walk
    if not alone or not any(len(o.text.split()) > 1 for owners in cells for o in owners):
        return cells
    lang = normalize_lang(lang)
    out: list[list[Owner]] = []
    for owners in cells:
        new: list[Owner] = []
        for o in owners:
            cut = _run_on_cut(o.text, alone, lang)
            if cut is None:
                new.append(o)
                continue
            for p in cut:
                kind = classify_owner(p, lang)
                new.append(Owner(text=p, kind=kind, diffuse=kind == OwnerKind.diffuse))
        out.append(new)
    return out


def _run_on_cut(text: str, alone: dict[str, int], lang: str) -> list[str] | None:
    """``text`` cut into the two owners :func:`split_run_on_owners` reads in it, or None."""
    words = text.split()
    if len(words) < 2 or alone.get(normalise_owner(text), 0) > 1 or _HARD_SEP.search(text):
        return None
    for k in range(1, len(words)):
        right_first = words[k]
        if not right_first[:1].isupper() or words[k - 1].lower() in _joiner_words():
            continue
        left, right = " ".join(words[:k]), " ".join(words[k:])
        seen = [normalise_owner(left) in alone, normalise_owner(right) in alone]
        if all(seen):
            return [left, right]
        if lang == "en" or not any(seen):
            continue
        other = right if seen[0] else left
        if other[:1].isupper() and _names_owner(other, lang):
            return [left, right]
    return None


@cache
def _joiner_words() -> frozenset[str]:
    """The words that join a name's parts or owners ("og", "and", "for", "i"): no cut after one."""
    from plancheck.lang.vocab import owner_prepositions

    return frozenset(w.lower() for w in plain_words("and_words") + plain_words("owner_joiners")) | frozenset(
        owner_prepositions()
    )


def join_names_kept_whole(cells: list[tuple[str | None, list[Owner]]], lang: str = "nb") -> list[list[Owner]]:
    """Keep whole a name joined by "og"/"and"/"och" ("Udvikling og IT") that the plan
    itself prints as ONE part of a cell whose owners it separates with a slash ("Kommunikation /
    Digitalisering og IT"): a writer who separates owners with "/" writes the joiner inside a
    name. The name is then kept whole wherever the plan names it, the cell with the slash and a
    cell naming it alone. A name the plan also prints in parts, one part alone as an owner
    elsewhere, is split as before.

    ``cells``: (the owner cell as printed, its owners) of each measure of one plan; the owners of
    each are returned."""
    whole: set[str] = set()
    for text, owners in cells:
        if not text or "/" not in text or len(owners) < 2:
            continue
        named = {normalise_owner(o.text) for o in owners}
        for part in _HARD_SEP.split(_protect(text)):
            part = _clean(part)
            if part and _SOFT_SEP.search(part) and normalise_owner(part) not in named:
                whole.add(normalise_owner(part))
    alone = {normalise_owner(o.text) for _, owners in cells for o in owners if len(owners) == 1}
    # each name to keep whole, with the owners it is otherwise split into ("digitalisering og it"
    # → ["digitalisering", "it"]), computed once; none of them named alone elsewhere
    parts_of = {w: [normalise_owner(p) for p in _SOFT_SEP.split(w)[0::2]] for w in whole}
    parts_of = {w: parts for w, parts in parts_of.items() if not any(p in alone for p in parts)}
    if not parts_of:
        return [owners for _, owners in cells]
    out = []
    for _, owners in cells:
        new: list[Owner] = []
        i = 0
        while i < len(owners):
            merged = False
            for j in range(len(owners), i + 1, -1):
                texts = [o.text for o in owners[i:j]]
                normalised = [normalise_owner(t) for t in texts]
                for name, parts in parts_of.items():
                    if normalised == parts:
                        original = _restore_case(name, texts)
                        kind = classify_owner(original, lang)
                        new.append(Owner(text=original, kind=kind, diffuse=kind == OwnerKind.diffuse))
                        i, merged = j, True
                        break
                if merged:
                    break
            if not merged:
                new.append(owners[i])
                i += 1
        out.append(new)
    return out


@dataclass(frozen=True)
class NameEvidenceSettings:
    """The weights of what a plan shows about "A og B" split into two owners (one word each
    side, neither a person, a body outside the municipality, a definite noun nor a known owner
    abbreviation): is it one unit's name after all? See :func:`join_unit_names`."""

    # the plan prints the same name with "&" ("Plan & bygg") somewhere as an owner
    ampersand: int = 2
    # the whole "A og B" is printed as an owner cell of at least ``recur_cells`` measures
    recurs: int = 1
    recur_cells: int = 2
    # the plan writes other owners as "X og Y" names kept whole ("Kultur og fritid")
    house_style: int = 1
    # B is capitalised in a Nordic language, where running text does not capitalise it
    capital: int = 1
    # A is printed with a capital and B in lower case, bare (no definite form, no person): a
    # Nordic writer names an owner of its own by a capitalised name, a definite noun or a person,
    # so a lower-case bare noun after "og" goes on the name before it ("Helsestasjon og
    # skulehelseteneste", "Drift og vedlikehold"); not asked in a plan that prints owners
    # standing alone as lower-case bare nouns ("barnehage")
    lower_bare: int = 2
    # A names no owner by itself and B is no known owner word ("Udvikling og IT")
    no_owner_word: int = 1
    # A or B owns a measure by itself elsewhere (each one counts)
    seen_alone: int = -2
    # join at this score or more
    join_at: int = 2


NAME_EVIDENCE = NameEvidenceSettings()


def _name_part(word: str, lang: str, *, right: bool) -> bool:
    """Could ``word`` be one half of a unit's name "A og B"? One bare word that names no person
    or outside body and is not in its definite form; on the right an abbreviation may stand
    ("Udvikling og IT") unless it is a known owner's ("PPT", "NAV")."""
    if len(word.split()) != 1 or not re.fullmatch(r"[^\W\d_][\w-]*", word) or _is_diffuse(word):
        return False
    if _lower_definite(word, lang) or _definite(word, lang):
        return False
    if word.isupper():
        return right and word.lower() not in ABBREVIATIONS
    _, kinds = _analyse(word, lang)
    return all(k <= {"unit"} for k in kinds)


def _printed_pair(text: str | None, a: str, b: str) -> re.Match[str] | None:
    """Where the cell ``text`` prints ``a`` and ``b`` joined by "og"/"och"/"and", or None."""
    if not text:
        return None
    return _pair_pattern(a, b).search(text)


@lru_cache(maxsize=1024)
def _pair_pattern(a: str, b: str) -> re.Pattern[str]:
    """The pattern of :func:`_printed_pair`, built once per pair: the plan's evidence is weighed
    by asking it of every owner cell for every pair (:func:`_name_evidence`)."""
    return re.compile(rf"(?<!\w){re.escape(a)}\s+(?:{_AND})\s+{re.escape(b)}(?!\w)", re.IGNORECASE)


def _name_evidence(
    a: str, b: str, cells: list[tuple[str | None, list[Owner]]], lang: str, settings: NameEvidenceSettings
) -> int:
    """The weighed evidence (:class:`NameEvidenceSettings`) that "a og b" (case folded) is one
    unit's name in the plan whose owner cells are ``cells``."""
    names = {normalise_owner(o.text) for _, owners in cells for o in owners}
    score = settings.ampersand if f"{a} & {b}" in names else 0
    if sum(1 for text, _ in cells if _printed_pair(text, a, b)) >= settings.recur_cells:
        score += settings.recurs
    # the plan's other owners with one word either side of a joiner, kept whole as names
    others = [_SOFT_SEP.split(n)[0::2] for n in names if len(_SOFT_SEP.split(n)) == 3]
    if any(all(len(p.split()) == 1 for p in parts) and parts != [a, b] for parts in others):
        score += settings.house_style
    for text, owners in cells:
        own = {normalise_owner(o.text) for o in owners}
        if not _printed_pair(text, a, b):
            score += settings.seen_alone * sum(1 for part in (a, b) if part in own)
    right = next((y.text for _, owners in cells for x, y in pairwise(owners)
                  if (normalise_owner(x.text), normalise_owner(y.text)) == (a, b)), b)
    if right[:1].isupper() and not right.isupper():
        score += settings.capital
    left = next((x.text for _, owners in cells for x, y in pairwise(owners)
                 if (normalise_owner(x.text), normalise_owner(y.text)) == (a, b)), a)
    if left[:1].isupper() and not left.isupper() and right[:1].islower() and not _lower_alone(cells, lang):
        score += settings.lower_bare
    if not any(_analyse(a, lang)[1]) and (right.isupper() or not any(_analyse(b, lang)[1])):
        score += settings.no_owner_word
    return score


def _lower_alone(cells: list[tuple[str | None, list[Owner]]], lang: str) -> bool:
    """Does the plan print an owner standing alone in a cell (its one owner) as a lower-case bare
    noun that names no person ("barnehage")? Then lower case says nothing of a name."""
    for _, owners in cells:
        if len(owners) != 1:
            continue
        text = owners[0].text.strip()
        if text[:1].islower() and _name_part(text, lang, right=False):
            return True
    return False


def join_unit_names(
    cells: list[tuple[str | None, list[Owner]]], lang: str = "nb", settings: NameEvidenceSettings = NAME_EVIDENCE
) -> list[list[Owner]]:
    """Join back "A og B" split into two owners where the plan shows it is one unit's name, by
    weighed evidence (:func:`_name_evidence`): the same name with "&", the whole name printed
    again, the plan's other owners written as "X og Y" names, a capital after "og", a first
    part that names no owner by itself; against it, either part owning a measure alone.
    "Eiendom og drift" printed three times in a plan with "Kultur og fritid" is one unit;
    "Skole og barnehage" where "Skole" and "Barnehage" each own measures is two. Only the
    Nordic languages: English capitalises every word of a title.

    ``cells``: (the owner cell as printed, its owners) of each measure of one plan; the owners of
    each are returned."""
    lang = normalize_lang(lang)
    if lang == "en":
        return [owners for _, owners in cells]
    pairs = {
        (normalise_owner(a.text), normalise_owner(b.text))
        for text, owners in cells
        for a, b in pairwise(owners)
        if _printed_pair(text, a.text, b.text)
        and not a.text.isupper()
        and _name_part(a.text, lang, right=False)
        and _name_part(b.text, lang, right=True)
    }
    joined = {pair for pair in pairs if _name_evidence(*pair, cells, lang, settings) >= settings.join_at}
    if not joined:
        return [owners for _, owners in cells]
    out = []
    for text, owners in cells:
        new: list[Owner] = []
        i = 0
        while i < len(owners):
            pair = owners[i : i + 2]
            m = (_printed_pair(text, pair[0].text, pair[1].text)
                 if len(pair) == 2 and (normalise_owner(pair[0].text), normalise_owner(pair[1].text)) in joined else None)
            if m is not None:
                name = " ".join(m.group(0).split())
                kind = classify_owner(name, lang)
                new.append(Owner(text=name, kind=kind, diffuse=kind == OwnerKind.diffuse))
                i += 2
            else:
                new.append(owners[i])
                i += 1
        out.append(new)
    return out


def _restore_case(name: str, parts: list[str]) -> str:
    """``name`` (case folded) in the case its parts were printed in."""
    joiners = _SOFT_SEP.split(name)[1::2]
    out = parts[0]
    for j, p in zip(joiners, parts[1:], strict=False):
        out += f" {j} {p}"
    return out


def _joined_parts(text: str) -> list[str] | None:
    """The parts of an owner text joined by "and"/"og"/"och", each starting with a capital;
    None when it is not such a text."""
    parts = [p.strip() for p in _SOFT_SEP.split(text)[0::2]]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return None


def _split_seen_alone_once(cells: list[list[Owner]], lang: str) -> list[list[Owner]]:
    alone = {normalise_owner(o.text) for owners in cells for o in owners if not _SOFT_SEP.search(o.text)}
    partners: dict[str, set[frozenset[str]]] = {}
    for owners in cells:
        for o in owners:
            parts = _joined_parts(o.text)
            for p in parts or []:
                if len(p.split()) > 1:
                    others = frozenset(normalise_owner(q) for q in parts if q is not p)
                    partners.setdefault(normalise_owner(p), set()).add(others)
    # (different partners: neither set holds the other; "Street Lighting and Signage" and "Street
    # Lighting and Signage and Estates" join the same name, once with one more owner after it)
    alone |= {p for p, others in partners.items()
              if any(not (a <= b or b <= a) for a, b in combinations(others, 2))}
    if lang == "en":
        alone |= _heads_with_partners(cells)
    alone |= _joined_both_ways(cells)
    # names holding the joiner that a measure names as its one owner ("Sport and Recreation"):
    # a unit's name, which a cell joining it to another owner ("Sport and Recreation and
    # Youth Service") leaves whole beside that owner
    units = {normalise_owner(owners[0].text) for owners in cells if len(owners) == 1 and _SOFT_SEP.search(owners[0].text)}
    out = []
    for owners in cells:
        new: list[Owner] = []
        for o in owners:
            parts = _joined_parts(o.text)
            cut = _cut_beside_unit(o.text, units) if parts or _SOFT_SEP.search(o.text) else None
            if cut is not None and (parts or _unit_beside_alone(cut, units, alone)):
                for p in cut:
                    kind = classify_owner(p, lang)
                    new.append(Owner(text=p, kind=kind, diffuse=kind == OwnerKind.diffuse))
                continue
            if parts and any(normalise_owner(p) in alone for p in parts):
                for p in _cut_beside_alone(o.text, alone):
                    kind = classify_owner(p, lang)
                    new.append(Owner(text=p, kind=kind, diffuse=kind == OwnerKind.diffuse))
                continue
            new.append(o)
        out.append(new)
    return out


def _joined_both_ways(cells: list[list[Owner]]) -> set[str]:
    """The parts of a pair the plan prints in both orders ("Economic Development and Public
    Health" for one measure, "Public Health and Economic Development" for another): a unit's name
    holding "and" keeps its order wherever it is printed, so two names joined now one way, now the
    other, are two owners named together."""
    pairs: set[tuple[str, str]] = set()
    for owners in cells:
        for o in owners:
            parts = _joined_parts(o.text)
            if parts and len(parts) == 2:
                pairs.add((normalise_owner(parts[0]), normalise_owner(parts[1])))
    return {x for a, b in pairs if (b, a) in pairs and a != b for x in (a, b)}


def _heads_with_partners(cells: list[list[Owner]]) -> set[str]:
    """One-word names that end every English pair of a plan they are in ("Highways and
    Procurement", "Economic Development and Procurement"), each time after another partner. An
    English name ends in its head, so a unit's name of two parts is one fixed pair ("Public Works
    and Parks", printed again the same); the same last word after different partners is a unit
    of its own named with others. A word opening its pairs ("Health and Safety", "Health and
    Wellbeing") is a modifier of names, and is not asked here."""
    last: dict[str, set[str]] = {}
    inner: set[str] = set()
    for owners in cells:
        for o in owners:
            parts = _joined_parts(o.text)
            if not parts:
                continue
            inner.update(normalise_owner(p) for p in parts[:-1])
            if len(parts) == 2 and len(parts[1].split()) == 1:
                last.setdefault(normalise_owner(parts[1]), set()).add(normalise_owner(parts[0]))
    return {w for w, partners in last.items() if len(partners) > 1 and w not in inner}


def _unit_beside_alone(cut: list[str], units: set[str], alone: set[str]) -> bool:
    """``cut`` (:func:`_cut_beside_unit` of "Arkiv og Drift og vedlikehold") is a unit's name
    that holds the joiner (one of ``units``: "Drift og vedlikehold", a measure's one owner
    elsewhere) beside a name seen alone (one of ``alone``: "Arkiv"), on either side. A
    lower-case part ("vedlikehold") makes :func:`_joined_parts` give up on the text; the
    plan's own cells say where it cuts."""
    if len(cut) != 2:
        return False
    a, b = (normalise_owner(x) for x in cut)
    return (a in units and b in alone) or (b in units and a in alone)


def _cut_beside_unit(text: str, units: set[str]) -> list[str] | None:
    """``text`` ("Sport and Recreation and Youth Service") cut at the joiner that leaves on
    one side a name of ``units`` (names holding the joiner, each a measure's one owner
    elsewhere): [that name, the rest]; None when no joiner does. (``text`` may itself be one of
    ``units``, a measure's one owner: the shorter name seen alone says it joins two.)"""
    pieces = _SOFT_SEP.split(text)
    parts, joiners = [p.strip() for p in pieces[0::2]], pieces[1::2]

    def joined(k0: int, k1: int) -> str:
        out = parts[k0]
        for k in range(k0 + 1, k1):
            out = f"{out} {joiners[k - 1]} {parts[k]}"
        return out

    for k in range(1, len(parts)):
        left, right = joined(0, k), joined(k, len(parts))
        if normalise_owner(left) in units or normalise_owner(right) in units:
            return [left, right]
    return None


def _cut_beside_alone(text: str, alone: set[str]) -> list[str]:
    """``text`` ("Street Lighting and Signage and Estates") cut at each joiner beside a part seen alone
    ("Estates"): the parts between such cuts stay one name ("Street Lighting and Signage")."""
    pieces = _SOFT_SEP.split(text)
    parts, joiners = [p.strip() for p in pieces[0::2]], pieces[1::2]
    out = [parts[0]]
    for k, joiner in enumerate(joiners):
        left, right = parts[k], parts[k + 1]
        if normalise_owner(left) in alone or normalise_owner(right) in alone:
            out.append(right)
        else:
            out[-1] = f"{out[-1]} {joiner} {right}"
    return out


def normalise_owner(text: str) -> str:
    return " ".join(text.lower().split())


def is_owner_like(text: str, lang: str = "nb") -> bool:
    """Does ``text`` read like an owner cell ("Rådgiver oppvekst og PPT", "Alle enheter") rather
    than a measure or a date? Used to recognise owner columns and "Tiltak – ansvarlig – frist"
    lines. Each owner must be short and name a role, unit, external actor or abbreviation in its
    first two words (or anywhere when it has at most three words); dates, long text and the
    words of a status column ("Pågår", "On track") are not."""
    if not text or not text.strip() or len(text) > 150 or is_status_value(text):
        return False
    if re.search(r"\d{4}|\b\d{1,2}\.\d{1,2}\b|\d{1,2}\.\s*(?:kvartal|halvår)", text):
        return False
    lang = normalize_lang(lang)
    owners = split_owners(text, lang=lang)
    if not owners or sum(len(o.text.split()) for o in owners) > 20:
        return False
    if any(_has_sentence_verb(o.text, lang) for o in owners):
        return False
    good = [_owner_like_part(o, lang) for o in owners]
    return good[0] and sum(good) * 2 >= len(good)


@lru_cache(maxsize=1)
def _sentence_verbs() -> frozenset[str]:
    return frozenset(w for ws in SENTENCE_VERBS.values() for w in ws)


def _has_sentence_verb(text: str, lang: str) -> bool:
    """A finite verb or a measure verb makes ``text`` a sentence, not an owner."""
    tokens, kinds = _analyse(text, lang)
    for tok, k in zip(tokens, kinds, strict=True):
        low = tok.lower()
        if k:  # an owner word ("lærer", "leder") is not read as a verb
            continue
        if low in _sentence_verbs() or re.fullmatch(r"\w{3,}(?:erer|erar)", low):
            return True
    return False


def _owner_like_part(owner: Owner, lang: str) -> bool:
    n_words = len(owner.text.split())
    if n_words > _MAX_OWNER_WORDS:
        return False
    if owner.kind == OwnerKind.diffuse:
        return True
    if owner.kind == OwnerKind.unknown:
        return False
    _, kinds = _analyse(owner.text, lang)
    hits = [i for i, k in enumerate(kinds) if k]
    if not hits:
        return False
    # English puts the head last: "Planning and Development Department"
    head_last = lang == "en" and hits[-1] == len(kinds) - 1 and n_words <= 5
    return hits[0] <= 1 or n_words <= 3 or head_last
