"""What a heading or a label says a block is: a goal, a strategy, a measure …

Headings such as "Mål", "Våre mål", "Strategier – slik gjør vi det", "Hovudmål",
"Tiltak", "Goals" announce the role of the list under them; labels such as
"Hovedmål:", "Delmål 3.4", "Goal 1:", "Objective 1.1", "Action 2.3.1" announce the role of the
text after them. Both are matched here, in bokmål, nynorsk, Swedish, Danish and English.

The heading words are not written here: the patterns are compiled once from the lexicon
(``plancheck/lang/data/<lang>.yaml``: ``headings`` per role, ``heading_qualifiers`` for "Mål for
…"/"Mål frem mot …", ``continued`` for "(forts.)"), the same list :mod:`plancheck.lang.vocab`
reads. What stays in code is the form of a heading: the separators and how long it may go on.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from plancheck.extract.statements import ACTION_VERBS
from plancheck.extract.timeheadings import time_qualified_heading
from plancheck.lang.vocab import alternation, link_words, plain_words
from plancheck.layout.blocks import ITEM_CODE
from plancheck.regexcache import longest_first

# The order in which a heading's roles are tried: a more specific phrase before the general one
# ("mål for indsatsen" is a sub-goal heading before "mål" + qualifier makes it a goal heading).
_HEADING_ORDER = ("vision", "main_goal", "sub_goal", "goal", "challenge", "strategy", "measure", "indicator", "mandate")
# after the role phrase, a heading may go on after a separator for a short while:
# "Strategier – slik gjør vi det", "Mål: Trygge boliger", "Tiltak / aktiviteter"
_ROLE_HEADING_TAIL = 60  # a role heading may go on after a colon or dash for this many characters
_HEADING_TAIL = rf"\b\s*([:–\-—,/]\s*.{{0,{_ROLE_HEADING_TAIL}}})?$"
_QUALIFIED_REST = r" .{2,60}"  # "Mål for <what>": what the role is for, two to sixty characters
# the year a goal heading looks to, written bare after its word ("Målbild 2045", "Mål 2030",
# "Målbilde 2027–2030"): the horizon of the goals under it, as "Mål for 2045" says it
_HORIZON = r"(?:\s+(?:19|20)\d{2}(?:\s*[–-]\s*(?:(?:19|20)\d{2}|\d{2}))?)"


def _phrase(words: str) -> str:
    return r"\s+".join(map(re.escape, words.split()))


@cache
def _heading_matchers() -> dict[str, re.Pattern[str]]:
    """role → one pattern for a whole heading, compiled once from the lexicon's ``headings`` (every
    language at once, as a plan in bokmål still has the odd English heading) and
    ``heading_qualifiers`` ("Mål for oppvekst": a listed word, one of its qualifiers, and what
    it is for)."""
    from plancheck.lang.vocab import HEADING_WORDS, heading_qualifiers, words

    qualifiers = heading_qualifiers()
    out: dict[str, re.Pattern[str]] = {}
    for role in _HEADING_ORDER:
        phrases = sorted(words(HEADING_WORDS, role), key=len, reverse=True)
        horizon = f"{_HORIZON}?" if role == "goal" else ""
        alts = [_phrase(p) + horizon for p in phrases]
        for p in phrases:
            if qualifiers.get(p):
                quals = "|".join(_phrase(q) for q in sorted(qualifiers[p], key=len, reverse=True))
                alts.append(rf"{_phrase(p)} (?:{quals}){_QUALIFIED_REST}")
        if alts:
            out[role] = re.compile(rf"^\s*({'|'.join(alts)}){_HEADING_TAIL}", re.IGNORECASE)
    return out


@cache
def _continued() -> re.Pattern[str]:
    """"(forts.)", "(continued)" at the end of a heading repeated after a page break."""
    from plancheck.lang.vocab import continued_markers

    markers = "|".join(_phrase(w) for w in sorted(continued_markers(), key=len, reverse=True))
    return re.compile(rf"\s*\((?:{markers})\)\s*$", re.IGNORECASE)


# labels at the start of a text: "Hovedmål:", "Delmål 3.4:", "Goal 1:", "Objective 1.1", "Action 2.3.1",
# and outline codes with the word in parentheses: "G1 (Goal) …", "D3 (Deliverable) …". The label
# words are the ``labels`` section of the lexicon (plancheck/lang/data/*.yaml).
def _label_words() -> str:
    from plancheck.lang.vocab import label_compound_heads, label_index

    exact = [r"\s+".join(map(re.escape, w.split())) for w in sorted(label_index(), key=len, reverse=True)]
    # a compound of a "*" label word ("Periodemål:"); checked against the exceptions when matched
    compounds = [rf"[^\W\d_]{{3,}}?{re.escape(h)}" for h in sorted(label_compound_heads(), key=len, reverse=True)]
    return "|".join(exact + compounds)


def _possessive_words() -> str:
    from plancheck.lang.vocab import possessives

    return "|".join(map(re.escape, sorted(possessives(), key=len, reverse=True)))


def _pre_words() -> str:
    """What may stand before a label word: a possessive ("Vårt mål:") or a word of scope
    ("Lokalt mål 1:", see :func:`plancheck.lang.vocab.label_scopes`)."""
    from plancheck.lang.vocab import label_scopes, possessives

    words = sorted({*possessives(), *label_scopes()}, key=longest_first)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


CODE = ITEM_CODE  # "2", "1.2.3", "H-2.1", "LU-3.4", "G1", "S1.2"
# a code of capitals and a number alone ("EH2", "K-4", "A1.2", "O1") as a whole text: a goal's
# code, not its words (a goal read as its code alone; a chip of a goal's card, extract/cardcodes.py)
BARE_CODE = re.compile(r"^[A-ZÆØÅÄÖ]{1,4}-?(?P<num>\d{1,2}(?:\.\d{1,2})*)$")
# a Roman numeral as a label's number ("Mål IV: …", "Goal II Reduce …"): capitals only, before a
# separator or a capitalised word, so that "Mål i planen" is no label
_ROMAN_NUM = r"(?-i:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?=\s*[:.–—-]?\s+[A-ZÆØÅÄÖ]))"
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10}


def roman_value(token: str) -> int | None:
    """The value of a Roman numeral in capitals ("IV" → 4) up to 39, None for anything else."""
    if not re.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", token or "") or not token:
        return None
    total = 0
    for i, ch in enumerate(token):
        v = _ROMAN_VALUE[ch]
        total += -v if i + 1 < len(token) and _ROMAN_VALUE[token[i + 1]] > v else v
    return total


_ROMAN_LIST = re.compile(r"^\s*(?:(?P<word>[^\W\d_]+)\s+)?(?P<nums>[IVX]{1,6}(?:\s*(?:,|/|&|\s[^\W\d_]{2,4}\s)\s*[IVX]{1,6})*)\s*\.?\s*$")


def arabic_goal_numbers(text: str) -> str:
    """A goal-number cell written in Roman numerals ("I, III", "Mål II") with its numbers in
    digits ("1, 3", "Mål 2"), so that it names goals as a cell in digits does; other text as it
    is."""
    m = _ROMAN_LIST.match(text or "")
    if m is None:
        return text
    nums = m.group("nums")
    out = re.sub(r"[IVX]+", lambda t: str(roman_value(t.group(0)) or t.group(0)), nums)
    if re.search(r"[IVX]", out):
        return text
    return text[: m.start("nums")] + out + text[m.end("nums") :]


_WORDS = _label_words()
_POSS = _possessive_words()
_PRE = _pre_words()
# a possessive or a word of scope before the word ("Vårt mål:", "Lokalt mål 1:"), a possessive after
# it ("Hovudmålet vårt:"), only with a colon after it;
# the text may follow a colon with no space ("Objective 4.1:To reduce …"), but not a digit ("Mål 2:3")
_LABEL = re.compile(
    rf"^\s*(?:(?P<pre>{_PRE})\s+(?={_WORDS}\b[^:]{{0,3}}:))?(?P<word>{_WORDS})(?:\s+(?P<post>{_POSS})(?=\s*:))?"
    rf"\s*#?(?P<num>{CODE}\b|[A-Z](?=\s*[:(])|(?-i:[A-ZÆØÅÄÖ])(?=\s+[–—]\s)|{_ROMAN_NUM})?\.?(?:\s*(?P<tag>\([A-Za-z]{{1,4}}\)))?\s*(?:::|[:–—-])?(?:\s+|(?<=:)(?=[^\W\d_]))(?P<rest>.+)$",
    re.IGNORECASE,
)
_CODE_LABEL = re.compile(
    r"^\s*(?P<num>[A-ZÆØÅÄÖ]{1,3}\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s*"
    rf"\(\s*(?P<word>{_WORDS})\s*\)\s*[:–—-]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _label_index() -> dict[str, str]:
    from plancheck.lang.vocab import label_index

    return label_index()


def _label_role_of(word: str) -> str:
    from plancheck.lang.vocab import compound_label_role

    key = " ".join(word.lower().split())
    return _label_index().get(key) or compound_label_role(key) or ""


def _known_label(word: str, marked: bool) -> bool:
    """A label word of the lexicon, or a compound of a "*" label word set off by a colon
    ("Innsatsmål: …"; "Bærekraftsmål 3" is a reference, not a label)."""
    from plancheck.lang.vocab import compound_label_role

    key = " ".join(word.lower().split())
    return key in _label_index() or (marked and compound_label_role(key) is not None)


@cache
def _caption() -> re.Pattern[str]:
    """A numbered caption's opening ("Tabel 3.", "Table 2 –", "Figur 1:"): the words are the
    lexicon's ``captions``."""
    from plancheck.lang.vocab import caption_words

    alts = "|".join(_phrase(w) for w in sorted(caption_words(), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{alts})\s+\d{{1,2}}(?:\.\d{{1,2}})?\s*[.:–—-]\s+(?=\S)", re.IGNORECASE)


_LABELLED_SENTENCE_MIN_WORDS = 3  # "Nämndmål 4: Bygglov ska beslutas …": a statement, no name


def _labelled_sentence(rest: str) -> bool:
    """Whether what follows a numbered compound label and its colon is a sentence: at least
    ``_LABELLED_SENTENCE_MIN_WORDS`` words ending in a full stop. Why: a plan numbers its own
    coined goal level ("Nämndmål 4: Bygglov ska beslutas inom fem veckor.", "Planmål 2: …") as
    it numbers "Mål 2:", while a numbered compound before a name ("Miljömål 3: Frisk luft",
    "Bærekraftsmål 11: Bærekraftige byer") refers to a goal of someone else's list."""
    rest = " ".join(rest.split())
    return rest.endswith(".") and len(rest.split()) >= _LABELLED_SENTENCE_MIN_WORDS


_REFERENCE_VERB_MAX_WORDS = 6  # "Mål 2.2 om rekruttering i kommunen følges opp …": the verb comes early


@cache
def _goal_reference_verb() -> re.Pattern[str]:
    """The lexicon's ``goal_reference_verbs`` of every language ("følges opp", "behandlas", "is
    covered"), as whole words."""
    from plancheck.lang.vocab import plain_words, words_pattern

    return words_pattern(plain_words("goal_reference_verbs"))


def _refers_to_goal(rest: str) -> bool:
    """Whether what follows a label word and its number, with nothing between them (no colon, no
    dash), goes on in lower case to a verb about the goal within ``_REFERENCE_VERB_MAX_WORDS``
    words ("om rekruttering følges opp i …", "is covered in chapter 4", "behandlas i kapitel 5").
    Why: a sentence in running text that names a goal by its number and says where it is dealt
    with refers to the goal; a label opens the goal's own text, capitalised ("Mål 2.2 Alle skal
    …") or after a colon."""
    words = rest.split()
    if not words or not words[0][:1].islower():
        return False
    return _goal_reference_verb().search(" ".join(words[: _REFERENCE_VERB_MAX_WORDS + 2])) is not None


# a disclosure or navigation glyph opening a line (arrows U+2190–21FF, U+2794–27BF, technical
# symbols U+2300–23FF such as "⌄", geometric shapes U+25A0–25FF such as "▼" "▸", plus and minus
# signs, guillemets) set before a label, apart from it
_DISCLOSURE = re.compile(r"^\s*[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2794-\u27bf+\u2212›»]\s+(?=\w)")


def _match_label(text: str) -> tuple[str, str | None, bool, str, str] | None:
    """(label word, number or code, whether a colon or a code marks it, rest, what stands
    between the word and the rest) of a label at the start of ``text``.

    A numbered caption before a numbered label ("Tabel 3. Mål 3: …", "Table 2 – Goal 2: …")
    is the label's: a table captioned with a goal holds that goal's items, and the caption
    names the goal. A disclosure glyph before the label (an accordion's "▼", "⌄", "▸" or "+",
    an arrow) is no part of it."""
    glyph = _DISCLOSURE.match(text)
    if glyph:
        return _match_label(text[glyph.end() :])
    cap = _caption().match(text)
    if cap:
        found = _match_label(text[cap.end() :])
        if found and found[1]:
            return found
    m = _CODE_LABEL.match(text)
    if m and _known_label(m.group("word"), True):
        return m.group("word").lower(), m.group("num"), True, m.group("rest").strip(), ""
    m = _LABEL.match(text)
    if m:
        sep = text[m.end("word") : m.start("rest")]
        rest = m.group("rest").strip()
        marked = ":" in sep and (not m.group("num") or _labelled_sentence(rest))
        if not _known_label(m.group("word"), marked):
            return None
        num = m.group("num")
        if num and not re.search(r"[:–—.-]", sep.replace(num, "", 1)) and _refers_to_goal(rest):
            return None  # "Mål 2.2 om rekruttering følges opp i …": the goal named, not labelled
        rest = without_translated_label(rest, num)
        if num and (value := roman_value(num)) is not None:
            num = str(value)  # "Mål IV" is goal 4
        return m.group("word").lower(), num, ":" in sep, rest, sep
    return None


def band_number(text: str) -> str | None:
    """The number of a band (focus area, priority, satsingsområde) a text opens with by its
    label and number ("Priority 2 – A thriving local economy", "Satsingsområde 1 Oppvekst",
    "Fokusområde 3:", a cell "Priority 2"), lower-cased; None for any other text. The label
    words are the lexicon's ``labels: focus_area``. Why: a child's table cites the band of the
    parent goals its row serves by the band's number alone ("Council Plan priority: Priority 2"),
    and the parent prints that number before the band's name."""
    t = " ".join((text or "").split())
    bare = _BARE_BAND.match(t)
    if bare is not None:  # the label and its number alone ("Priority 2", "Fokusområde 3:")
        word, num = bare.group("word"), bare.group("num")
    else:
        found = _match_label(t)
        if found is None or not found[1]:
            return None
        word, num = found[0], found[1]
    return num.lower() if _label_role_of(word) == "focus_area" else None


# a label word (or two) and its number, nothing after: "Priority 2", "Fokusområde 3:"
_BARE_BAND = re.compile(r"^(?P<word>[^\W\d_]{3,30}(?:\s+[^\W\d_]{2,20})?)\s+#?(?P<num>\d{1,2}|[A-Za-z])\.?\s*:?$")


def without_translated_label(rest: str, num: str | None) -> str:
    """``rest`` without the label said again in a second language after a slash, with the same
    number ("Mål 1 / Tavoite 1", "Objective 2 / Amcan 2: …"): a bilingual plan prints its labels
    in both languages; the second is the first one's translation, no text of the item. Why: read
    as the rest it becomes the goal's text ("/ Tavoite 1") and the sentence under the label is
    lost. Form only (a slash, one or two words, the same number), so any pair of languages."""
    if not num:
        return rest
    m = _TRANSLATED_LABEL.match(rest)
    if m is None or m.group("num").lower() != num.lower():
        return rest
    return m.group("rest").strip()


# "/ Tavoite 1", "/ Amcan 2:": a slash, a word or two and a number, perhaps the item's text after
_TRANSLATED_LABEL = re.compile(
    r"^/\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+#?(?P<num>[\w.]{1,8}?)\.?(?![\w.])\s*[:–—-]?\s*(?P<rest>.*)$",
    re.DOTALL,
)


FOCUS_SENTENCE_MIN_WORDS = 5  # "Priority 7 Recycle 60 percent of household waste by 2030."
# a word (or two) and a number opening a line: "Priority 7", "Satsingsområde 3", "Focus area 1"
_FOCUS_NUMBERED = re.compile(
    r"^\s*(?P<word>[^\W\d_]{3,30}(?:\s+[^\W\d_]{2,20})?)\s+(?P<num>\d{1,2})(?![\d.,])\s*[:.–—-]?\s+(?P<rest>\S.*)$"
)
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÆØÅÄÖ0-9])")


