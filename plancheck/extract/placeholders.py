"""Items that only hold the place of items still to come: 'No measures yet: …'.

A goal whose measures are not agreed yet keeps its row in the measure table or its bullet on
the poster, saying so: 'No measures yet: to be agreed with the road authority next year',
'Ingen tiltak ennå – kommer ved rulleringen', 'Actions to be decided when the plan is
revised'. Read as an item it is a measure with no owner and no deadline (two findings that
are not the plan's defect) and hides the defect that is: a goal without measures.

:func:`is_placeholder` reads the opening of an item's text with the lexicon's words: one of
``none_words`` ('no', 'ingen'), a measure word within the next ``placeholder_word_span`` words
and one of ``yet_words`` ('yet', 'ennå') in the same sentence; or a measure word first and one
of the ``owner_pending`` phrases (those of several words) or ``measures_pending`` words right
after it ('Actions to be agreed …', 'Tiltagene aftales …'); or a measure word
first and a goal word within the next ``placeholder_word_span`` + 2 words: a sentence about the
goal's measures ('Actions for this goal are set out in the housing plan'), not a measure, which
opens with what is to be done; or one of ``none_words``, a measure word and, as the sentence's
last word, one of ``empty_words`` by its lemma ('Inga åtgärder registrerade', 'No actions
recorded': the line a management system prints in a goal's empty section); or a text that is
only one of the ``not_applicable`` phrases ('Ikke relevant', 'Not applicable'); or a text of no word at all
('1', '–': a card's number badge read as an item). :func:`drop_placeholders`
drops such measures that name no owner and no deadline, and such strategies with no measure
under them.
"""

from __future__ import annotations

import re
from functools import cache

