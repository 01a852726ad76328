"""The words plan documents use, per language, as plain data (``plancheck/lang/data/*.yaml``).

Why data and not code: the extraction layer, the owner classifier and the tests all read the same
lists, and a planner who finds a missing word ("Tidsperspektiv", "Lead agency") adds it here
without touching any logic. Keys are roles; inner keys are language codes (nb, nn, sv, da, en).
All words are lower case.

:func:`column_role` maps a table header cell to a column role, :func:`heading_role` a heading to a
level of the plan hierarchy. Both accept any of the five languages at once: a plan written in
bokmål still has the odd English or nynorsk header.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from plancheck import yamlfile

Lexicon = dict[str, dict[str, list[str]]]

LANGS = ("nb", "nn", "sv", "da", "en")
_DATA = Path(__file__).parent / "data"


@cache
def lexicon_file(lang: str) -> dict:
    """The lexicon of one language as written in ``plancheck/lang/data/<lang>.yaml``."""
    return yamlfile.safe_load((_DATA / f"{lang}.yaml").read_text(encoding="utf-8")) or {}


def _by_role(section: str) -> Lexicon:
    """role → language → words, from every language file's ``section``."""
    out: Lexicon = {}
    for lang in LANGS:
        for role, role_words in (lexicon_file(lang).get(section) or {}).items():
            out.setdefault(role, {})[lang] = list(role_words)
    return out


def _by_lang(section: str) -> dict[str, list[str]]:
    return {lang: list(lexicon_file(lang).get(section) or []) for lang in LANGS}


def evidence_words(kind: str, lang: str | None = None) -> list[str]:
    """Words the role model weighs ("modal", "need", "background", "quote"), for ``lang`` or all."""
    return list(_evidence_words(kind, lang if lang in LANGS else None))


@cache
def _evidence_words(kind: str, lang: str | None) -> tuple[str, ...]:
    """:func:`evidence_words`, once per process (the role model asks for them per item)."""
    seen: dict[str, None] = {}
    for code in [lang] if lang else LANGS:
        for w in (lexicon_file(code).get("evidence") or {}).get(kind, []):
            seen.setdefault(w, None)
    return tuple(seen)


@cache
def definite_articles(lang: str | None = None) -> frozenset[str]:
    """The lexicon's ``definite_articles`` ("the"), lower-cased, for ``lang`` or all: read where
    an owner's name may open with one (languages whose definite form is an ending list none)."""
    return frozenset(w.lower() for w in _evidence_words("definite_articles", lang if lang in LANGS else None))


def section_words(section: str, kind: str, lang: str | None = None) -> list[str]:
    """The words of ``section.kind`` in the lexicon files, for ``lang`` or every language,
    deduplicated in file order (nb, nn, sv, da, en)."""
    langs = [lang] if lang in LANGS else list(LANGS)
    seen: dict[str, None] = {}
    for code in langs:
        for w in (lexicon_file(code).get(section) or {}).get(kind) or []:
            seen.setdefault(w, None)
    return list(seen)


def plain_words(key: str, lang: str | None = None) -> list[str]:
    """A top-level list of the lexicon files ("and_words", "owner_labels", …), for ``lang`` or
    every language, deduplicated in file order."""
    langs = [lang] if lang in LANGS else list(LANGS)
    return list(dict.fromkeys(w for code in langs for w in lexicon_file(code).get(key) or []))


def link_words(kind: str) -> list[str]:
    """Words the linking stage reads, every language ("stopwords", "goal_number", …; see the
    ``links`` section of the lexicon files)."""
    return section_words("links", kind)


def table_words(kind: str) -> list[str]:
    """Words of table rows in every language ("deferred", "existing_work", "new_work",
    "delegation"; see the ``tables`` section of the lexicon files)."""
    seen: dict[str, None] = {}
    for code in LANGS:
        for w in (lexicon_file(code).get("tables") or {}).get(kind, []):
            seen.setdefault(w, None)
    return list(seen)


@cache
def table_word_set(kind: str) -> frozenset[str]:
    """:func:`table_words` of ``kind`` lower-cased, one space between words: for comparing a
    table's header cell whole."""
    return frozenset(" ".join(w.lower().split()) for w in table_words(kind))


def headed_column(header: list[str], kind: str) -> int | None:
    """The one column of ``header`` whose head is a word of ``kind`` (:func:`table_word_set`,
    whatever its case and spacing); None when none or several are."""
    found = [k for k, h in enumerate(header) if " ".join((h or "").lower().split()) in table_word_set(kind)]
    return found[0] if len(found) == 1 else None