def states_one_sentence(rest: str, min_words: int = FOCUS_SENTENCE_MIN_WORDS) -> bool:
    """Whether ``rest`` is one whole sentence of ``min_words`` words or more, opening in upper
    case and ending in a full stop. Why: a focus area or priority is named by a noun phrase
    ("Priority 1: Tackling climate change", "Satsingsområde 2 Oppvekst"), an aim is stated as a
    sentence; a line running on after a number ("Priority 12 of 20 projects …") states none."""
    rest = " ".join(rest.split())
    return (
        rest[:1].isupper()
        and rest.endswith(".")
        and len(rest.split()) >= min_words
        and not _INNER_SENTENCE_END.search(rest[:-1])
    )


@cache
def _aim_modal() -> re.Pattern[str]:
    """A modal of the lexicon's ``evidence.modal`` after a space and before a word (" skal vælge"),
    every language, compiled once: :func:`aim_statement` asks per heading."""
    from plancheck.lang.vocab import evidence_words

    return re.compile(rf"\s(?:{alternation(evidence_words('modal'))})\s+[^\W\d_]", re.IGNORECASE)


def aim_statement(rest: str, min_words: int = FOCUS_SENTENCE_MIN_WORDS) -> bool:
    """Whether ``rest`` states an aim as a clause, with or without a full stop: it opens in
    upper case, has ``min_words`` words or more, asks nothing, and a subject comes before a
    modal of the lexicon's ``evidence.modal`` and its verb ("Flere borgere skal vælge cyklen
    …", "Alle barn skal ha …"). Why: the tail of a role heading ("Mål: Hva vil vi oppnå?",
    "Goals: Climate and energy") is a question or a noun phrase, a goal is a clause."""
    rest = " ".join(rest.split())
    return (
        rest[:1].isupper()
        and not rest.endswith("?")
        and len(rest.split()) >= min_words
        and _aim_modal().search(rest) is not None
    )


