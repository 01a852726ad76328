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

from plancheck.lang.vocab import alternation, evidence_words, plain_words


def _action_verbs() -> frozenset[str]:
    return frozenset(evidence_words("action_verbs"))


#: verbs that open an action ("Øke …", "Etablere …", "Increase …"), every language: the
#: lexicon's ``evidence.action_verbs`` (plancheck/lang/data/*.yaml)
ACTION_VERBS = _action_verbs()
def _words(kind: str) -> str:
    """The lexicon's ``evidence.<kind>`` words of every language, as a regex alternation."""
    return alternation(evidence_words(kind))


# the words: the lexicon's evidence.actor_modals, actor_adverbs, actor_verbs, passive_modals,
# passive_verb_endings, state_modals, state_verbs, must_improve, state_phrases
_ACTOR_ACTS = re.compile(
    rf"\b({_words('actor_modals')})\s+((?:{_words('actor_adverbs')})\s+)?({_words('actor_verbs')})\b",
    re.IGNORECASE,
)
_PASSIVE_ACTION = re.compile(
    rf"\b({_words('passive_modals')})\s+(\w+\s+)?\w+({_words('passive_verb_endings')})\b", re.IGNORECASE
)
_STATE = re.compile(
    rf"\b({_words('state_modals')})\s+(\w+\s+)?({_words('state_verbs')})\b|"
    rf"\b{_words('must')}\s+({_words('must_improve')})\b|"
    rf"\b({_words('state_phrases')})\b",
    re.IGNORECASE,
)
_IMPERSONAL_ACTION = re.compile(
    rf"\b(?:{_words('impersonal_will')})\s+(\w+\s+)?({_words('passive_actions')})\b", re.IGNORECASE
)
_ASKS_FOR = re.compile(rf"\b({_words('asks_for')})\b", re.IGNORECASE)
#: "Vi vil …", "We will …" at the start: the plan's own voice (the lexicon's
#: ``evidence.first_person`` and ``evidence.actor_modals``)
_PLANS_VOICE = re.compile(rf"^\W*(?:{_words('first_person')})\s+(?:{_words('actor_modals')})\b", re.IGNORECASE)


def in_plans_voice(text: str) -> bool:
    """Does ``text`` open with the plan's own voice committing to something ("Vi vil gi eldre
    et bedre tilbud …", "We will …")? That is how a plan words its strategies, not an action worded
    as one ("Assess the state of …")."""
    return bool(_PLANS_VOICE.match(text))


def _evidence_pattern(kind: str, *, start: bool = False) -> re.Pattern[str]:
    from plancheck.lang.vocab import evidence_words, words_pattern

    return words_pattern(evidence_words(kind), start=start)


#: "Flere …", "More …" at the start, and "det er behov for", "there is a need" anywhere: the
#: lexicon's ``evidence.comparative`` and ``evidence.importance``
_COMPARATIVE_NOUN_PHRASE = _evidence_pattern("comparative", start=True)
_IMPORTANCE = _evidence_pattern("importance")


_GERUND = re.compile(
    rf"^(?P<verb>[A-Za-z]{{3,}}?)(?P<double>[a-z])?ing\s+({_words('gerund_objects')})\b", re.IGNORECASE
)


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


#: the longest phrase of means before the verb ("genom utbildning öka …": one word)
MEANS_PHRASE_WORDS = 3


def _means_then_action(text: str, max_words: int = MEANS_PHRASE_WORDS) -> bool:
    """An item that opens with a means ("Through training, raise awareness …", "genom
    utbildning öka kunskapen …": a word of the lexicon's ``evidence.means_openers``) and an action
    verb within ``max_words`` words after it: an action with its means put first."""
    words = [w.strip(",;:").lower() for w in text.split()[: max_words + 2]]
    if len(words) < 3 or words[0] not in evidence_words("means_openers"):
        return False
    return any(w in ACTION_VERBS for w in words[2 : max_words + 2])


def classify_statement(text: str) -> str | None:
    """"goal", "measure" or None (not sure) for one bullet."""
    t = " ".join(text.split())
    if not t:
        return None
    first = re.split(r"[\s,]", t, maxsplit=1)[0].lower()
    if first in ACTION_VERBS or _gerund_of_action(t) or _means_then_action(t):
        return "measure"
    if _IMPORTANCE.search(t):
        return "goal"
    if _ACTOR_ACTS.search(t):
        return "measure"
    if _IMPERSONAL_ACTION.search(t):
        return "measure"
    if _STATE.search(t) or _COMPARATIVE_NOUN_PHRASE.match(t) or _IMPORTANCE.search(t):
        return "goal"
    if _PASSIVE_ACTION.search(t) or _ASKS_FOR.search(t):
        return "measure"  # something is to be done or provided
    return None


_INLINE_MARK = re.compile(r"(?:(?<=\s)|^)\((\d{1,2})\)\s+")
_AND_OR = alternation(plain_words("and_words") + plain_words("or_words"))
_JOINER = re.compile(rf"(?:[;,]\s*(?:{_AND_OR})?|\b(?:{_AND_OR})\s*[;,]?)\s*$", re.IGNORECASE)


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