def alternation(phrases: list[str]) -> str:
    """Regex source for "any of ``phrases``", in the order given, for a group in a pattern whose
    structure (boundaries, numbers, years) stays in code. Each phrase is literal, one space between
    its words, except two marks: a word "#" is one digit ("tabell #" → "tabell 3"), and "*" at
    the start or end of a word is any letters ("*mål" → "delmål", "hovudmål")."""

    def word(w: str) -> str:
        if w == "#":
            return r"\d"
        core = re.escape(w.strip("*"))
        return (r"\w*" if w.startswith("*") else "") + core + (r"\w*" if w.endswith("*") and len(w) > 1 else "")

    return "|".join(" ".join(word(w) for w in p.split(" ")) for p in phrases)


def words_pattern(phrases: list[str], *, start: bool = False) -> re.Pattern[str]:
    """One case-insensitive pattern for whole phrases (at the start only, when ``start``)."""
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile((r"^(?:" if start else r"\b(?:") + alts + r")\b", re.IGNORECASE)


HEADING_WORDS: Lexicon = _by_role("headings")
COLUMN_WORDS: Lexicon = _by_role("columns")
OWNER_WORDS: Lexicon = _by_role("owners")
LABEL_WORDS: Lexicon = _by_role("labels")
DIFFUSE_WORDS: dict[str, list[str]] = _by_lang("diffuse_words")
DIFFUSE_PHRASES: dict[str, list[str]] = _by_lang("diffuse_phrases")
SENTENCE_VERBS: dict[str, list[str]] = _by_lang("sentence_verbs")
DEFINITE_ENDINGS: dict[str, list[str]] = _by_lang("definite_endings")
#: the present participle's endings ("koordinerende"): an adjective before a noun
PARTICIPLE_ENDINGS: dict[str, list[str]] = _by_lang("participle_endings")
#: bare-form endings that look definite ("Mobilitet"): no definite form after all
INDEFINITE_ENDINGS: dict[str, list[str]] = _by_lang("indefinite_endings")
# "For å nå mål 2 vil vi:", "How we will achieve goal 2": what follows is the way to a goal
GOAL_MEANS: dict[str, list[str]] = _by_lang("goal_means")
# Common short forms in owner cells; treated as units.
ABBREVIATIONS: list[str] = list(lexicon_file("nb").get("abbreviations") or [])


@cache
def owner_stems() -> tuple[str, ...]:
    """The role and unit words of the lexicon, every language, as stems to find inside a
    compound ("energistrategen" holds "strateg"). Cached: the lexicon does not change while
    a process runs, and :func:`names_a_body` asks for the stems at every subject it reads."""
    stems = {
        w.lstrip("-").lower()
        for role in ("role", "unit")
        for words in OWNER_WORDS.get(role, {}).values()
        for w in words
        if " " not in w.strip() and len(w.lstrip("-")) >= 5
    }
    return tuple(sorted(stems))


#: the bare word and its definite or plural endings (the lexicon's ``evidence.definite_suffixes``)
BARE_OR_DEFINITE: tuple[str, ...] = ("", *evidence_words("definite_suffixes"))


def names_a_body(subject: str) -> bool:
    """The subject's head word (its last) is a role or unit word, perhaps as the head of a
    compound and in its definite form: "Energistrategen", "skolene". Here, with the owner
    words, because the walk and the measure-sentence reader (extract/subjectsentences.py) both
    ask it."""
    words = subject.lower().split()
    head = words[-1] if words else ""
    return any(head.endswith(stem + end) for stem in owner_stems() for end in BARE_OR_DEFINITE)


@cache
def _status_pattern() -> re.Pattern[str]:
    alts = alternation(sorted(plain_words("status_values"), key=len, reverse=True))
    # the whole text, or a status and a year or note after it ("Fullført 2024 på to skoler")
    return re.compile(rf"^\W*(?:{alts})(?:\W*$|\s+\d|\s*[(,:;–-])", re.IGNORECASE)


def is_status_value(text: str) -> bool:
    """Is ``text`` the value of a status column ("On track", "Ikke startet", "Fullført 2025 for
    skyss"; the ``status_values`` of every language, as a status column keeps its words
    whatever the plan's language is taken to be)? A status names no owner: a short capitalised
    phrase beside a measure that is one must not be read as its owner."""
    return bool(_status_pattern().match(" ".join(text.split())))


def existing_words() -> list[str]:
    """Words that open a heading over goals already in force elsewhere ("Gällande mål",
    "Existing goals"), every language at once (the ``existing`` list of the lexicon files)."""
    return list(dict.fromkeys(w.lower() for lang_words in _by_lang("existing").values() for w in lang_words))


def assignment_words(lang: str | None = None) -> list[str]:
    """The nouns of a task handed to someone ("uppdrag", "oppdrag"), for ``lang`` or every
    language (the ``assignment`` list of the lexicon files)."""
    by_lang = _by_lang("assignment")
    langs = [lang] if lang in LANGS else list(LANGS)
    return list(dict.fromkeys(w.lower() for code in langs for w in by_lang[code]))


def following_words(lang: str | None = None) -> list[str]:
    """Words that point at the list below ("följande", "følgende", "following"), for ``lang``
    or every language (the ``following`` list of the lexicon files)."""
    by_lang = _by_lang("following")
    langs = [lang] if lang in LANGS else list(LANGS)
    return list(dict.fromkeys(w.lower() for code in langs for w in by_lang[code]))


