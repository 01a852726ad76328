"""Is a bullet a goal (a state to reach) or a measure (something to do)?

Used where the document does not say: bullets after a lead-in such as "Ungdomsrådet vil
derfor:" or "Derfor trenger ungdom:", with no "Mål"/"Tiltak" heading above them.

- a measure starts with an action verb ("Øke …", "Etablere …", "Increase …") or names an actor
  that will act ("Ungdomsrådet skal jobbe for …", "Det skal årlig arrangeres …");
- a goal describes a state ("Det skal være trygt …", "Rusundervisningen må forbedres",
  "Mer personlig tilnærming …", "Alle skal ha …").
"""

from __future__ import annotations

import re


def _action_verbs() -> frozenset[str]:
    from plancheck.lang.vocab import evidence_words

    return frozenset(evidence_words("action_verbs"))


#: verbs that open an action ("Øke …", "Etablere …", "Increase …"), every language: the
#: lexicon's ``evidence.action_verbs`` (plancheck/lang/data/*.yaml)
ACTION_VERBS = _action_verbs()
_ACTOR_ACTS = re.compile(
    r"\b(skal|vil|skall|shall|will)\s+(aktivt\s+|årlig\s+|årleg\s+|fortsatt\s+|også\s+)?"
    r"(jobbe|arbeide|sørge|arrangere|gjennomføre|benytte|etablere|uttale|dele|lage|bidra|samarbeide|"
    r"tilby|kartlegge|invitere|fremme|ta|gi|følge|work|ensure|organi[sz]e|hold|provide|deliver)\b",
    re.IGNORECASE,
)
_PASSIVE_ACTION = re.compile(r"\b(skal|bør|burde)\s+(\w+\s+)?\w+(es|as)\b", re.IGNORECASE)
_STATE = re.compile(
    r"\b(skal|skall|bør|må|shall|should|must|will)\s+(\w+\s+)?(være|vere|bli|ha|oppleve|få|vara|bliva|be|have|feel)\b|"
    r"\bmå\s+(styrkes|forbedres|bedres|økes|sikres|styrkjast|betrast)\b|"
    r"\b(det er viktig at|har mål om|mål om|it is important that)\b",
    re.IGNORECASE,
)


def _evidence_pattern(kind: str, *, start: bool = False) -> re.Pattern[str]:
    from plancheck.lang.vocab import evidence_words, words_pattern

    return words_pattern(evidence_words(kind), start=start)


#: "Flere …", "More …" at the start, and "det er behov for", "there is a need" anywhere: the
#: lexicon's ``evidence.comparative`` and ``evidence.importance``
_COMPARATIVE_NOUN_PHRASE = _evidence_pattern("comparative", start=True)
_IMPORTANCE = _evidence_pattern("importance")


_GERUND = re.compile(r"^(?P<verb>[A-Za-z]{3,}?)(?P<double>[a-z])?ing\s+(the|a|an|and|our|its|their|new|all|more)\b", re.IGNORECASE)


def _gerund_of_action(text: str) -> bool:
    """An English item opened by the -ing form of an action verb and an article or determiner
    ("Updating the plan …", "Educating the public …", "Planning and …"): an action."""
    m = _GERUND.match(text)
    if m is None:
        return False
    stem = m.group("verb").lower()
    double = (m.group("double") or "").lower()
    candidates = {stem + double, stem + double + "e"}
    if double and stem.endswith(double):
        candidates.add(stem)  # "planning" → "plan"
    return bool(candidates & ACTION_VERBS)


def classify_statement(text: str) -> str | None:
    """"goal", "measure" or None (not sure) for one bullet."""
    t = " ".join(text.split())
    if not t:
        return None
    first = re.split(r"[\s,]", t, maxsplit=1)[0].lower()
    if first in ACTION_VERBS or _gerund_of_action(t):
        return "measure"
    if _IMPORTANCE.search(t):
        return "goal"
    if _ACTOR_ACTS.search(t):
        return "measure"
    if re.search(r"\bdet skal\s+(\w+\s+)?(arrangeres|gjennomføres|etableres|lages|opprettes)\b", t, re.IGNORECASE):
        return "measure"
    if _STATE.search(t) or _COMPARATIVE_NOUN_PHRASE.match(t) or _IMPORTANCE.search(t):
        return "goal"
    if _PASSIVE_ACTION.search(t) or re.search(r"\b(ønsker|ynskjer|krever|foreslår|etterstrebes|tilrettelegges)\b", t, re.IGNORECASE):
        return "measure"  # something is to be done or provided
    return None


_INLINE_MARK = re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s+")
_JOINER = re.compile(r"(?:[;,]\s*(?:and|or|og|eller|och)?|\b(?:and|or|og|eller|och)\s*[;,]?)\s*$", re.IGNORECASE)


def inline_enumeration(text: str) -> list[tuple[str, str]]:
    """The items of an enumeration run into one paragraph: "… include: (1) developing …;
    (2) promoting … and; (3) providing …" → [("1", "developing …"), ("2", "promoting …"), …].

    Only a run numbered 1, 2, 3 … in order counts (two items at least); the joining "; and"
    is left off each item. Empty when the text holds no such run."""
    marks = list(_INLINE_MARK.finditer(text))
    run: list[re.Match[str]] = []
    for m in marks:
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
        elif run and int(m.group(1)) != len(run) + 1:
            continue
    if len(run) < 2:
        return []
    out = []
    for k, m in enumerate(run):
        end = run[k + 1].start() if k + 1 < len(run) else len(text)
        item = _JOINER.sub("", text[m.end() : end].strip()).strip()
        if item:
            out.append((m.group(1), item))
    return out if len(out) >= 2 else []