def action_phrase(rest: str, min_words: int = FOCUS_SENTENCE_MIN_WORDS) -> bool:
    """Whether ``rest`` is a verb phrase that opens with an action verb of the lexicon
    (``evidence.action_verbs``, every language: "Reduce the number of people sleeping rough",
    "Øke andelen …"), in upper case, of ``min_words`` words or more, asking nothing. After a
    goal label and its colon that is the labelled goal, as an aim clause is
    (:func:`aim_statement`): the tail of a role heading is a noun phrase or a question
    ("Goals: Climate and energy", "Mål: Hva vil vi oppnå?"), never a verb phrase."""
    rest = " ".join(rest.split())
    words = rest.split()
    return (
        rest[:1].isupper() and not rest.endswith("?") and len(words) >= min_words
        and words[0].lower().strip(",;:") in ACTION_VERBS
    )


def focus_sentence(text: str) -> tuple[str, str] | None:
    """(number, sentence) of a numbered focus-area label standing before a whole sentence
    ("Priority 7 Every child can walk or cycle safely to school.",
    "Satsingsområde 1: Alle barn skal ha ein trygg oppvekst."), with or without a colon; None
    for any other text. The label words are the lexicon's ``headings: focus_area``.

    Why: a plan that numbers its aims as priorities states each as a sentence, and that
    sentence is the plan's goal, numbered as the priority is; the measures in the table under
    "Priority 7 …" serve it. A focus area named by a phrase stays a name
    (:func:`states_one_sentence`)."""
    from plancheck.lang.vocab import heading_role as lexicon_role

    m = _FOCUS_NUMBERED.match(" ".join(text.split()))
    if m is None or lexicon_role(m.group("word")) != "focus_area":
        return None
    rest = m.group("rest").strip()
    if _continued().search(rest) or not states_one_sentence(rest):
        return None
    return m.group("num"), rest


