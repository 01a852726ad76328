"""What a heading or a label says a block is: a goal, a strategy, a measure …

Headings such as "Mål", "Våre mål", "Strategier – dette vil vi gjøre", "Hovudmål",
"Tiltak", "Goals" announce the role of the list under them; labels such as
"Hovedmål:", "Delmål 1.2", "Goal 1:", "Objective 1.1", "Action 1.1.1" announce the role of the
text after them. Both are matched here, in bokmål, nynorsk, Swedish, Danish and English.

The heading words are not written here: the patterns are compiled once from the lexicon
(``plancheck/lang/data/<lang>.yaml``: ``headings`` per role, ``heading_qualifiers`` for "Mål for
…"/"Mål frem mot …", ``continued`` for "(forts.)"), the same list :mod:`plancheck.lang.vocab`
reads. What stays in code is the form of a heading: the separators and how long it may go on.
"""

from __future__ import annotations

import re
from functools import cache

# The order in which a heading's roles are tried: a more specific phrase before the general one
# ("mål for indsatsen" is a sub-goal heading before "mål" + qualifier makes it a goal heading).
_HEADING_ORDER = ("vision", "main_goal", "sub_goal", "goal", "challenge", "strategy", "measure", "indicator", "mandate")
# after the role phrase, a heading may go on after a separator for a short while:
# "Strategier – dette vil vi gjøre", "Mål: Trygge boliger", "Tiltak / aktiviteter"
_ROLE_HEADING_TAIL = 60  # a role heading may go on after a colon or dash for this many characters
_HEADING_TAIL = rf"\b\s*([:–\-—,/]\s*.{{0,{_ROLE_HEADING_TAIL}}})?$"
_QUALIFIED_REST = r" .{2,60}"  # "Mål for <what>": what the role is for, two to sixty characters


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
        alts = [_phrase(p) for p in phrases]
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


# labels at the start of a text: "Hovedmål:", "Delmål 1.2:", "Goal 1:", "Objective 1.1", "Action 1.1.1"
_LABEL = re.compile(
    r"^\s*(?P<word>hovedmål|hovudmål|delmål|mål|målsetting|goal|objective|target|strategy|strategi|"
    r"action item|action|measure|initiative|recommendation|policy|tiltak|aktivitet|åtgärd|satsingsområde|innsatsområde|"
    r"fokusområde|focus area|visjon|vision|indikator|indicator)"
    r"\s*#?(?P<num>(?:[A-Za-z]{2,10}-)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\b|[A-Z](?=\s*[:(]))?\.?(?:\s*(?P<tag>\([A-Za-z]{1,4}\)))?\s*(?:::|[:–—-])?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_LABEL_ROLE = {
    "hovedmål": "main_goal",
    "hovudmål": "main_goal",
    "delmål": "sub_goal",
    "mål": "goal",
    "målsetting": "goal",
    "goal": "goal",
    "objective": "sub_goal",
    "target": "sub_goal",
    "strategy": "strategy",
    "strategi": "strategy",
    "action": "measure",
    "action item": "measure",
    "policy": "measure",
    "measure": "measure",
    "initiative": "measure",
    "recommendation": "measure",
    "tiltak": "measure",
    "aktivitet": "measure",
    "åtgärd": "measure",
    "satsingsområde": "focus_area",
    "innsatsområde": "focus_area",
    "fokusområde": "focus_area",
    "focus area": "focus_area",
    "visjon": "vision",
    "vision": "vision",
    "indikator": "indicator",
    "indicator": "indicator",
}

@cache
def _focus_parent() -> re.Pattern[str]:
    """A heading that is a focus-area word, perhaps numbered, perhaps followed by a separator and a
    name ("Satsingsområder", "Satsingsområde 1: Oppvekst", "Indsatsområde 2 – Beskæftigelse"): the
    sections under it are focus areas. The words are the lexicon's ``headings: focus_area``; a
    sentence that merely starts with one ("Priorities should include:") is not such a heading."""
    from plancheck.lang.vocab import HEADING_WORDS, words

    alts = "|".join(_phrase(p) for p in sorted(words(HEADING_WORDS, "focus_area"), key=len, reverse=True))
    return re.compile(rf"^({alts})(\s+\d{{1,2}}(\.\d{{1,2}})*)?\s*([:–\-—,/].*)?$", re.IGNORECASE)


_TRAILING_BRACKET = re.compile(r"^(?P<head>\S+(?:\s+\S+)?)\s*\([^()]{1,40}\)\s*$")