def owner_prepositions() -> list[str]:
    """Prepositions inside an owner name ("Center for Kultur og Idræt"), every language at once
    (the ``owner_prepositions`` list of the lexicon files)."""
    return list(dict.fromkeys(w.lower() for lang_words in _by_lang("owner_prepositions").values() for w in lang_words))


@cache
def owner_title_premodifiers() -> frozenset[str]:
    """Adjectives a title may carry before its role word ("Strategic Director", "Deputy Head"),
    every language at once (the ``owner_title_premodifiers`` list of the lexicon files)."""
    return frozenset(w.lower() for lang_words in _by_lang("owner_title_premodifiers").values() for w in lang_words)


def possessives() -> list[str]:
    """Possessive pronouns a label word may carry ("Vårt mål:", "Hovudmålet vårt:", "Our goal:"),
    every language at once (the ``possessives`` list of the lexicon files)."""
    return list(dict.fromkeys(w.lower() for lang_words in _by_lang("possessives").values() for w in lang_words))


def label_scopes() -> list[str]:
    """Words of scope a label word may carry in front ("Lokalt mål 1:", "Kommunale mål:", "Local
    goal 2:"), every language at once (the ``label_scopes`` list of the lexicon files). Why: a
    plan that also quotes national goals calls its own "lokale mål"; the label is still a goal
    label. National goals are not listed: they are quoted, not the plan's own."""
    return list(dict.fromkeys(w.lower() for lang_words in _by_lang("label_scopes").values() for w in lang_words))


@cache
def label_index() -> dict[str, str]:
    """Item label word → the role it announces ("delmål" → "sub_goal", "deliverable" →
    "measure"), every language at once (the ``labels`` section of the lexicon files)."""
    index: dict[str, str] = {}
    for role, by_lang in LABEL_WORDS.items():
        for lang_words in by_lang.values():
            for w in lang_words:
                if not w.startswith("*"):
                    index.setdefault(w.lower(), role)
    return index


@cache
def label_compound_heads() -> dict[str, str]:
    """Head word → role of the label words written with a leading "*" ("*mål": a compound
    ending in "mål", "Periodemål:", "Resultatmål:", announces a goal as "Mål:" does), every
    language at once. Why: plans coin compounds of a label word for their own goal levels
    (period, result, service goals); the head says what the line is."""
    heads: dict[str, str] = {}
    for role, by_lang in LABEL_WORDS.items():
        for lang_words in by_lang.values():
            for w in lang_words:
                if w.startswith("*"):
                    heads.setdefault(w[1:].lower(), role)
    return heads


@cache
def _label_compound_exceptions() -> tuple[str, ...]:
    return tuple(
        w.lower() for lang_words in _by_lang("label_compound_exceptions").values() for w in lang_words
    )


_COMPOUND_LABEL_MIN_HEAD = 3  # "Periode|mål": at least this many letters before the label word


def compound_label_role(word: str) -> str | None:
    """The role of a label word that is a compound of a ``*`` label word ("periodemål" →
    "goal"), or None; words that end in the label word without being one of its kind
    ("formål", "spørsmål", "bærekraftsmål": the ``label_compound_exceptions`` of the lexicon)
    are none, and so are the words the lexicon lists as headings."""
    w = " ".join(word.lower().split())
    if " " in w or w.endswith(_label_compound_exceptions()) or w in _index("heading"):
        # (a word the lexicon knows as a heading, "resultatmål", keeps what the lexicon says of
        # it: no label unless the labels list it)
        return None
    for head, role in sorted(label_compound_heads().items(), key=lambda kv: -len(kv[0])):
        if w.endswith(head) and len(w) - len(head) >= _COMPOUND_LABEL_MIN_HEAD:
            return role
    return None


def words(lexicon: Lexicon, role: str, lang: str | None = None) -> list[str]:
    """All words of ``role`` for ``lang`` (or every language when None), deduplicated."""
    langs = [lang] if lang else ["nb", "nn", "sv", "da", "en"]
    seen: dict[str, None] = {}
    for code in langs:
        for w in lexicon.get(role, {}).get(code, []):
            seen.setdefault(w, None)
    return list(seen)


# --------------------------------------------------------------------------- lookup

_FUZZY_CUTOFF = 86
_FUZZY_MIN_LEN = 5
# roles a compound takes from the word it ends in; not the owner ("Medansvar" is a partner
# beside "Hovedansvar"), nor goal, theme or strategy, whose compounds name other levels
_COMPOUND_ROLES = frozenset({"measure", "deadline", "cost"})
_COMPOUND_MIN_HEAD = 3  # "Investerings|tiltak": at least this many letters before the header word
_MAX_HEADER_WORDS = 4  # longer cells are running text, not a header (unruled tables)
_TOKEN = re.compile(r"[#\w]+(?:[-/][#\w]+)*", re.UNICODE)