def continued_band(text: str) -> str | None:
    """What a band or title continued after a page break says without its marker ("Priority 7
    (continued)" → "Priority 7", "Mål 3 (forts.)" → "Mål 3"); None when ``text`` has no such
    marker (the lexicon's ``continued``)."""
    t = " ".join(text.split())
    stripped = _continued().sub("", t)
    return stripped.strip(" :–—-") if stripped != t and stripped.strip(" :–—-") else None


@cache
def _focus_parent() -> re.Pattern[str]:
    """A heading that is a focus-area word, perhaps numbered, perhaps followed by a separator and a
    name ("Satsingsområder", "Satsingsområde 1: Oppvekst", "Indsatsområde 3 – Bolig"): the
    sections under it are focus areas. The words are the lexicon's ``headings: focus_area``; a
    sentence that merely starts with one ("Priorities should include:") is not such a heading."""
    from plancheck.lang.vocab import HEADING_WORDS, words

    alts = "|".join(_phrase(p) for p in sorted(words(HEADING_WORDS, "focus_area"), key=len, reverse=True))
    return re.compile(rf"^({alts})(\s+\d{{1,2}}(\.\d{{1,2}})*)?\s*([:–\-—,/].*)?$", re.IGNORECASE)


# a question in brackets after a heading: a template's prompt to whoever fills it in
_TRAILING_QUESTION = re.compile(r"^(?P<head>\S+(?:\s+\S+){0,3})\s*\([^()]{1,80}\?\s*\)\s*$")
_TRAILING_BRACKET = re.compile(r"^(?P<head>\S+(?:\s+\S+)?)\s*\([^()]{1,40}\)\s*$")


#: a regulation's section sign and number opening a heading ("§ 4", "§ 12 a"): its number
_SECTION_NUMBER = re.compile(r"^§\s*\d{1,3}(?:\s?[a-z])?(?:\.|\s*[:–—-])?\s+(?=\S)")


@cache
def _chapter_number() -> re.Pattern[str]:
    """A division's word of the lexicon (``evidence.chapter_words``: "Section", "Kapittel"), its
    number and a colon or dash opening a heading; compiled once."""
    from plancheck.lang.vocab import evidence_words

    words = evidence_words("chapter_words")
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"^(?:{alternation(words)})\s+(?:\d{{1,2}}|[IVX]{{1,5}})\s*[:–—-]\s+(?=\S)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def heading_role(title: str) -> tuple[str | None, str]:
    """The role a heading announces and the rest of its text (e.g. a goal named in it).

    ``"Mål"`` → ("goal", ""); ``"Strategier – slik gjør vi det"`` → ("strategy", "…");
    ``"Goal 1: Reduce emissions"`` → ("goal", "Reduce emissions").

    Cached per text: a pure function of the text and the lexicon, asked about the same few
    hundred headings some five times each while a plan is extracted (roles, links, run-in
    sections, indicators: ~20,000 calls for ~4,300 texts over the 23 real plans).
    """
    t = " ".join(title.split()).strip(" :")
    t = _continued().sub("", t)
    # a regulation's section number ("§ 4 Mål for …", a plan drafted as a forskrift) or a
    # chapter's label ("Kapittel 3. Tiltak") before the title numbers it, as "4." would
    t = _SECTION_NUMBER.sub("", t)
    # and so does a division's label before a colon or dash ("Part 4: Results wanted",
    # "Part 3 – Actions", the lexicon's ``chapter_words``): a form's or template's sections
    t = _chapter_number().sub("", t)
    # a qualifier in brackets after a role word ("Succeskriterier (2014–2016)", "Mål (2024–2027)")
    # does not change what the heading announces
    whole = t
    t = _TRAILING_QUESTION.sub(r"\g<head>", t)  # a prompt in brackets ('Goals (what do we want?)')
    t = _TRAILING_BRACKET.sub(r"\g<head>", t)
    found = _match_label(t)
    if found is None and (focus := focus_sentence(t)) is not None:
        return "goal", focus[1]  # "Priority 7 <a sentence>": the aim is the goal
    if found and (found[1] or (_label_role_of(found[0]) == "vision" and found[2])):
        # "Goal 1: …", and "Visjon: Sammen skaper vi …" (the text after the colon is the vision)
        if _label_role_of(found[0]) == "focus_area" and found[1] and states_one_sentence(found[3]):
            return "goal", found[3]  # "Satsingsområde 2: <a sentence>": an aim, see focus_sentence
        return _label_role_of(found[0]), found[3]
    if found and re.search(r"[:–—-]", found[4]) and (
        len(found[3]) > _ROLE_HEADING_TAIL or (":" in found[4] and states_one_sentence(found[3]))
    ):
        # "Goal – To provide residents with …": a label and a whole sentence, longer than the
        # tail a role heading has ("Mål – hva vil vi oppnå"): the labelled item itself. A short
        # one counts too when a colon marks the label and the rest is one whole sentence
        # ("Delmål: Flere skal gå til skolen."): a role heading's tail is a phrase, no sentence
        return _label_role_of(found[0]), found[3]
    if found and ":" in found[4] and _label_role_of(found[0]) in ("main_goal", "goal", "sub_goal") and (
        aim_statement(found[3]) or action_phrase(found[3])
    ):
        # "Målsætning: Flere borgere skal vælge cyklen" (no full stop, shorter than a sentence
        # the rule above takes): a goal label and a statement of aim after its colon is the goal,
        # and so is a verb phrase of action ("Objective: Reduce the number of …")
        return _label_role_of(found[0]), found[3]
    # a possessive after the role word ("Måla våre", "Målene våre") announces what the word
    # alone does, as one before it does ("Våre mål", listed)
    bare = re.sub(rf"\s+(?:{_POSS})$", "", t, flags=re.IGNORECASE)
    # and one before it leaves the word its qualifiers ("Våre mål for skuleåret", "Our goals for the
    # year" as "Mål for skuleåret"): the possessive says whose the goals are, not what they are for
    unowned = re.sub(rf"^(?:{_POSS})\s+", "", t, flags=re.IGNORECASE)
    for role, rx in _heading_matchers().items():
        if rx.match(t) or (bare != t and rx.match(bare)) or (unowned != t and rx.match(unowned)):
            return role, ""
    # the plain word lists of every language (plancheck.lang.vocab) for what the patterns miss
    from plancheck.lang.vocab import heading_role as lexicon_role

    role = lexicon_role(t)
    if role in ("vision", "main_goal", "goal", "sub_goal", "challenge", "strategy", "measure", "indicator"):
        return role, ""
    # "Key outcomes", "Key actions": the last word heads the phrase
    from plancheck.lang.vocab import premodified_heading_role

    role = premodified_heading_role(t)
    if role is not None:
        return role, ""
    # "Actions we will take": the noun heads the phrase the clause modifies
    from plancheck.lang.vocab import relative_clause_heading_role

    role = relative_clause_heading_role(t)
    if role is not None:
        return role, ""
    if time_qualified_heading(t, before=False) is not None:
        return "measure", ""  # "Tiltak i 2031": measures due then
    if owner_grouped_heading(t):
        return "measure", ""  # "Tiltak fordelt på ansvarlig enhet": one heading per unit below
    return None, whole