from plancheck.lang.vocab import plain_words, section_words
from plancheck.models import Plan

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@cache
def _words(lang: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    named = [*section_words("headings", "measure", lang), *section_words("columns", "measure", lang)]
    measure = frozenset(w.lower() for w in named if " " not in w)
    none = frozenset(w.lower() for w in plain_words("none_words", lang))
    yet = frozenset(w.lower() for w in plain_words("yet_words", lang))
    pending = {p.lower() for p in plain_words("owner_pending", lang) if " " in p}
    pending |= {p.lower() for p in plain_words("measures_pending", lang)}
    return measure, none, yet, tuple(sorted(pending, key=len, reverse=True))


@cache
def _empty_words(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``empty_words`` (lemmas and forms) and ``not_applicable`` phrases, lower case."""
    empty = frozenset(w.lower() for w in plain_words("empty_words", lang))
    na = frozenset(" ".join(p.lower().split()) for p in plain_words("not_applicable", lang))
    return empty, na


def _empty_section(words: list[str], text: str, lang: str | None, span: int) -> bool:
    """Does the sentence say its section is empty: a short sentence (at most ``span`` + 5
    words) of a negation, a measure word within ``span`` words and an ``empty_words`` word
    soon after ('Inga åtgärder registrerade', 'No actions have been recorded'), or the whole
    text one ``not_applicable`` phrase?"""
    from plancheck.lang.nlp import lemma

    empty, na = _empty_words(lang)
    if " ".join(text.strip().strip(".!–—-").lower().split()) in na:
        return True
    measure, none, _yet, _pending = _words(lang)
    if not 3 <= len(words) <= span + 5 or words[0] not in none or not any(w in measure for w in words[1:1 + span]):
        return False  # a short sentence: 'No actions have been recorded for this goal'
    return any(w in empty or lemma(w, lang or "nb").lower() in empty for w in words[2:span + 4])


@cache
def _goal_words(lang: str | None) -> frozenset[str]:
    """The goal words of the lexicon's headings, also with the language's definite endings ("målet")."""
    base = {w.lower() for w in section_words("headings", "goal", lang) if " " not in w}
    endings = [e.lower() for e in plain_words("definite_endings", lang)]
    return frozenset(base | {w + e for w in base for e in endings})


def _lemma(word: str, lang: str | None) -> str:
    from plancheck.lang.nlp import lemma

    return lemma(word, lang or "nb").lower()


def is_placeholder(text: str, lang: str | None = None, span: int = 2) -> bool:
    """Does ``text`` open by saying its items are still to come (see the module's docstring)?"""
    first = re.split(r"(?<=[.!?:;–—])\s", text.strip(), maxsplit=1)[0].lower()
    words = _WORD.findall(first)
    if not words:
        # no word at all ('1', '–'): a card's number badge or a stray mark read as a list's
        # last item holds no item (session 39: a priority card's big number after its bullets)
        return bool(text.strip()) and not _WORD.search(text)
    measure, none, yet, pending = _words(lang)
    if words[0] in none and any(w in measure for w in words[1:1 + span]) and any(w in yet for w in words):
        return True
    if _empty_section(words, text, lang, span):
        return True
    if words[0] in measure or (any(words[0].startswith(w) for w in measure) and _lemma(words[0], lang) in measure):
        # ('Tiltagene aftales …': the measure word in any form, its lemma the lexicon's; the
        # lemmatiser only asked of a word opening with one, so a check loads no word list for it)
        rest = " ".join(words[1:])
        if any(rest == p or rest.startswith(p + " ") for p in pending):
            return True
        # 'Actions for this goal are …': the sentence speaks of the goal's measures
        return any(w in _goal_words(lang) for w in words[1 : span + 3])
    return False


def says_none(text: str, lang: str | None = None, span: int = 2) -> bool:
    """Does ``text`` say there are no measures: a short line (at most ``span`` + 4 words) that
    opens with one of ``none_words`` and a measure word within ``span`` words ('Ingen tiltak i
    perioden', 'No actions this year')? Why: a measure table's group keeps the row of a goal it
    does nothing for and says so in the measure column; the row is no measure of that goal
    (an item of a plan reader that keeps it stays one: see :func:`is_placeholder`)."""
    words = _WORD.findall((text or "").lower())
    measure, none, _yet, _pending = _words(lang)
    return (
        2 <= len(words) <= span + 4
        and words[0] in none
        and any(w in measure for w in words[1 : 1 + span])
    )


def drop_placeholders(plan: Plan, span: int = 2) -> None:
    """Drop the measures (with no owner and no deadline) and the strategies (with no measure
    under them) that only hold the place of items still to come."""
    lang = plan.language
    served = {sid for m in plan.measures for sid in m.strategy_ids}
    gone = [m for m in plan.measures if not m.owners and m.deadline is None and is_placeholder(m.text, lang, span)]
    if gone:
        ids = {id(m) for m in gone}
        plan.measures = [m for m in plan.measures if id(m) not in ids]
        for k, m in enumerate(plan.measures, start=1):
            m.id = f"measure-{k}"
    plan.strategies = [s for s in plan.strategies if s.id in served or not is_placeholder(s.text, lang, span)]


@cache
def field_prompts() -> tuple[str, ...]:
    """Every language's form-field prompts (lexicon ``field_placeholders``), lower case and
    without a closing stop, longest first. Every language's: a plan is often written in the
    word processor of another language than its own."""
    found = {" ".join(p.lower().split()).rstrip(".") for p in plain_words("field_placeholders")}
    return tuple(sorted(found, key=len, reverse=True))


def is_field_prompt(text: str | None) -> bool:
    """Is ``text`` only a form field's prompt ("Choose an item.", "Click or tap to enter a
    date."): the field was never filled in."""
    t = " ".join((text or "").lower().split()).strip(" .")
    return bool(t) and t in field_prompts()


def clear_field_prompts(plan: Plan) -> None:
    """An owner or a deadline that is only a form field's prompt is none: the template's
    field was left empty ("Choose an item." in the owner column, "Click or tap to enter a
    date." in the deadline column). Why: read as a name or a date it hides the
    missing owner or deadline a planner must be told of; the prompt itself is an editorial
    leftover (drafts.editorial_leftovers)."""
    for m in plan.measures:
        if (m.owner_text and is_field_prompt(m.owner_text)) or (
            m.owners and all(is_field_prompt(o.text) for o in m.owners)
        ):
            # the cell as printed stays: the finding quotes it ("ingen ansvarlig ennå
            # (ansvarlig: «Choose an item.»)")
            m.owner_text = m.owner_text or m.owners[0].text
            m.owners = []
        if m.deadline is not None and is_field_prompt(m.deadline.text):
            m.deadline = None



_PROMPT_MAX_SENTENCES = 3  # a template's guidance is a line or two; longer is the answer itself
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")


@cache
def _prompt_words(lang: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    verbs = tuple(sorted({" ".join(w.lower().split()) for w in plain_words("template_prompt_verbs", lang)},
                         key=len, reverse=True))
    return verbs, frozenset(w.lower() for w in plain_words("reader_pronouns", lang))


def prompt_sentences(text: str, lang: str | None) -> bool:
    """Is every sentence of ``text`` (at most ``_PROMPT_MAX_SENTENCES``) an instruction to
    whoever fills in a template: it opens with one of the lexicon's ``template_prompt_verbs``
    and names the reader (``reader_pronouns``): 'List the outcomes you want to achieve, one
    per line.', 'Beskriv utfordringene i din kommune.'"""
    verbs, pronouns = _prompt_words(lang)
    if not verbs or not pronouns:
        return False
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
    if not sentences or len(sentences) > _PROMPT_MAX_SENTENCES:
        return False
    for s in sentences:
        low = s.lower()
        if not any(low == v or low.startswith(v + " ") for v in verbs):
            return False
        if not pronouns & {w.lower() for w in _WORD.findall(s)}:
            return False
    return True


def template_prompt(blocks: list, index: int, lang: str | None) -> bool:
    """Is ``blocks[index]`` a filled template's guidance: a paragraph right under a heading, with
    more of its section after it (the answer), whose sentences are instructions to whoever fills
    it in (:func:`prompt_sentences`)? Why: a form printed with its questions (an investment plan's
    'Part 4: Results wanted' over 'List the outcomes you want to achieve …' over the
    numbered outcomes) asks for the plan's goals and measures; the question is none of them."""
    from plancheck.models import BlockKind

    if not 0 < index < len(blocks) - 1:
        return False
    block, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
    if block.kind != BlockKind.paragraph or before.kind != BlockKind.heading:
        return False
    if after.kind == BlockKind.heading or after.section_id != block.section_id:
        return False
    return prompt_sentences(block.text, lang)
