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
    "goal": r"(mål|målene|måla|våre mål|våra mål|vores mål|målsetting(er)?|målsettinger|målsetjingar?|målsætning(er)?|mål og strategier|mål (for|för|til|till|fram till|frem mot|fram mot) .{2,60}|mål i planperioden|hva vil vi oppnå\??|kva vil vi oppnå\??|dette vil vi oppnå|goals?|objectives?|our goals|goals and objectives|ambisjoner og mål( (for|i) .{2,60})?)",
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

# labels at the start of a text: "Hovedmål:", "Delmål 1.2:", "Goal 1:", "Objective 1.1", "Action 1.1.1"
_LABEL = re.compile(
    r"^\s*(?P<word>hovedmål|hovudmål|delmål|mål|målsetting|goal|objective|target|strategy|strategi|"
    r"action item|action|measure|initiative|policy|tiltak|aktivitet|åtgärd|satsingsområde|innsatsområde|fokusområde|"
    r"focus area|visjon|vision|indikator|indicator)"
    r"\s*(?P<num>(?:[A-Za-z]{2,10}-)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?\b|[A-Z](?=\s*[:(]))?\.?(?:\s*(?P<tag>\([A-Za-z]{1,4}\)))?\s*(?:::|[:–—-])?\s+(?P<rest>.+)$",
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

FOCUS_PARENT = re.compile(
    r"^(satsingsområde(r|ne)?|innsatsområde(r|ne)?|fokusområde(r|ne)?|hovedtema|satsingsområda|"
    r"insatsområden|indsatsområde(r)?|focus areas?|priority areas?|themes)\b",
    re.IGNORECASE,
)


_TRAILING_BRACKET = re.compile(r"^(?P<head>\S+(?:\s+\S+)?)\s*\([^()]{1,40}\)\s*$")


def heading_role(title: str) -> tuple[str | None, str]:
    """The role a heading announces and the rest of its text (e.g. a goal named in it).

    ``"Mål"`` → ("goal", ""); ``"Strategier – dette vil vi gjøre"`` → ("strategy", "…");
    ``"Goal 1: Reduce emissions"`` → ("goal", "Reduce emissions").
    """
    t = " ".join(title.split()).strip(" :")
    t = re.sub(r"\s*\((forts\.?|fortsettelse|fortsetjing|cont\.?|continued)\)\s*$", "", t, flags=re.IGNORECASE)
    # a qualifier in brackets after a role word ("Succeskriterier (2014–2016)", "Mål (2024–2027)")
    # does not change what the heading announces
    whole = t
    t = _TRAILING_BRACKET.sub(r"\g<head>", t)
    m = _LABEL.match(t)
    if m and (m.group("num") or (m.group("word").lower() in ("visjon", "vision") and ":" in t[: m.start("rest")])):
        # "Goal 1: …", and "Visjon: Sammen skaper vi …" (the text after the colon is the vision)
        return _LABEL_ROLE[m.group("word").lower()], m.group("rest").strip()
    for role, rx in _HEADING_RE.items():
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
    return bool(FOCUS_PARENT.match(title.strip()))


_BARE = re.compile(
    r"^\s*(?P<word>" + _LABEL.pattern.split("(?P<word>", 1)[1].split(")", 1)[0] + r")"
    r"\s+(?P<num>(?:[A-Za-z]{2,10}-)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?|(?-i:[A-Z]))(?:\s*(?P<tag>\([A-Za-z]{1,4}\)))?\s*(?P<sep>::|[:–—-])?\s*$",
    re.IGNORECASE,
)


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