_OWNER_GROUP_TAIL = 60  # characters a heading may go on after its measure word to name the owner column
_OWNER_GROUP_WORDS = 3  # the owner column word closing it: at most this many words ("ansvarleg eining")


@cache
def _measure_opening() -> re.Pattern[str]:
    """A heading opening with a measure heading word of any language ("Tiltak", "Åtgärder",
    "Actions") and going on after it."""
    from plancheck.lang.vocab import HEADING_WORDS, words

    phrases = sorted(words(HEADING_WORDS, "measure"), key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(_phrase(p) for p in phrases)})\s+(?P<rest>.+)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def owner_grouped_heading(title: str) -> bool:
    """Does a heading say that the measures under it are sorted by who carries them out
    ("Tiltak fordelt på ansvarlig enhet", "Åtgärder per ansvarig förvaltning", "Actions by
    lead department")? A measure heading word first, an owner column word of the lexicon
    (``columns.owner``) closing the heading, a short phrase between that is no and-word
    ("Åtgärder och ansvar" heads a table of both, not groups).

    Why: such a plan gives each unit a heading of its own over its measures; the unit's heading
    names no role, and without this neither the measures nor their owner would be read
    (:func:`plancheck.extract.groupowners.group_owners` reads the unit headings below it)."""
    from plancheck.lang.vocab import column_role, column_word_exact

    t = " ".join(title.split()).strip(" :")
    m = _measure_opening().match(t)
    if m is None or len(m.group("rest")) > _OWNER_GROUP_TAIL or re.search(r"[.!?;]|\d", m.group("rest")):
        return False
    rest = m.group("rest").split()
    if rest[0].lower() in {w.lower() for w in plain_words("and_words")}:
        return False
    for n in range(min(_OWNER_GROUP_WORDS, len(rest) - 1), 0, -1):
        tail = " ".join(rest[-n:])
        if column_word_exact(tail) and column_role(tail) == "owner":
            return True
    return False


def _heading_tail_only(text: str, rx: re.Pattern[str]) -> bool:
    """Did ``rx`` match ``text`` only through its optional tail ("Tiltak: …")? Then the text is
    more than the role word."""
    m = rx.match(text)
    return m is not None and bool(m.group(2))


def band_goal(
    role: str | None, number: str | None, text: str, min_words: int, unstopped_min_words: int | None = None
) -> bool:
    """Whether a numbered label of a focus area or a goal ("Priority 7", "Ambition 9",
    "Målområde 3", "Satsingsområde 1") stands over ``text`` that is one whole sentence of at
    least ``min_words`` words ending in a full stop — on the label's line after it or on the
    line under it (a band with the label, the sentence under the band).

    Why: a plan that sets its goals in labelled bands numbers them as priorities, ambitions or
    goal areas and states each as a sentence ("Every child in the borough starts school ready to learn."); a
    focus area the label numbers is named by a noun phrase ("Priority 1: Climate",
    "Satsingsområde 2: Oppvekst"), no sentence. The sentence is the plan's goal. The sentence test
    is :func:`states_one_sentence`, the one :func:`focus_sentence` uses for a label and its
    sentence on one line. With ``unstopped_min_words`` (the label alone on the line above), a
    line of that many words or more without the full stop counts too: a band's sentence set as
    a bold line ("Priority n" / "Increase the share of journeys made by walking …") is often left
    unstopped, and a focus area's name is never that long."""
    if role not in ("focus_area", "goal", "main_goal") or not number:
        return False
    if states_one_sentence(text, min_words):
        return True
    line = " ".join(text.split())
    return (
        unstopped_min_words is not None
        and not line.endswith((".", ":", "?", "!"))
        and states_one_sentence(line + ".", unstopped_min_words)
    )


def label_word(text: str) -> str | None:
    """The label word itself ("strategy", "measure", "action"), lower case, or None."""
    found = _match_label(text)
    return found[0] if found and (found[1] or found[2]) else None


def label_role(text: str) -> tuple[str | None, str | None, str]:
    """A role label at the start of a paragraph or list item: (role, number, rest)."""
    found = _match_label(text)
    if found is None:
        focus = focus_sentence(text)
        if focus is not None:
            return "goal", focus[0], focus[1]  # "Priority 7 <a sentence>": an aim, numbered
        return None, None, text
    word, num, marked, rest, _sep = found
    if not any(ch.isalnum() for ch in rest):
        return None, None, text  # a label alone ("Action Item B ::"): see bare_label
    # "Mål: ..." needs a colon or number to count; "Tiltak – ansvarlig – frist" lines are not labels
    if not num and not marked:
        return None, None, text
    role = _label_role_of(word)
    if role == "focus_area" and num and states_one_sentence(rest):
        return "goal", num, rest  # "Satsingsområde 2: <a sentence>": an aim numbered as a priority
    return role, num, rest