def heading_role(title: str) -> tuple[str | None, str]:
    """The role a heading announces and the rest of its text (e.g. a goal named in it).

    ``"Mål"`` → ("goal", ""); ``"Strategier – dette vil vi gjøre"`` → ("strategy", "…");
    ``"Goal 1: Reduce emissions"`` → ("goal", "Reduce emissions").
    """
    t = " ".join(title.split()).strip(" :")
    t = _continued().sub("", t)
    # a qualifier in brackets after a role word ("Succeskriterier (2014–2016)", "Mål (2024–2027)")
    # does not change what the heading announces
    whole = t
    t = _TRAILING_BRACKET.sub(r"\g<head>", t)
    m = _LABEL.match(t)
    if m and (m.group("num") or (_LABEL_ROLE[m.group("word").lower()] == "vision" and ":" in t[: m.start("rest")])):
        # "Goal 1: …", and "Visjon: Sammen skaper vi …" (the text after the colon is the vision)
        return _LABEL_ROLE[m.group("word").lower()], m.group("rest").strip()
    if m and re.search(r"[:–—-]", t[m.end("word") : m.start("rest")]) and len(m.group("rest")) > _ROLE_HEADING_TAIL:
        # "Goal – To provide residents with …": a label and a whole sentence, longer than the
        # tail a role heading has ("Mål – hva vil vi oppnå"): the labelled item itself
        return _LABEL_ROLE[m.group("word").lower()], m.group("rest").strip()
    for role, rx in _heading_matchers().items():
        if rx.match(t):
            return role, ""
    # the plain word lists of every language (plancheck.lang.vocab) for what the patterns miss
    from plancheck.lang.vocab import heading_role as lexicon_role

    role = lexicon_role(t)
    if role in ("vision", "main_goal", "goal", "sub_goal", "challenge", "strategy", "measure", "indicator"):
        return role, ""
    return None, whole


def label_word(text: str) -> str | None:
    """The label word itself ("strategy", "measure", "action"), lower case, or None."""
    m = _LABEL.match(text)
    return m.group("word").lower() if m and (m.group("num") or ":" in text[: m.start("rest")]) else None


def label_role(text: str) -> tuple[str | None, str | None, str]:
    """A role label at the start of a paragraph or list item: (role, number, rest)."""
    m = _LABEL.match(text)
    if not m:
        return None, None, text
    word = m.group("word").lower()
    num = m.group("num")
    rest = m.group("rest").strip()
    if not any(ch.isalnum() for ch in rest):
        return None, None, text  # a label alone ("Action Item B ::"): see bare_label
    # "Mål: ..." needs a colon or number to count; "Tiltak – ansvarlig – frist" lines are not labels
    sep = text[m.end("word") : m.start("rest")]
    if not num and ":" not in sep:
        return None, None, text
    return _LABEL_ROLE[word], num, rest


_GOAL_REFS = re.compile(
    r"\b(?:hoved|hovud|del)?(?:mål|goal|objective)s?\s+(\d{1,2})(?:\s*(?:-|–|og|and|och|,)\s*(\d{1,2}))?\b",
    re.IGNORECASE,
)


def goal_numbers(text: str) -> list[str]:
    """Goal numbers a heading names: "Åtgärder, mål 11-12" → ["11", "12"]; "(mål 3)" → ["3"]."""
    out: list[str] = []
    for m in _GOAL_REFS.finditer(text):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if last < first or last - first > 20:
            last = first
        out.extend(str(n) for n in range(first, last + 1))
    return out


def is_focus_parent(title: str) -> bool:
    return bool(_focus_parent().match(title.strip()))


# any word with a number, as an outline label: "Policy 1 -", "Strategy 1A:", "Recommendation #2:"
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
    then "Policy 2" by "Strategy 2A" is one level above a strategy (a goal); "Program 1.1"
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
        own = _RANK.get(_LABEL_ROLE.get(word, ""))
        for kword in last:
            role = _LABEL_ROLE.get(kword, "")
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
    rf"^(?:[^\W\d_]+\s+)?{_NUM}(?:(?:\s*(?:,|;|&|-|–|\band\b|\bog\b|\boch\b|\bor\b|\beller\b))+\s*{_NUM})*\s*\.?$",
    re.IGNORECASE,
)


_BARE = re.compile(
    r"^\s*(?P<word>" + _LABEL.pattern.split("(?P<word>", 1)[1].split(")", 1)[0] + r")"
    r"\s+(?P<num>(?:[A-Za-z]{2,10}-)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?|(?-i:[A-Z]))(?:\s*(?P<tag>\([A-Za-z]{1,4}\)))?\s*(?P<sep>::|[:–—-])?\s*$",
    re.IGNORECASE,
)


def is_reference_only(text: str) -> bool:
    """Does a label's text only point at other labels ("Policy 1: Strategies 1A, 1B, and 1C.")?
    Then it heads notes about those items, and is no item itself."""
    return bool(_REFERENCE_ONLY.match(text.strip()))


def bare_label(text: str) -> tuple[str, str | None] | None:
    """A numbered label on a line of its own ("Action Item B ::", "Goal 3:"), whose text is
    the next paragraph: (role, number), or None. A bare "Goals:" announces a list instead."""
    m = _BARE.match(text)
    if m is None:
        return None
    return _LABEL_ROLE[m.group("word").lower()], m.group("num")


def label_tag(text: str) -> str | None:
    """A short tag in parentheses after a label's number ("Action Item A (st) ::" → "(st)"):
    what it means, a legend elsewhere in the document says."""
    m = _LABEL.match(text) or _BARE.match(text)
    return m.group("tag") if m and m.group("num") else None
