"""What a heading or a label says a block is: a goal, a strategy, a measure …

Headings such as "Mål", "Våre mål", "Strategier – dette vil vi gjøre", "Hovudmål",
"Tiltak", "Goals" announce the role of the list under them; labels such as
"Hovedmål:", "Delmål 1.2", "Goal 1:", "Objective 1.1", "Action 1.1.1" announce the role of the
text after them. Both are matched here, in bokmål, nynorsk, Swedish, Danish and English.
"""

from __future__ import annotations

import re

# role -> heading patterns (matched against the whole heading, case-insensitive)
_HEADINGS: dict[str, str] = {
    "vision": r"(vår |vår felles |kommunens )?(visjon|vision|visionen)",
    "main_goal": r"(vårt |vårt overordnede |overordnet |overordna )?(hovedmål|hovudmål|hovedmålet|hovudmålet|övergripande mål|overordnet mål|overordna mål|overall goal|main goal)",
    "sub_goal": r"(delmål|delmåla|delmålene|effektmål|resultatmål|sub-?goals?|targets?|mål(sætninger)? for indsatsen)",
    "goal": r"(mål|målene|måla|våre mål|våra mål|vores mål|målsetting(er)?|målsettinger|målsetjingar?|målsætning(er)?|mål og strategier|mål for .{2,60}|mål i planperioden|hva vil vi oppnå\??|kva vil vi oppnå\??|dette vil vi oppnå|goals?|objectives?|our goals|goals and objectives|ambisjoner og mål( (for|i) .{2,60})?|succeskriterier)",
    "challenge": r"(utfordring(er|ar)?|utfordringsbilde(t)?|hovedutfordring(er)?|dagens situasjon|utmaning(ar)?|udfordring(er)?|challenges?|issues|key issues)",
    "strategy": r"(strategi(er|ar)?|strategier og tiltak|slik gjør vi det|slik gjer vi det|dette vil vi gjøre|dette vil vi gjere|vi vil|dette gjør vi|veivalg|grep|indsatser|strateg(y|ies)|approach(es)?|how we will get there)",
    "measure": r"(tiltak(ene)?|tiltaksplan|handlingsplan|handlingsdel|aktivitet(er)?|åtgärder|åtgärdsplan|aktiviteter|handlinger|actions?|action plan|measures|initiatives|implementation( plan| matrix)?)",
    "indicator": r"(indikator(er|ar)?|måleindikatorer|måltall|slik måler vi|indicators?|kpis?|key performance indicators|measuring success)",
    "mandate": r"(mandat|mandatet|prosjektgruppas mandat|bestilling|oppdrag|mandate|terms of reference)",
}
_HEADING_RE = {
    role: re.compile(rf"^\s*({pat})\b\s*([:–\-—,/]\s*.{{0,60}})?$", re.IGNORECASE)
    for role, pat in _HEADINGS.items()
}

# labels at the start of a text: "Hovedmål:", "Delmål 1.2:", "Goal 1:", "Objective 1.1", "Action 1.1.1",
# and outline codes with the word in parentheses: "G1 (Goal) …", "D3 (Deliverable) …". The label
# words are the ``labels`` section of the lexicon (plancheck/lang/data/*.yaml).
def _label_words() -> str:
    from plancheck.lang.vocab import label_index

    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(label_index(), key=len, reverse=True))


_WORDS = _label_words()
_LABEL = re.compile(
    rf"^\s*(?P<word>{_WORDS})"
    r"\s*(?P<num>(?:[A-Za-z]{2,10}-)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\b)?\.?\s*[:–—-]?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_CODE_LABEL = re.compile(
    r"^\s*(?P<num>[A-ZÆØÅÄÖ]{1,3}\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\s*"
    rf"\(\s*(?P<word>{_WORDS})\s*\)\s*[:–—-]?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _label_role_of(word: str) -> str:
    from plancheck.lang.vocab import label_index

    return label_index()[" ".join(word.lower().split())]


def _match_label(text: str) -> tuple[str, str | None, bool, str] | None:
    """(label word, number or code, whether a colon or a code marks it, rest) of a label at
    the start of ``text``."""
    m = _CODE_LABEL.match(text)
    if m:
        return m.group("word").lower(), m.group("num"), True, m.group("rest").strip()
    m = _LABEL.match(text)
    if m:
        marked = ":" in text[m.end("word") : m.start("rest")]
        return m.group("word").lower(), m.group("num"), marked, m.group("rest").strip()
    return None


FOCUS_PARENT = re.compile(
    r"^(satsingsområde(r|ne)?|innsatsområde(r|ne)?|fokusområde(r|ne)?|hovedtema|satsingsområda|"
    r"insatsområden|indsatsområde(r)?|focus areas?|priority areas?|themes)\b",
    re.IGNORECASE,
)


def heading_role(title: str) -> tuple[str | None, str]:
    """The role a heading announces and the rest of its text (e.g. a goal named in it).

    ``"Mål"`` → ("goal", ""); ``"Strategier – dette vil vi gjøre"`` → ("strategy", "…");
    ``"Goal 1: Reduce emissions"`` → ("goal", "Reduce emissions").
    """
    t = " ".join(title.split()).strip(" :")
    t = re.sub(r"\s*\((forts\.?|fortsettelse|fortsetjing|cont\.?|continued)\)\s*$", "", t, flags=re.IGNORECASE)
    found = _match_label(t)
    if found and (found[1] or (_label_role_of(found[0]) == "vision" and found[2])):
        # "Goal 1: …", and "Visjon: Sammen skaper vi …" (the text after the colon is the vision)
        return _label_role_of(found[0]), found[3]
    for role, rx in _HEADING_RE.items():
        if rx.match(t):
            return role, ""
    # the plain word lists of every language (plancheck.lang.vocab) for what the patterns miss
    from plancheck.lang.vocab import heading_role as lexicon_role

    role = lexicon_role(t)
    if role in ("vision", "main_goal", "goal", "sub_goal", "challenge", "strategy", "measure", "indicator"):
        return role, ""
    return None, t


def label_word(text: str) -> str | None:
    """The label word itself ("strategy", "measure", "action"), lower case, or None."""
    found = _match_label(text)
    return found[0] if found and (found[1] or found[2]) else None


def label_role(text: str) -> tuple[str | None, str | None, str]:
    """A role label at the start of a paragraph or list item: (role, number, rest)."""
    found = _match_label(text)
    if found is None:
        return None, None, text
    word, num, marked, rest = found
    # "Mål: ..." needs a colon or number to count; "Tiltak – ansvarlig – frist" lines are not labels
    if not num and not marked:
        return None, None, text
    return _label_role_of(word), num, rest


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
    return bool(FOCUS_PARENT.match(title.strip()))