# the lexicon's links.goal_number and and_words: a goal word, a number, then more numbers
# joined by a dash (a range) or by a comma or "and" (a list)
_GOAL_REFS = re.compile(
    rf"\b(?:{alternation(link_words('goal_number'))})s?\s+(\d{{1,2}})"
    rf"((?:\s*(?:-|–|{alternation(plain_words('and_words'))}|,)\s*\d{{1,2}}\b)*)\b",
    re.IGNORECASE,
)
_GOAL_REF_NEXT = re.compile(r"\s*(-|–|[^\W\d]+|,)\s*(\d{1,2})\b")


def goal_numbers(text: str) -> list[str]:
    """Goal numbers a heading names: "Åtgärder, mål 11-12" → ["11", "12"]; "(mål 3)" → ["3"];
    "Mål 1 og 3" → ["1", "3"]: only a dash spans a range, a comma or "and" lists."""
    out: list[str] = []
    for m in _GOAL_REFS.finditer(text):
        numbers = [int(m.group(1))]
        for sep, num in _GOAL_REF_NEXT.findall(m.group(2) or ""):
            last = int(num)
            if sep in "-–" and numbers[-1] < last <= numbers[-1] + 20:
                numbers.extend(range(numbers[-1] + 1, last + 1))
            elif sep not in "-–" and last not in numbers:
                numbers.append(last)
        out.extend(str(n) for n in numbers)
    return out


def is_focus_parent(title: str) -> bool:
    return bool(_focus_parent().match(title.strip()))


# any word with a number, as an outline label: "Policy 4 -", "Strategy 4B:", "Recommendation #2:"
_NUMBERED = re.compile(
    r"^\s*(?P<word>[^\W\d_]{3,20})\s+#?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}[A-Za-z]?)(?![\w.])\s*[:.–—-]?\s*(?P<rest>.*)$"
)
_ABOVE = {"measure": "strategy", "strategy": "goal"}
_BELOW = {"goal": "strategy", "main_goal": "goal", "strategy": "measure"}
_RANK = {"measure": 1, "strategy": 2, "sub_goal": 2.5, "goal": 3, "main_goal": 4}


def numbered_label(text: str) -> tuple[str, str, str] | None:
    """(word, number, rest) of a text that starts with a word and a number, whatever the word."""
    m = _NUMBERED.match(text)
    return (m.group("word").lower(), m.group("num"), m.group("rest").strip()) if m else None


def _extends(child: str, parent: str) -> bool:
    """"1A" and "1.2" extend "1"; "10" does not."""
    return len(child) > len(parent) and child.startswith(parent) and not child[len(parent)].isdigit()


def roles_by_numbering(texts: list[str], min_share: float = 0.6) -> dict[str, str]:
    """Roles of label words from how their numbers nest in reading order with those of words
    the vocabulary knows (for words it does not know, or knows at a level the nesting
    contradicts): "Policy 1" followed by "Strategy 1A", "1B",
    then "Policy 5" by "Strategy 5C" is one level above a strategy (a goal); "Program 1.1"
    after "Goal 1" is one level below a goal (a strategy).

    ``texts`` in reading order. A word counts when two or more of the labels after it nest
    under its last number (or it under theirs), and most of them do (``min_share``)."""
    last: dict[str, str] = {}
    nested: dict[tuple[str, str], int] = {}  # (lower word, upper word) → labels that nest
    seen: dict[tuple[str, str], int] = {}
    for text in texts:
        found = numbered_label(text)
        if not found:
            continue
        word, num = found[0], found[1].lower()
        for other, onum in last.items():
            if other != word:
                seen[word, other] = seen.get((word, other), 0) + 1
                nested[word, other] = nested.get((word, other), 0) + _extends(num, onum)
        last[word] = num

    def nests(lower: str, upper: str) -> bool:
        n = nested.get((lower, upper), 0)
        return n >= 2 and n >= min_share * seen[lower, upper]

    out: dict[str, str] = {}
    for word in last:
        own = _RANK.get(_label_index().get(word, ""))
        for kword in last:
            role = _label_index().get(kword, "")
            if kword == word or role not in _RANK:
                continue
            # the vocabulary's role gives way only where the numbering contradicts it
            if role in _ABOVE and nests(kword, word) and (own is None or own < _RANK[role]):
                out[word] = _ABOVE[role]
            elif role in _BELOW and nests(word, kword) and (own is None or own > _RANK[role]):
                out[word] = _BELOW[role]
    return out


_NUM = r"#?\d{1,2}(?:\.\d{1,2})*[A-Za-z]?"
_REFERENCE_ONLY = re.compile(
    rf"^(?:[^\W\d_]+\s+)?{_NUM}(?:(?:\s*(?:,|;|&|-|–|\b(?:{alternation(plain_words('and_words') + plain_words('or_words'))})\b))+"
    rf"\s*{_NUM})*\s*\.?$",
    re.IGNORECASE,
)


# a label may name whose goal it is by a genitive or a possessive before it ("Nämndens mål 1",
# "Kommunens mål 2", "Vårt mål 3", "The Council's objective 4"): the owner of a goal level,
# not another word of the label
_LABEL_OWNER = r"(?:(?:the\s+)?(?:[^\W\d_][\w-]*?(?:s|'s|’s)|vårt|vår|våre|våra|vores|vort|our|their)\s+)?"
_BARE = re.compile(
    r"^\s*" + _LABEL_OWNER + r"(?P<word>" + _LABEL.pattern.split("(?P<word>", 1)[1].split(")", 1)[0] + r")"
    rf"\s+(?P<num>{CODE}|(?-i:[A-Z]))(?:\s*(?P<tag>\([A-Za-z]{{1,4}}\)))?\s*(?P<sep>::|[:–—-]|(?<=\d)\.)?\s*$",
    re.IGNORECASE,
)


def is_reference_only(text: str) -> bool:
    """Does a label's text only point at other labels ("Policy 1: Strategies 1A, 1B, and 1C.")?
    Then it heads notes about those items, and is no item itself. So does a text that is only
    more labels of the lexicon, each numbered ("Mål 1 Mål 2 Mål 3": a web page's strip of tabs
    or a menu, printed as one line): it names no item of its own."""
    text = text.strip()
    if _REFERENCE_ONLY.match(text):
        return True
    pairs = _LABEL_PAIR.findall(text)
    return bool(pairs) and _LABEL_PAIRS.match(text) is not None and all(_known_label(w, False) for w, _n in pairs)