_BROKEN = re.compile(r"-\s*\n\s*")  # a word broken over two lines: "Ansvar-\nlig"
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+(?=\D)")  # numbering: "3. Tiltak"
_TRAILING_MARKS = re.compile(r"[*:;]+$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def _norm(text: str) -> str:
    """A cell or heading text as the word lists hold it: lower case, no soft hyphen, no line
    break inside a word, no numbering, no trailing marks, single spaces.

    Cached per text (a pure function of it): the header and heading lookups ask it about the
    same texts many times a plan (~46,000 calls over the 23 real plans); the patterns are
    compiled here once rather than looked up in :mod:`re`'s cache at every call."""
    text = text.replace("\u00ad", "").replace("\xa0", " ").lower()
    text = _BROKEN.sub("", text)
    text = _NUMBERING.sub("", text)
    text = _TRAILING_MARKS.sub("", text.strip())
    return _SPACES.sub(" ", text).strip(" .")


@cache
def _index(which: str) -> dict[str, str]:
    lexicon = COLUMN_WORDS if which == "column" else HEADING_WORDS
    index: dict[str, str] = {}
    for role, by_lang in lexicon.items():
        for lang_words in by_lang.values():
            for w in lang_words:
                index.setdefault(w, role)
    return index


def column_word_exact(header_text: str) -> bool:
    """Is the header cell itself a column word of the lexicon ("Hovedansvar"), not one found
    inside it (a compound such as "Medansvar", a longer phrase or a misspelling)?"""
    text = _norm(header_text or "")
    return bool(text) and text in _index("column")


@cache
def _fuzzy_choices(which: str) -> tuple[list[str], list[str]]:
    """The words of an index long enough for a fuzzy match, and (column index) the header
    words a compound may end in: worked out once, not for every cell looked up."""
    index = _index(which)
    choices = [w for w in index if len(w) >= _FUZZY_MIN_LEN]
    ends = [w for w in index if " " not in w and len(w) >= _FUZZY_MIN_LEN and index[w] in _COMPOUND_ROLES]
    return choices, ends


def ratio_bound(a: int, b: int) -> float:
    """The highest ``fuzz.ratio`` two strings of ``a`` and ``b`` characters can score: their
    Indel distance is at least the difference of their lengths, and the ratio is
    100 · (1 - distance / (a + b))."""
    return 100.0 * 2 * min(a, b) / (a + b) if a + b else 100.0


@cache
def _fuzzy_within_reach(which: str, length: int, cutoff: float) -> list[str]:
    """The fuzzy choices of an index (:func:`_fuzzy_choices`) that a text of ``length``
    characters could match at ``cutoff``, in their order (:func:`ratio_bound`; a hair of
    slack for rounding).

    Why: a text that is no column word (a line of running text asked whether it heads a
    table) was scored against every choice, ~0.2 ms per word tried; the choices out of reach
    by their length alone cannot reach the cutoff, so ``process.extractOne`` finds the same
    best choice (the first of the best, as the order is kept) among the rest."""
    return [c for c in _fuzzy_choices(which)[0] if ratio_bound(length, len(c)) >= cutoff - 1e-6]


def fuzzy_best(text: str, which: str, cutoff: float) -> tuple[str, float] | None:
    """``process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=cutoff)`` over the
    fuzzy choices of the ``which`` index, as (choice, score); only the choices within reach
    of ``text``'s length are scored (:func:`_fuzzy_within_reach`)."""
    choices = _fuzzy_within_reach(which, len(text), cutoff)
    if not choices:
        return None
    hit = process.extractOne(text, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (hit[0], hit[1]) if hit else None


@lru_cache(maxsize=8192)
def _column_lookup(text: str) -> str | None:
    """:func:`column_role` of one cell text; cached: a plan's tables repeat their header
    cells on every page, and a miss runs a fuzzy match over the whole index."""
    index = _index("column")
    text = _norm(text)
    if not text:
        return None
    attempts = [text, re.sub(r"\s*\(.*?\)\s*", " ", text).strip(), text.replace(" ", "")]
    for attempt in attempts:
        if attempt in index:
            return index[attempt]
    tokens = _TOKEN.findall(attempts[1] or text)
    if not tokens or len(tokens) > _MAX_HEADER_WORDS:
        return None
    parts = [p for t in tokens for p in t.split("/") if p]
    for n in (3, 2, 1):
        for i in range(len(parts) - n + 1):
            gram = " ".join(parts[i : i + n])
            if gram in index:
                return index[gram]
    if len(parts) == 1:
        # a compound ("Investeringstiltak", "Driftskostnad"): the header word it ends in, when
        # that word is long enough to say something and something stands before it
        _choices, compound_ends = _fuzzy_choices("column")
        ends = [w for w in compound_ends if parts[0].endswith(w) and len(parts[0]) - len(w) >= _COMPOUND_MIN_HEAD]
        if ends:
            return index[max(ends, key=len)]
    candidates = [attempts[1] or text, *(t for t in tokens if len(t) >= _FUZZY_MIN_LEN)]
    best: tuple[float, str] | None = None
    for cand in candidates:
        hit = fuzzy_best(cand, "column", _FUZZY_CUTOFF)
        if hit and (best is None or hit[1] > best[0]):
            best = (hit[1], index[hit[0]])
    return best[1] if best else None


@lru_cache(maxsize=4096)
def abbreviated_column_role(word: str, min_letters: int = 3) -> str | None:
    """The column role of a word cut short with a full stop ("ansv.", "tidsfr.", "Resp."): the
    one role of every single-word column word of the lexicon that starts with the letters before
    the stop; None when they name more than one role, when none starts so, or when fewer than
    ``min_letters`` letters stand before the stop.

    Why: a field label written as an abbreviation ("(ansv.: Teknisk drift; frist: 2027)") is the
    column word it shortens; the lexicon lists whole words, and listing every cut of every word
    would be two lists."""
    stem = _norm(word.strip().rstrip(":").strip())
    if not word.strip().rstrip(":").strip().endswith(".") or len(stem) < min_letters or not stem.isalpha():
        return None
    roles = {role for w, role in _index("column").items() if " " not in w and w.startswith(stem)}
    return roles.pop() if len(roles) == 1 else None


# a dash set with spaces, between a column's label and its gloss
_GLOSS = re.compile(r"\s+[–—-]\s+")
_GLOSS_LABEL_MAX_WORDS = 3  # "Kortsiktigt resultat – …": a label of a few words before the dash ...
_GLOSS_MAX_WORDS = 5  # ... and a short phrase after it; longer is a sentence (a row read as the header)


def _glossed(header_text: str) -> bool:
    """Whether a header cell is a short label and a short gloss after a dash."""
    parts = _GLOSS.split(header_text.strip(), 1)
    return (len(parts) == 2 and 0 < len(parts[0].split()) <= _GLOSS_LABEL_MAX_WORDS
            and 0 < len(parts[1].split()) <= _GLOSS_MAX_WORDS)


@lru_cache(maxsize=8192)
def column_role(header_text: str) -> str | None:
    """Map a table header cell to a column role: "number", "goal", "theme", "strategy",
    "measure", "owner", "deadline", "cost", "indicator", "status" or "references" (a cross-reference
    column: "Related Programs"); None when unknown.

    Order: the exact cell text (also without a parenthesis and with line-break hyphens joined),
    then its words and word pairs left to right ("Hvem har ansvar" → owner), then a fuzzy match
    (rapidfuzz ratio ≥ 86, words of five letters or more) for small misspellings ("Ansvalig").

    Cached per text, as :func:`_column_lookup` is: the extractor asks about the same cell texts
    again and again (about 15,000 calls for 7,000 texts over eight real plans), and a miss also
    runs :func:`parent_goal_header`, which normalises the text again.
    """
    if not header_text or not header_text.strip():
        return None
    role = _column_lookup(header_text)
    if role is None and _glossed(header_text):
        # a label and its gloss after a dash ("Activities – what we will do"): the label's role
        role = _column_lookup(_GLOSS.split(header_text.strip(), 1)[0])
    if role is None and parent_goal_header(header_text):
        return "references"
    if role == "references":
        # a cross-reference header that also names a role ("Related goals", "Kopling til mål",
        # "Related indicators") is that role's column, as it was without the cross-reference
        # word: its cells name goals (by code or written out), indicators …
        for word in _TOKEN.findall(_norm(header_text)):
            other = _column_lookup(word)
            if other not in (None, "references"):
                return other
    return role


# a year or a period after a column's word ("Driftsmål 2041–2044", "Mål 2030")
_PERIOD_TAIL = re.compile(r"\s+\d{4}(?:\s*[-–—/]\s*\d{2,4})?$")


@lru_cache(maxsize=4096)
def goal_compound_header(header_text: str) -> bool:
    """Is a header cell one compound of a ``*`` goal label word, perhaps with a year or period
    after it ("Driftsmål 2041–2044", "Virksomhetsmål", "Periodemål"): the goals a unit sets for
    itself under the plan's? The lexicon's exceptions ("Formål", "Bærekraftsmål") and the parent
    plan's goal words ("Kommuneplanmål": a cross-reference column, :func:`parent_goal_header`)
    are not. Read as the goal column only beside a measure column
    (:func:`plancheck.extract.tables.compound_goal_roles`).

    Why not the compound ends of :func:`_column_lookup`: the goal word is too short ("mål") to be
    a column word's end for any role; the label words mark the compounds that are goals."""
    text = _PERIOD_TAIL.sub("", _norm(header_text or "")).strip()
    if not text or " " in text or not text.isalpha() or parent_goal_header(text):
        return False
    return compound_label_role(text) == "goal"


def parent_goal_header(header_text: str) -> bool:
    """Whether a header cell is the lexicon's word for the parent plan's goals, whole
    ("Samfunnsdelsmål", "Kommuneplanmål", ``links.parent_goal_compound``). Why: a measure or goal
    table whose column is headed so writes in it the number of the parent goal each row serves
    ("1.2"): a cross-reference column, though no cross-reference word heads it."""
    text = _norm(header_text or "")
    if not text:
        return False
    compounds, plans, goals = _parent_header_words()
    if text in compounds:
        return True
    # "Borough Plan theme", "Kommuneplanens mål", "Samfunnsdelen": the parent plan's name,
    # alone or before a word for its goals (links.parent_plan, links.parent_goal)
    if text in plans:
        return True
    # (or joined by a hyphen: "KPS-mål", an abbreviation of the plan before its goal word).
    # Most cells begin with no plan's name: one test of all the prefixes at once turns them
    # away (this runs for every header cell no column word names: ~1,500 a plan)
    if not text.startswith(_parent_plan_prefixes()):
        return False
    for plan in plans:
        if text.startswith((plan + " ", plan + "-")) and text[len(plan) + 1 :] in goals:
            return True
    return False


@cache
def _parent_plan_prefixes() -> tuple[str, ...]:
    """Each of the parent plan's names with the space or hyphen that joins it to a goal word
    (:func:`parent_goal_header`), worked out once per process."""
    _compounds, plans, _goals = _parent_header_words()
    return tuple(plan + sep for plan in plans for sep in (" ", "-"))


@cache
def _parent_header_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The lexicon's words for the parent plan's goals, its names (longest first) and the words
    for its goals after a name, lower-cased: once per process, not per header cell asked
    (:func:`parent_goal_header` runs for every cell no column word names)."""
    return (
        frozenset(w.lower() for w in link_words("parent_goal_compound")),
        tuple(sorted({w.lower() for w in link_words("parent_plan")}, key=len, reverse=True)),
        frozenset(w.lower() for w in link_words("parent_goal")),
    )


# a footnote mark after a header ("Ansvar (frist)¹", "Frist*", "Lead†"): it points at a note, it
# names nothing
_FOOTNOTE_MARK = re.compile(r"\s*[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]+$")
# "Ansvar (frist)": a word, and a second in brackets after it, and nothing else
_SECOND_IN_BRACKETS = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")


def column_roles_named(header_text: str) -> tuple[str, ...]:
    """The roles of a header cell that names two columns in one ("Ansvar / frist", "Ansvarleg og
    frist", "Lead / due", "Hvem/hvornår", "Ansvar (frist)", "Lead (date)"): each part between "/",
    "&", "+", "," or an and-word of the lexicon (``and_words``), or the word before a bracket and
    the word in it, is a column word of its own, of different roles; () otherwise. A footnote mark
    after the header ("Ansvar (frist)¹", its key under the table) is no part of it.

    Why: a table may give owner and deadline one cell, the owner on one line and the deadline
    under it; :func:`column_role` reads such a header by its first word only. A header the
    lexicon knows whole ("Förvaltning/Bolag", "Ansvarlig for gjennomføring") names one column."""
    text = _FOOTNOTE_MARK.sub("", _norm(header_text or ""))
    if not text or text in _index("column"):
        return ()
    ands = alternation(plain_words("and_words"))
    bracketed = _SECOND_IN_BRACKETS.match(text)
    if bracketed:
        # "Ansvar (frist)", "Lead (date)": the second role in brackets after the first
        parts = [bracketed.group(1).strip(), bracketed.group(2).strip()]
    else:
        parts = [p.strip() for p in re.split(rf"\s*[/&+,]\s*|\s+(?:{ands})\s+", text) if p and p.strip()]
    if len(parts) != 2:
        return ()
    roles = tuple(_column_lookup(p) for p in parts)
    if None in roles or roles[0] == roles[1] or any(len(_TOKEN.findall(p)) > 2 for p in parts):
        return ()
    return roles  # type: ignore[return-value]


@lru_cache(maxsize=8192)
def heading_role(heading_text: str) -> str | None:
    """Map a heading to a level of the plan hierarchy ("vision", "focus_area", "main_goal",
    "goal", "sub_goal", "challenge", "strategy", "measure", "indicator") or None.

    Only the whole heading (numbering and a trailing colon removed) or its first words before a
    colon/dash count: "Mål" and "Mål: Trygge boliger" are goal headings, "Boliger for alle" is not.
    """
    if not heading_text or not heading_text.strip():
        return None
    text = _norm(heading_text)
    head = re.split(r"\s*[:–—]\s*|\s+-\s+", text, maxsplit=1)[0]
    head = re.sub(r"\s+[\d.]+[a-z]?\)?$", "", head)  # "Delmål 3.4", "Mål 3"
    index = _index("heading")
    for attempt in (text, head):
        if attempt in index:
            return index[attempt]
    first, _sep, rest = head.partition(" ")
    if rest and first in plain_words("possessives") and rest in index:
        # "Vores målsætninger", "Our objectives", "Våre tiltak": the plan's own goals, measures …
        # named with a possessive before the heading word (``possessives`` of the lexicon)
        return index[rest]
    counted = _counted_role(head, index)
    if counted is not None:
        return counted
    scoped = _scoped_goal_role(head, index)
    if scoped is not None:
        return scoped
    wanted = _wanted_goal_role(head, index)
    if wanted is not None:
        return wanted
    hit = fuzzy_best(head, "heading", 90)
    if hit and _joins_differently(head, hit[0]):
        return None
    return index[hit[0]] if hit else None


def _counted_role(head: str, index: dict[str, str]) -> str | None:
    """The role of a heading that counts its items with a number word before the heading word,
    after a possessive or alone: "Våra tre mål", "Our four goals", "Tre strategier" (the
    lexicon's ``time.count_words``, every language). Why: a plan that lists its few goals on a
    page or slide of their own heads them so, as it would with "Våra mål"; the count says how
    many, not what they are."""
    words = head.split()
    if len(words) < 2 or len(words) > 3 or words[-2] not in _count_words():
        return None
    if len(words) == 3 and words[0] not in plain_words("possessives"):
        return None
    return index.get(words[-1])


@cache
def _count_words() -> frozenset[str]:
    """The number words of the lexicon's ``time.count_words`` ("fyra", "four"), read once."""
    from plancheck.lang.timewords import COUNT_WORDS

    return frozenset(COUNT_WORDS)


def _joins_differently(text: str, phrase: str) -> bool:
    """Does ``text`` join its words with another conjunction or preposition than the heading
    phrase it is close to in spelling? "Målsætninger og indsatser" (goals AND measures, a
    chapter of both) is not "målsætninger for indsatsen" (the goals OF the effort): the small
    words say how the nouns relate, and a letter-count likeness cannot see them."""
    small = _joining_words()
    return {w for w in text.split() if w in small} != {w for w in phrase.split() if w in small}


@cache
def _joining_words() -> frozenset[str]:
    """The lexicon's ``and_words`` and ``owner_prepositions`` of every language, read once
    (:func:`_joins_differently` asks per fuzzy heading match)."""
    return frozenset(plain_words("and_words")) | frozenset(plain_words("owner_prepositions"))


def _scoped_goal_role(head: str, index: dict[str, str]) -> str | None:
    """The goal role of a heading that is a word of scope of the lexicon (``label_scopes``)
    before a goal heading word: "Regionale mål", "Kommunale mål", "Local goals". Why: a plan
    names its own goals by the level that sets them, as its labels do ("Lokalt mål 1:");
    only goal roles, so that a scoped "Felles tiltak" keeps its own reading."""
    for scope in sorted(label_scopes(), key=len, reverse=True):
        if head.startswith(scope + " "):
            role = index.get(head[len(scope) + 1 :].strip())
            if role in ("main_goal", "goal", "sub_goal"):
                return role
    return None


def _wanted_goal_role(head: str, index: dict[str, str]) -> str | None:
    """The goal role of a heading that is a goal word of the lexicon followed by a clause of
    what the writers want (``heading_wanted``: "The outcomes we want", "Dei måla vi vil nå"),
    an article before it or none (``heading_articles``). Why: a charter or a strategy heads its
    goals so, in plain words, and the clause says they are the plan's own."""
    articles = set(plain_words("heading_articles"))
    words = head.split()
    if words and words[0] in articles:
        head = " ".join(words[1:])
    for clause in sorted(plain_words("heading_wanted"), key=len, reverse=True):
        if head.endswith(" " + clause):
            # the goal word alone or with a word of scope before it ("Results sought")
            bare = head[: -len(clause) - 1].strip()
            role = index.get(bare) or _scoped_goal_role(bare, index)
            if role in ("main_goal", "goal", "sub_goal"):
                return role
    return None


_PREMODIFIED_ROLES = frozenset({"goal", "sub_goal", "strategy", "measure", "indicator"})


def premodified_heading_role(heading_text: str) -> str | None:
    """The role of a heading that is a role word of the lexicon with one or two modifiers in
    front of it ("Key outcomes", "Key objectives", "Strategic actions"), or None. A
    modifier is a word of ``heading_premodifiers`` or a focus-area heading word ("priority",
    "theme"). Only goal, strategy, measure and indicator words head such a phrase, and only a
    heading without numbering, colon or dash ("Priority 1: Thriving people" names a focus area).

    Why: an English noun phrase is headed by its last noun; a plan that calls its goals the
    "outcomes" of each priority heads the bullets "Key outcomes", which announces outcomes
    (goals), not a priority. The Nordic languages write such phrases as one compound word,
    which the label compounds of the lexicon read (see :func:`compound_label_role`)."""
    if not heading_text or re.search(r"[\d:–—]|\s-\s", heading_text):
        return None
    words = _norm(heading_text).split()
    if not 2 <= len(words) <= 3:
        return None
    role = _index("heading").get(words[-1])
    if role not in _PREMODIFIED_ROLES:
        return None
    modifiers = set(plain_words("heading_premodifiers")) | {
        w for w, r in _index("heading").items() if r == "focus_area" and " " not in w
    }
    return role if all(w in modifiers for w in words[:-1]) else None


_RELATIVE_TAIL_MAX_WORDS = 2  # "… we will take", "… we want to see": a verb, perhaps a particle


def relative_clause_heading_role(heading_text: str) -> str | None:
    """The role of a heading that is a role word of the lexicon followed by a relative clause
    without 'that' (``heading_relative_clauses`` and at most ``_RELATIVE_TAIL_MAX_WORDS`` words:
    "Actions we will take", "Outcomes we want to see"; or nothing after a clause ending in a full
    verb of ``heading_relative_closed``: "Outcomes we want"), or None. Only goal, strategy, measure
    and indicator words, and only a heading without numbering, colon or dash.

    Why: an English heading may name what follows by its noun and a contact clause on it; the
    noun heads the phrase, as in :func:`premodified_heading_role`."""
    if not heading_text or re.search(r"[\d:–—]|\s-\s", heading_text):
        return None
    text = _norm(heading_text)
    first, _sep, rest = text.partition(" ")
    if first in plain_words("heading_determiners") and rest:
        first, _sep, rest = rest.partition(" ")  # "The results we expect": the article before the noun
    role = _index("heading").get(first)
    if role not in _PREMODIFIED_ROLES or not rest:
        return None
    for clause in sorted(plain_words("heading_relative_clauses"), key=len, reverse=True):
        if rest.startswith(clause + " ") and 1 <= len(rest[len(clause):].split()) <= _RELATIVE_TAIL_MAX_WORDS:
            return role
        if rest == clause and clause.split()[-1] in plain_words("heading_relative_closed"):
            return role  # the clause ends in its full verb: "Outcomes we want", "Results we expect"
    return None


# --------------------------------------------------------------------------- heading phrases


def heading_qualifiers() -> dict[str, list[str]]:
    """Heading word → the words that may follow it before what it is for, every language at once
    (the ``heading_qualifiers`` section: "mål" → ["for", "til", "frem mot", …], so "Mål for
    oppvekst" is a goal heading). Only the words listed take a qualifier."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for word, quals in (lexicon_file(lang).get("heading_qualifiers") or {}).items():
            seen = out.setdefault(word, [])
            seen.extend(q for q in quals if q not in seen)
    return out


def continued_markers() -> list[str]:
    """What a repeated heading puts in brackets after a page break ("forts.", "continued"), every
    language at once (the ``continued`` section)."""
    seen: dict[str, None] = {}
    for lang in LANGS:
        for w in lexicon_file(lang).get("continued") or []:
            seen.setdefault(w, None)
    return list(seen)


def glob_pattern(word: str) -> str:
    """A lexicon word with "*" for any letters as a regex: "tiltak*" → every word starting with
    "tiltak", "*mål" → a word ending in "mål" (the match starts at "mål"), plain words whole."""
    core = r"\s+".join(map(re.escape, word.strip("*").split()))
    head = "" if word.startswith("*") else r"\b"
    tail = r"\w*" if word.endswith("*") else r"\b"
    return head + core + tail


def lead_in_words() -> dict[str, list[str]]:
    """role → the words a lead-in uses to announce it (the ``lead_ins`` section), every language
    at once, in the order the roles are written in the lexicon."""
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for role, role_words in (lexicon_file(lang).get("lead_ins") or {}).items():
            seen = out.setdefault(role, [])
            seen.extend(w for w in role_words if w not in seen)
    return out


@cache
def caption_words() -> tuple[str, ...]:
    """The words a numbered caption opens with ("tabel", "table", "figur"), every language at once
    (the ``captions`` list of the lexicon files)."""
    return tuple(dict.fromkeys(w.lower() for lang_words in _by_lang("captions").values() for w in lang_words))


@cache
def _stamp_pattern() -> re.Pattern[str]:
    """A whole line of stamp words, each maybe followed by a date or a version ('v.0.4')."""
    alts = alternation(sorted(plain_words("stamps"), key=len, reverse=True))
    piece = rf"(?:{alts})(?:\s+(?:v\.?\s*)?[\d][\d.:/-]*)*"
    return re.compile(rf"^\W*{piece}(?:\W+{piece})*\W*$", re.IGNORECASE)


def is_stamp(text: str) -> bool:
    """Whether a line is only a stamp on a draft ('UDKAST 11.09.2025 v.2', 'DRAFT'), in any
    language of the lexicon: the title page's largest text then is no title."""
    return bool(_stamp_pattern().match(" ".join(text.split())))
