"""Joining text lines the way a reader does: hyphenation and words broken in narrow cells.

Shared by the PDF reader (lines of paragraphs and table cells) and by extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import plancheck.lang  # noqa: F401  (simplemma then reads its word lists from the user cache)

# "helse- og omsorg", "barne- og ungdom", "short- and long-term": a hyphen that stays
# words that start a new word after a line break even in a narrow cell ("… og NAV")
FUNCTION_WORDS = {
    "og", "i", "på", "for", "til", "med", "av", "eller", "samt", "som", "and", "or", "of", "to",
    "the", "in", "on", "by", "och", "att", "fra", "frå", "om", "ved", "v/", "/", "&", "-", "–",
}
KEEP_HYPHEN_NEXT = {"og", "eller", "and", "or", "och", "samt", "til", "to", "nor", "und"}


#: simplemma dictionaries for each document language (nynorsk falls back to bokmål: its own
#: list is small). Only these are loaded: each dictionary costs about half a second and 30-60 MB.
DICTIONARIES: dict[str, tuple[str, ...]] = {
    "nb": ("nb",), "nn": ("nn", "nb"), "sv": ("sv",), "da": ("da",), "en": ("en",),
}
_language: str | Callable[[], str | None] = "nb"


def use_language(lang: str | Callable[[], str | None] | None) -> None:
    """Join lines with the word list of ``lang`` (one of nb, nn, sv, da, en; anything else
    means nb). Set by extraction, and by the reader once it knows the document's language: the
    reader passes a function, called when a word list is first needed, so that the language is
    decided from the text read so far (the first pages) and nothing is read twice."""
    global _language
    _language = lang if callable(lang) else (lang if lang in DICTIONARIES else "nb")


def current_language() -> str:
    """The language whose word list joins lines (deciding it now if it is still open)."""
    global _language
    if callable(_language):
        found = _language()
        _language = found if found in DICTIONARIES else "nb"
    return _language


def preload(lang: str | None) -> None:
    """Load the word lists joining ``lang`` needs, in this process: a batch's parent does this
    once per language before forking, so its children share them instead of each loading them."""
    import simplemma

    for code in DICTIONARIES.get(lang or "nb", ("nb",)):
        simplemma.is_known("plancheck", lang=code)


def _known_direct(word: str) -> bool:
    """Is ``word`` in simplemma's word list for the document's language?"""
    return _known_in(word.lower(), current_language())


@lru_cache(maxsize=50_000)
def _known_in(word: str, lang: str) -> bool:
    import simplemma

    return simplemma.is_known(word, lang=DICTIONARIES[lang])


def _english_hyphenated(before: str, after: str) -> bool:
    """"short" + "term": two English words whose joining is no word, so the hyphen is part of
    the word ("short-term"). Norwegian compounds hyphenated at a line end are joined instead.
    Only English text is asked (the English list is not loaded for the others)."""
    return current_language() == "en" and _english_hyphenated_words(before, after)


@lru_cache(maxsize=50_000)
def _english_hyphenated_words(before: str, after: str) -> bool:
    import simplemma

    b, a = before.lower(), after.lower()
    if not (b and a):
        return False
    if a in ENGLISH_HYPHEN_HEADS:  # simplemma even lists "shortterm"
        return simplemma.is_known(b, lang="en")
    if simplemma.is_known(b + a, lang="en"):
        return False
    return simplemma.is_known(b, lang="en") and simplemma.is_known(a, lang="en")


# second parts of common English hyphenated modifiers ("short-term", "community-based")
ENGLISH_HYPHEN_HEADS = {
    "term", "based", "scale", "wide", "level", "related", "friendly", "income", "led", "making",
    "efficient", "resilient", "oriented", "specific", "owned", "free", "neutral", "time", "year",
}


def _known(word: str) -> bool:
    """A known word, or a compound of two known words ("folkehelse" + "koordinator")."""
    return _known_compound(word.lower(), current_language())


@lru_cache(maxsize=50_000)
def _known_compound(w: str, lang: str) -> bool:
    from plancheck.lang.nlp import split_compound

    return _known_in(w, lang) or (len(w) > 7 and (len(split_compound(w, lang)) > 1 or _compound_of_compound(w, lang)))


def _compound_of_compound(w: str, lang: str) -> bool:
    """A compound whose modifier is a compound itself, joined by its linking s:
    "samhällsbyggnads" + "förvaltningen", "folkehelses" + "arbeidet". :func:`split_compound`
    splits in two known words only, so a word of three went unrecognised, and a cell line
    ending in such a modifier ("Samhällsbyggnads") was kept apart from the head on the next
    line. Only the linking-s form is asked: a bare modifier that is a word of its own ends
    a word as often as it starts one."""
    from plancheck.lang.nlp import split_compound

    for i in range(len(w) - 3, 4, -1):
        left, right = w[:i], w[i:]
        if left.endswith("s") and _known_in(right, lang) and len(split_compound(left[:-1], lang)) > 1:
            return True
    return False


_NUMBER_PART = r"(?:\d{1,2}|[A-Za-z])"


def _broken_number(out: str, line: str) -> bool:
    """Is ``out`` + ``line`` one outline number a narrow cell broke at a dot ("2.1." +
    "1", "A." + "1", "A.1." + "a", "B.1" + ".a")? Both must be nothing but number parts (figures or one
    letter) and dots, and the number must hold a figure: a lone "2." + "1" or "a." + "b"
    may be a list label and a line of its own."""
    parts = _NUMBER_PART + r"(?:\." + _NUMBER_PART + r")*"
    if re.fullmatch(parts, out) and re.fullmatch(r"\." + parts + r"\.?", line):
        return bool(re.search(r"\d", out + line))  # "B.1" + ".a": broken before the dot
    if not re.fullmatch(parts + r"\.", out):
        return False
    if not re.fullmatch(parts + r"\.?", line):
        return False
    if re.fullmatch(r"\d{1,2}\.", out):
        return False
    return bool(re.search(r"\d", out + line))


def _broken_chain(out: str, lines: list[str], i: int, full_width: list[bool] | None) -> tuple[int, str]:
    """How many lines from ``lines[i]`` on are pieces of a word a narrow cell broke more than
    once, and what goes before them: "Folkehels" / "ekoordin" / "ator" → (2, ""), the whole a
    known word while the first two pieces joined are none (else the pairwise rules decide);
    "Efter" / "beho" / "v" → (2, " "), the pieces after the line before a known word of their
    own, that line's last word one too. The line before and each piece but the last filled
    the cell (``full_width``), each piece but the last is one word. (0, "") when not."""
    if full_width is None or i - 1 >= len(full_width) or not full_width[i - 1] or not out[-1:].isalpha():
        return 0, ""
    last = re.split(r"[\s/]", out)[-1]
    first_piece = re.split(r"[\s/,.;:]", lines[i].strip())[0]  # the word the break opens
    rest = ""
    for k in range(i, len(lines)):
        piece = " ".join(lines[k].split())
        if not piece or not piece[:1].islower():
            return 0, ""
        head = re.split(r"[\s/,.;:]", piece)[0]
        if k > i and (joining_word(head) or head.lower() in FUNCTION_WORDS) and not (
            head == piece and not joining_word(head) and _known_direct(rest + head)
        ):
            # "oppvekst" / "og", "K" / "onsulent" / "for": a word of its own, whatever a compound
            # guess says ("konsulentfor"); the pairwise rules join the pieces before it. Not the
            # last piece of a word the list knows whole ("koordinat" / "or" in a Danish cell: the
            # English "or" is no word there)
            return 0, ""
        rest += head
        if k > i and _known_direct(last + rest):
            return k - i + 1, ""  # "Familie" / "afdeling" / "en": the whole is a word of the list
        if k > i and first_piece.lower() not in FUNCTION_WORDS and _broken_inside(last, rest):
            return k - i + 1, ""  # "Fri" / "villigsentr" / "alen": broken inside "frivillig"
        if k > i and len(rest) > 3 and _known(rest) and _word_before_break(last):
            if _known(last + rest) and _genitive_before_definite(last, rest):
                return k - i + 1, ""  # "Samhälls" / "byggnads" / "förvaltnin" / "gen": a linking s
            if owner_compound(last, rest):
                return k - i + 1, ""  # "Klima" / "koordinat" / "or": an owner's compound
            return k - i + 1, " "
        if k > i and _known(last + rest) and not _known(last + first_piece):
            return k - i + 1, ""
        if head != piece or k >= len(full_width) or not full_width[k]:
            return 0, ""  # the piece goes on past its word ("alen/Virksomhetsl"): the pairwise rules
    return 0, ""


def joining_word(word: str) -> bool:
    """Is ``word`` an "and" or "or" of the document's language (the lexicon's and_words and
    or_words: "og" in Norwegian, where "or" is the end of "koordinat" + "or")?"""
    from plancheck.lang.vocab import plain_words

    lang = current_language()
    return word.lower() in {w.lower() for key in ("and_words", "or_words") for w in plain_words(key, lang)}


def owner_compound(last: str, tail: str) -> bool:
    """Are ``last``, ending a line that filled a narrow cell, and ``tail``, opening the next, one
    owner's title or unit broken at its seam ("Skole" + "chef", "Sundheds" + "chef", "Klima" +
    "koordinator")? In the languages that write compounds solid a role or unit word the lexicon
    gives as a compound's head (``owners.role``/``owners.unit`` "-chef", "-koordinator",
    "-forvaltning") is written together with the noun before it: two known words each, the
    break at the compound's seam, say nothing more. The head bare: after an adjective a head
    in its definite form stands apart ("Tekniska" + "enheten"). Not after a word that is an owner's head
    itself ("Rådgiver" + "skole": a role and its field; a unit before a role is a compound's
    modifier, "Skole" + "chef"), an adjective ("Daglig" + "leder": it
    takes an -e, "daglige"; a participle, "Koordinerende" + "team"), an abbreviation ("IKT") or a function word."""
    from plancheck.lang.nlp import compound_seams

    lang = current_language()
    if not (last.isalpha() and tail.isalpha() and tail.islower() and len(last) >= 3 and not last.isupper()):
        return False
    heads = owner_heads(lang, "role") + owner_heads(lang, "unit")
    if not heads:
        return False
    t, w = tail.lower(), last.lower()
    if t not in heads and not _definite_head_after_noun(last, t, heads, lang):
        return False  # a definite head ("Tekniska" + "enheten") follows its adjective apart
    if any(w.endswith(h) for h in owner_heads(lang, "role")) or w in FUNCTION_WORDS or joining_word(w):
        return False
    from plancheck.lang.vocab import PARTICIPLE_ENDINGS

    if _known_direct(w + "e") or w.endswith(tuple(PARTICIPLE_ENDINGS.get(lang, []))):
        return False  # an adjective: "daglige", "koordinerende"
    return len(w) in compound_seams(w + t, lang)


def _definite_head_after_noun(last: str, tail: str, heads: tuple[str, ...], lang: str) -> bool:
    """Is ``tail`` a head of ``heads`` in its definite form ("senteret" of "senter") after
    ``last``, a capitalised word in its base form ("Familie")? A noun takes no definite noun
    after it in the Nordic languages ("senteret for familiar", never "Familie senteret"); an
    adjective's weak form does ("Tekniska enheten", "Kommunale tenesta"), and its form is no
    base form. Lower case is left alone: in running text a verb takes a definite object."""
    from plancheck.lang.nlp import lemma
    from plancheck.lang.vocab import DEFINITE_ENDINGS

    endings = tuple(DEFINITE_ENDINGS.get(lang, []))
    if not (endings and last[:1].isupper() and tail.endswith(endings)):
        return False
    base = lemma(tail, lang)
    return base != tail and base in heads and lemma(last, lang).lower() == last.lower()


@lru_cache(maxsize=16)
def owner_heads(lang: str, kind: str) -> tuple[str, ...]:
    """The ``kind`` ("role" or "unit") words the lexicon gives for ``lang`` as compound heads
    ("-chef" → "chef"), for the languages that write compounds solid; none for the others."""
    from plancheck.lang.nlp import _COMPOUND_LANGS
    from plancheck.lang.vocab import OWNER_WORDS, words

    if lang not in _COMPOUND_LANGS:
        return ()
    return tuple(sorted({w[1:].lower() for w in words(OWNER_WORDS, kind, lang) if w.startswith("-") and len(w) > 3}))


def _word_before_break(last: str) -> bool:
    """Could ``last``, ending a line that filled a narrow cell, be a word of its own? Not a
    lone capital ("T" + "ildelingskontoret": a name's first letter, left where the line ran out)."""
    return _known(last) and not (len(last) == 1 and last.isupper())


def _broken_inside(last: str, tail: str) -> bool:
    """Do ``last``, ending a line that filled a narrow cell, and ``tail`` opening the next, make
    a compound that splits into two known words only elsewhere than at the break ("Fri" +
    "villigsentralen" is "frivillig" + "sentralen" and nothing else)? Then the break fell inside
    a word: one word. Where some split of it meets the break ("Efter" + "behov", "Kommunal" +
    "sjef", "opp" + "saker" though "opps" + "aker" is one too) the words may be two, and the other
    rules decide; an "og", "for" or
    "til" ending the line or opening the next is a word of its own ("for" + "eldreomsorg",
    "i løpet" + "av …"), and so are two pieces that are words of the list each ("ha" + "trygge",
    though "hat" + "rygge" splits the whole elsewhere)."""
    if not (last.isalpha() and tail.isalpha()) or any(w.lower() in FUNCTION_WORDS or joining_word(w) for w in (last, tail)):
        return False
    from plancheck.lang.nlp import compound_seams

    lang = current_language()
    if _known_direct(last) and _known_direct(tail):
        # "ha" / "trygge": two words of their own, whatever "hat" + "rygge" makes; unless the
        # whole is an owner's title whose seam falls elsewhere ("Fa" + "gleder" is "fag" +
        # "leder": a narrow cell broke the title where the line ran out, not at its seam)
        seams = compound_seams((last + tail).lower(), lang)
        heads = owner_heads(lang, "role") + owner_heads(lang, "unit")
        return bool(seams) and len(last) not in seams and (last + tail).lower()[max(seams):] in heads
    seams = compound_seams(last + tail, lang) or _nested_seams((last + tail).lower(), lang)
    return bool(seams) and len(last) not in seams


def _nested_seams(w: str, lang: str) -> set[int]:
    """The seams of a compound whose modifier is a compound itself, joined by its linking s
    (:func:`_compound_of_compound`): where the head starts and where the modifier's own parts
    meet ("samhällsbyggnadsförvaltningen" → {8, 16}: "samhälls" + "byggnads" + "förvaltningen").
    Two known words apart make no seam of their own there (:func:`compound_seams` asks that), so
    without these a break inside such a word's first part ("Sam" + "hällsbyggnadsförvaltningen",
    the tail a compound of "häll" too) showed no seam to fall beside."""
    from plancheck.lang.nlp import compound_seams, split_compound

    out: set[int] = set()
    for i in range(len(w) - 3, 4, -1):
        left, right = w[:i], w[i:]
        if left.endswith("s") and _known_in(right, lang) and len(split_compound(left[:-1], lang)) > 1:
            out |= {i, *compound_seams(left[:-1], lang)}
    return out


def _genitive_before_definite(last: str, tail: str) -> bool:
    """Is ``last`` a word with a final s ("Arbetsmarknads", "Omsorgs") and ``tail`` a noun in its
    definite form ("enheten", "tjenesten")? In the Nordic languages a noun after a genitive s
    takes no definite ending ("arbetsmarknadens enhet", never "arbetsmarknads enheten"), so the
    two are one compound joined by its linking s, broken at the seam by a narrow cell."""
    from plancheck.lang.nlp import lemma
    from plancheck.lang.vocab import DEFINITE_ENDINGS

    lang = current_language() or ""
    endings = tuple(DEFINITE_ENDINGS.get(lang, []))
    if not (endings and len(last) > 3 and last.isalpha() and last.endswith("s") and _known_direct(last[:-1])):
        return False
    if not (tail.isalpha() and tail.islower() and len(tail) > 4 and tail.endswith(endings)):
        return False
    # the ending is an inflection ("enheten" of "enhet"), not the end of the word ("enhet"); the
    # noun may be a compound itself ("byggnadsförvaltningen" of "byggnadsförvaltning")
    base = lemma(tail, lang)
    return base != tail and tail.startswith(base[:-1]) and _known(base)


def _short_piece(tail: str, joined: str) -> bool:
    """Is ``tail``, at most three letters after a line that filled a narrow cell, the end of the
    word broken there ("kontor" + "et")? Not when it is a word of its own and the two joined
    are none ("the" + "end", "Chef" + "för")."""
    return len(tail) <= 3 and (_known(joined) or not _known_direct(tail))


def _broken_abbreviation(out: str, first_word: str, full_width: list[bool] | None, i: int) -> bool:
    """Is ``first_word``, in capitals after a line that filled a narrow cell and ended in
    capitals, the rest of that abbreviation ("tildelingskontoret/NA" + "V", "P" + "PT")? A lone
    capital on either side always is; longer pieces only when the whole is a word of the list
    ("NAV")."""
    if full_width is None or i - 1 >= len(full_width) or not full_width[i - 1]:
        return False
    last = re.split(r"[\s/]", out)[-1]
    tail = re.split(r"[/,.;:]", first_word)[0]
    if not (last.isalpha() and last.isupper() and tail.isalpha() and tail.isupper()):
        return False
    # (a lone capital left where the line ran out is no word of its own: "P" + "PT")
    return len(tail) == 1 or len(last) == 1 or _known_direct(last + tail)


@dataclass(frozen=True)
class JoinSettings:
    """How lines of one text are joined."""

    phrase_part: int = 3  # at most these letters in the last word of a hyphened phrase ("to", "of", "and")


def _hyphened_phrase(before: str, settings: JoinSettings = JoinSettings()) -> bool:
    """Is ``before`` (the text before a line-end hyphen) a phrase joined by hyphens whose last
    part is a short word ("up-to", "state-of", "face-to"): the hyphen at the line's end joins it
    on ("up-to-" + "date" → "up-to-date"), as inside the line; a long last part ("e-helse-" +
    "løsninger") is a word broken in the middle."""
    parts = before.split("-")
    return len(parts) >= 2 and all(p.isalpha() for p in parts) and len(parts[-1]) <= settings.phrase_part


def join_lines(lines: list[str], full_width: list[bool] | None = None, solid: frozenset[str] = frozenset()) -> str:
    """Join lines into one text.

    - ``"kommu-" + "nen"`` → ``"kommunen"`` (line-end hyphenation);
    - ``"helse-" + "og omsorg"`` → ``"helse- og omsorg"`` (a real hyphen);
    - ``"Tildelingskontor" + "et"`` → ``"Tildelingskontoret"`` when the first line filled a
      narrow cell (``full_width``) and the next starts in lower case;
    - ``"2.1." + "1"`` → ``"2.1.1"``, ``"A." + "1."`` → ``"A.1."``: an outline number alone,
      broken by a narrow cell; ``"Nr" + "."`` → ``"Nr."``;
    - ``"2025–" + "2027"`` → ``"2025–2027"`` (a span of years), and ``"31.12.202" + "6"`` →
      ``"31.12.2026"`` when the first line filled a narrow cell;
    - ``"bygg/Kom" + "munalsjef"`` → ``"bygg/Kommunalsjef"`` when the first line filled a narrow
      cell and the next piece is no word of its own. Geometry alone never joins: a cell's padding
      is only estimated (see ``layout.tables.split_at_edge``), so the words decide;
    - ``"…/Kommunal" + "sjef"`` → ``"…/Kommunalsjef"`` when the first line filled a narrow cell
      and the joined word is in ``solid``, the words (lower case) the cell's column prints whole
      elsewhere: both pieces are words, but the writer spells the whole solid.
    """
    out = ""
    skip: set[int] = set()
    for i, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not line or i in skip:
            continue
        if not out:
            out = line
            continue
        chained, sep = _broken_chain(out, lines, i, full_width)
        if chained:
            out += sep + "".join(" ".join(lines[k].split()) for k in range(i, i + chained))
            skip.update(range(i, i + chained))
            continue
        first_word = line.split(" ", 1)[0]
        if (
            out.endswith("-")
            and re.search(r"(?:^|\s)[A-ZÆØÅÄÖ][A-Za-zÆØÅÄÖæøåäö]*\d+-$", out)
            and first_word[:1].islower()
            and first_word.lower().strip(",.;") not in KEEP_HYPHEN_NEXT
        ):
            out += line  # "CO2-" + "avgift": the hyphen after a formula or code stays, as after "SFO-"
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            if first_word.lower().strip(",.;") in KEEP_HYPHEN_NEXT or not first_word[:1].isalpha():
                out += " " + line
            elif first_word[:1].islower() and out[-2].isupper():
                out += line  # "SFO-" + "leiar": the hyphen after an abbreviation stays
            elif first_word[:1].islower():
                before = re.split(r"[\s/]", out[:-1])[-1]
                after = re.split(r"[\s/,.;:]", first_word)[0]
                if _english_hyphenated(before, after) or _hyphened_phrase(before):
                    out += line  # "Short-" + "term": a hyphenated word, not a broken one
                else:
                    out = out[:-1] + line
            else:
                out += line  # "Nord-" + "Norge" keeps its hyphen
            continue
        if _broken_number(out, line):
            out += line  # "2.1." + "1", "A." + "1": a measure number alone in a narrow cell, broken
            continue
        if re.fullmatch(r"[.,;:)\]]+", line):
            out += line  # "Nr" + ".": a lone stop never starts a word
            continue
        if re.search(r"\d[–/-]$", out) and line[:1].isdigit():
            out += line  # "2025–" + "2027": a span of years broken after its dash
            continue
        if (
            full_width is not None
            and i - 1 < len(full_width)
            and full_width[i - 1]
            and out[-1:].isdigit()
            and line[:1].isdigit()
            and len(re.search(r"\d+$", out).group()) + len(re.match(r"\d+", line).group()) <= 4  # one year at most
        ):
            out += line  # "2024/2025/2" + "026": a number broken by a narrow cell's edge
            continue
        broken = (
            full_width is not None
            and i - 1 < len(full_width)
            and full_width[i - 1]
            and first_word[:1].islower()
            and out[-1:].isalpha()
        )
        if broken:
            last = re.split(r"[\s/]", out)[-1]  # "NAV/Frivilligsentr" + "alen": the word after the slash
            tail = re.split(r"[/,.;:]", first_word)[0]  # "n/Rektorane": the broken word ends at the slash
            joined = last + tail
            if joined.lower() in solid:
                out += line  # the column prints the word whole elsewhere: the writer spells it solid
                continue
            if _known_direct(joined) or (_known(joined) and not _known_direct(last)):
                out += line
                continue
            if _known(joined) and not _known(tail) and len(tail) > 3:
                out += line  # "Ti" + "ldelingskontoret": the tail is no word, the whole is
                continue
            if _broken_inside(last, tail):
                out += line  # "Til" + "delingskontoret": the break falls inside a word of the compound
                continue
            if owner_compound(last, tail):
                out += line  # "Skole" + "chef": an owner's title written solid, broken at its seam
                continue
            if _known(joined) and (
                _genitive_before_definite(last, tail)
                or (tail[:1] == "s" and _genitive_before_definite(last + "s", tail[1:]))
            ):
                # "Arbetsmarknads" + "enheten", or "Arbetsmarknad" + "senheten" (the break fell
                # before the linking s): a linking s before a definite head
                out += line
                continue
            if tail.lower() in FUNCTION_WORDS:
                out += " " + line
                continue
            if not (_known(tail) and len(tail) > 3) and (not _word_before_break(last) or _short_piece(tail, joined)):
                out += line
                continue
        if _broken_abbreviation(out, first_word, full_width, i):
            out += line  # "NA" + "V": an abbreviation broken by a narrow cell's edge
            continue
        out += " " + line
    return out


def join_over_break(before: str, after: str) -> str:
    """The text of a cell that a column or page break cut, ``before`` (its lines already joined)
    and ``after`` (the part going on at the head of the next column or page), the last line
    above the break taken to have filled the cell. A word the narrow cell broke more than once,
    across the break, was joined by its first pieces alone, which make no word ("Folkehel" /
    "sekoordi" read "Folkehel sekoordi"): when the last two words of ``before`` and the first of
    ``after`` are the pieces of one word the word lists know whole (:func:`_broken_chain`, the
    pieces as a cell's lines that filled it), they are joined as one; else the two parts join
    as two lines."""
    head, _, last = before.rpartition(" ")
    if (
        head and last.isalpha() and last[:1].islower() and head[-1:].isalpha() and after[:1].islower()
        and last.lower() not in FUNCTION_WORDS and not joining_word(last)
    ):
        # (only pieces that make one word with the word before them: a word of its own after
        # the last space, "ressursgruppe for" / "familiar", was no piece of a broken word)
        chained, sep = _broken_chain(head, [head, last, after], 1, [True, True, False])
        if chained == 2 and not sep:
            return head + last + " ".join(after.split())
    return join_lines([before, after], full_width=[True, False])


LABEL = re.compile(
    r"^\s*(?:[•●▪■◦○‣∙·\-–—*\uf0b7\uf0a7]\s*|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+|\(?[a-zæøå][.)]\s+)",
    re.IGNORECASE,
)


def strip_label(text: str) -> tuple[str | None, str]:
    """Split a leading number or bullet from text: ``"2. Alle barn"`` → ``("2", "Alle barn")``."""
    m = LABEL.match(text)
    if not m:
        return None, text.strip()
    label = m.group(0).strip().rstrip(".)").lstrip("(")
    rest = text[m.end():].strip()
    if not rest:
        return None, text.strip()
    return (label or None), rest


_PUNCTUATION = re.compile(r"[^\w\s]")


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Lower case, single spaces, no punctuation: for comparing texts.

    Cached per text (a pure function of it): extraction compares the same passages and cells
    again and again (~94,000 calls for ~6,700 texts over the 23 real plans)."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())