_LABEL_PAIR = re.compile(rf"([^\W\d_]+)\s+({_NUM})")
_LABEL_PAIRS = re.compile(rf"^(?:[^\W\d_]+\s+{_NUM}\s*[|·•/,]?\s*)+$")


@cache
def _comment_label() -> re.Pattern[str]:
    """The lexicon's ``comment_labels`` (every language) and a colon, perhaps after a bracketed
    tag ("[Flooding]: Comment:")."""
    return re.compile(
        rf"^(?:\[[^\[\]\n]{{1,60}}\]\s*[:.]?\s*)?(?:{alternation(plain_words('comment_labels'))})\s*:", re.IGNORECASE
    )


def comment_on_item(rest: str) -> bool:
    """Does a label's text open with a comment label ("GOAL 3: [Flooding]: Comment: Flood
    storage contemplates …", "Mål 2: Kommentar: …")? Then it is a note on the item of that
    number, printed again in a commentary after the items (a list of best practices citing
    each), and no item itself. Why: the label made it a second goal 3 (session 52)."""
    return ":" in rest and _comment_label().match(rest) is not None


def bare_label(text: str) -> tuple[str, str | None] | None:
    """A numbered label on a line of its own ("Action Item B ::", "Goal 3:"), whose text is
    the next paragraph: (role, number), or None. A bare "Goals:" announces a list instead."""
    m = _BARE.match(text)
    if m is None and "/" in text and (found := _match_label(text)) is not None and found[1] and not found[3]:
        # "Mål 1 / Tavoite 1": the label and its translation (see without_translated_label)
        m = _BARE.match(text[: text.index("/")])
    if m is None:
        return None
    if not _known_label(m.group("word"), False):
        role = _coded_compound(m.group("word"), m.group("num"))
        return (role, m.group("num")) if role else None
    return _label_role_of(m.group("word")), m.group("num")


def _coded_compound(word: str, num: str | None) -> str | None:
    """The role of a compound of a ``*`` label word numbered by a code lettered with its own
    initial ("Virkningsmål V2", "Leveransemål L1.3": the plan codes its own goal levels by
    their names), even when the lexicon lists the compound as a heading word; else None. A
    numbered compound without such a code (a number alone) stays a reference to another list."""
    from plancheck.lang.vocab import (
        _COMPOUND_LABEL_MIN_HEAD,
        _label_compound_exceptions,
        label_compound_heads,
    )

    w = " ".join(word.lower().split())
    m = re.match(r"^([A-ZÆØÅÄÖ]{1,3})\d", num or "")
    if m is None or " " in w or not w.startswith(m.group(1).lower()) or w.endswith(_label_compound_exceptions()):
        return None
    for head, role in sorted(label_compound_heads().items(), key=lambda kv: -len(kv[0])):
        if w.endswith(head) and len(w) - len(head) >= _COMPOUND_LABEL_MIN_HEAD:
            return role
    return None


# a label closing a paragraph after its last sentence: "… kører i bil. Målsætning",
# "… mangler legepladser. Målsætning 3."
_TRAILING_LABEL = re.compile(
    r"^(?P<head>.*[.!?])\s+(?P<tail>(?P<word>[^\W\d][\w-]*)(?:\s+(?P<num>\d{1,2}(?:\.\d{1,2})*))?\.?)$"
)


def trailing_label(text: str) -> tuple[str, str, str, str | None] | None:
    """(the paragraph before it, the label as printed, its role, its number or None) of a label
    word of the lexicon, capitalised, that closes a paragraph after its last sentence, perhaps
    numbered ("… men de fleste kører i bil. Målsætning" → (…, "Målsætning", "goal", None);
    "… mangler legepladser. Målsætning 3." → (…, "Målsætning 3.", "goal", "3")); else None.

    Why: a plan that sets its goals in bold inside running text may start the bold run after a
    sentence of the paragraph; the line breaks after the label, and the reader takes the goal's
    sentence on the next line for a numbered line or a bold heading of its own. The label
    belongs to that line, not to the paragraph."""
    m = _TRAILING_LABEL.match(" ".join((text or "").split()))
    if m is None or not m.group("word")[:1].isupper() or not _known_label(m.group("word"), False):
        return None
    return m.group("head"), m.group("tail"), _label_role_of(m.group("word")), m.group("num")


def label_tag(text: str) -> str | None:
    """A short tag in parentheses after a label's number ("Action Item A (st) ::" → "(st)"):
    what it means, a legend elsewhere in the document says."""
    m = _LABEL.match(text) or _BARE.match(text)
    return m.group("tag") if m and m.group("num") else None


# a goal named by number inside a line: "mål 2", "delmål 4.2", "goal 3", "målsætning 2"
# the lexicon's links.goal_number and goal_number_in_text; links.towards
_GOAL_REF_IN_TEXT = re.compile(
    rf"\b(?:{alternation(link_words('goal_number') + link_words('goal_number_in_text'))})"
    r"\s+(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.]*\d)",
    re.IGNORECASE,
)
_LINK_WORDS = re.compile(rf"\s*(?:\b(?:{alternation(link_words('towards'))})\b|[–—:-])\s*$", re.IGNORECASE)


#: symbols before a line's first word: a toggle's triangle (▸ ▾ ▶ ▼), an arrow, a bullet glyph
_LEAD_GLYPHS = re.compile(r"^[^\w\s(«\"'“‘\[]+\s*")


def goal_reference(text: str) -> tuple[str | None, list[str], bool] | None:
    """A heading or lead-in that names goals by number after other words: (the role of the items
    it introduces, the goal numbers, whether a role word says so).

    "Strategier for mål 2" → ("strategy", ["2"], True); "Tiltak – delmål 4.2" → ("measure",
    ["1.1"], True); "Slik når vi mål 2", "To achieve goal 2 we will:" → ("strategy", ["2"],
    False): the way to a goal (the lexicon's ``goal_means``) is its strategies, unless the chapter
    says otherwise. None when no goal is named, or when the goal label opens the line ("Mål 2: …"
    is the goal itself).
    """
    from plancheck.lang.vocab import GOAL_MEANS, words_pattern

    # (a disclosure triangle or other glyph before the words, "▾ Tiltak for mål 2: …" on a wiki's
    # expand macro, is the page's control, not the heading's first word)
    t = _LEAD_GLYPHS.sub("", " ".join(text.split()).strip())
    refs = list(_GOAL_REF_IN_TEXT.finditer(t))
    if not refs or refs[0].start() == 0:
        return None
    numbers = [m.group(1) for m in refs]
    head = _LINK_WORDS.sub("", t[: refs[0].start()]).strip(" ,:")
    if head:
        role, rest = heading_role(head)
        if role in ("strategy", "measure", "indicator") and not rest:
            return role, numbers, True
    means = words_pattern([w for ws in GOAL_MEANS.values() for w in ws], start=True)
    if means.search(t):
        return "strategy", numbers, False
    return None, numbers, False


@cache
def _pointer() -> re.Pattern[str]:
    from plancheck.lang.vocab import GOAL_MEANS

    means = [w for ws in GOAL_MEANS.values() for w in ws] + link_words("towards")
    lead = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(means), key=longest_first))
    return re.compile(
        rf"^\s*(?:(?:{lead})\s+)?(?:{alternation(link_words('goal_number'))})\s+"
        r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})(?:\s?(?P<letter>[a-z])\)?)?\s*:\s*$",
        re.IGNORECASE,
    )


@cache
def _towards_lead() -> re.Pattern[str]:
    """A word leading towards a goal (the lexicon's ``goal_means`` and ``towards``) opening a line."""
    from plancheck.lang.vocab import GOAL_MEANS

    means = [w for ws in GOAL_MEANS.values() for w in ws] + link_words("towards")
    lead = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(set(means), key=longest_first))
    return re.compile(rf"^\s*(?:{lead})\s+", re.IGNORECASE)


def goal_pointer(text: str, heading: bool = False) -> str | None:
    """The goal number of a line that only points at a goal, over the items serving it ("Til
    delmål 2 b:", "For å nå delmål 4.1:", "Mål 2:"): "2.b", "4.1", "2"; None for any other line.
    A letter after the number names the lettered sub-goal ("a)" under goal 1 is "1.a").

    A ``heading`` needs no colon when a word leading towards the goal opens it ("TIL MÅL 2",
    "For goal 3"): a group label over a panel's items, set apart as a heading, says by its
    place that the items under it follow; "Mål 2" alone is a goal's label."""
    t = " ".join(text.split())
    m = _pointer().match(t)
    if m is None and heading and not t.endswith(":"):
        m = _pointer().match(t + ":")
        if m is not None and not _towards_lead().match(t):
            m = None
    if m is None:
        return None
    letter = m.group("letter")
    return m.group("num") + (f".{letter.lower()}" if letter else "")


_CODE_TOKEN = re.compile(rf"^(?:[^\W\d_]{{2,20}}\s+)?#?(?P<code>{ITEM_CODE})\.?$", re.IGNORECASE)


_BARE_CODE = re.compile(rf"^#?(?P<code>{ITEM_CODE})\.?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d\.?$")


def item_codes(text: str) -> list[str]:
    """The item codes a cross-reference cell holds ("LU-2.1, LU-2.2" → ["LU-2.1", "LU-2.2"];
    "Mål 1 og 3" → ["1", "3"]; "Delmål 1.2; 2.1" → ["1.2", "2.1"]), or [] when the cell says
    anything but codes (a goal written out, a name). A code may carry its role word ("Policy
    H-2.1"); the separators are commas, semicolons, slashes, '&' and the lexicon's and/or words,
    or nothing but a space between bare codes ("1A 1B", no year among them)."""
    t = " ".join(text.split()).strip(" .")
    if not t:
        return []
    joiners = alternation(plain_words("and_words") + plain_words("or_words"))
    parts = re.split(rf"\s*(?:[,;/&]|\b(?:{joiners})\b)\s*", t, flags=re.IGNORECASE)
    codes: list[str] = []
    for part in parts:
        if not part:
            continue
        m = _CODE_TOKEN.match(part)
        if m is None:
            # codes side by side with nothing between ("1A 1B": round badges in a cell, or
            # codes broken over lines): each word a code of its own, none a year
            words = part.split()
            bare = [_BARE_CODE.match(w) for w in words]
            if len(words) < 2 or not all(b is not None and not _YEAR.match(w) for b, w in zip(bare, words, strict=True)):
                return []
            codes += [b.group("code") for b in bare if b is not None]
            continue
        codes.append(m.group("code"))
    return codes


def code_key(code: str | None) -> str:
    """A code as compared with another: without its closing dot or bracket, case folded
    ("H-2.1." and "h-2.1" name the same item)."""
    return (code or "").strip().strip(".)").casefold()


# the separators of a breadcrumb path: '›', '»', '>' and a spaced '/' ("Mål 2 › Delmål 2.3")
_CRUMB_SEPARATOR = re.compile(r"\s*[›»>]\s*|\s+/\s+")


def breadcrumb(text: str) -> list[tuple[str, str | None]] | None:
    """The steps of a breadcrumb printed above an item block by a plan-management system
    ("Mål 2 › Delmål 2.3 › Tiltak 2.3.4", perhaps with the item's type label under it, "TILTAK";
    "Mål 2" over "MÅL"): [(role, number)] from the top down, the last step the item's own role
    and number, the step before it its parent; None when the line is not such a path.

    Why: a system export (Framsikt, Stratsys, …) prints each goal, sub-goal and measure as a
    block headed by its place in the plan tree; the path says what the next block is and what
    it serves, and is never an item itself. A path is two steps or more, each a numbered label
    of the lexicon; a single step counts only when a type label of the same role repeats it on
    the next line (a bare numbered label alone is :func:`bare_label`'s)."""
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if not lines or len(lines) > 2:
        return None
    parts = [p for p in _CRUMB_SEPARATOR.split(lines[0]) if p.strip()]
    type_word = lines[1] if len(lines) == 2 else None
    if type_word is None and parts and len(last := parts[-1].split()) == 3:
        # the type label joined to the path's line ("Tiltak 2.3.4 TILTAK")
        parts[-1], type_word = " ".join(last[:2]), last[2]
    steps: list[tuple[str, str | None]] = []
    for part in parts:
        found = bare_label(part)
        if found is None or not found[0] or found[1] is None:
            return None
        steps.append(found)
    if not steps:
        return None
    if type_word is not None:
        type_word = type_word.rstrip(":").strip()
        if not _known_label(type_word, False) or _label_role_of(type_word) != steps[-1][0]:
            return None
    elif len(steps) < 2:
        return None
    return steps
