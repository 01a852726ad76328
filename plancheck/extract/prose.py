"""Goals stated in running text: the targets a plan sets in a sentence of its prose.

Some plans have no goal list, no goal heading and no goal table: progress reports and
resolutions say their targets in a sentence ("The 2030 goal has therefore been increased from
5,000 to 16,000 vehicles, with a 25,000 goal by 2045.", "… confirmed target reductions of 50 %
by 2030 for City operations and an 80 % reduction by 2050 for community emissions."). When
the rule walk found no goal at all in a document, such sentences are its goals.

A *target sentence* names a target (a word of the lexicon's ``evidence.target_nouns``: "goal",
"target", "mål"), a year it is to be reached by, and a quantity; it is not a report of a past
target ("APU met its 2020 goal of 33 %", "In 2015, the target was …": ``evidence.past``) nor a
hypothesis ("meeting the target by 2035 would require …": ``evidence.hypothetical``). A
leading circumstance ("After conducting …, the Office recommends …": ``evidence.clause_openers``)
is not part of the goal, and two targets joined by "and" are two goals.

Every function here is pure over strings; :func:`prose_goals` places them in a plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from plancheck.lang.vocab import alternation, evidence_words
from plancheck.models import (
    Block,
    BlockKind,
    Document,
    Goal,
    GoalKind,
    Measure,
    Plan,
    Provenance,
    Strategy,
)


@dataclass(frozen=True)
class ProseSettings:
    """Tolerances of reading targets from running text."""

    min_chars: int = 30  # shorter is a caption or a chart label, not a sentence
    max_chars: int = 500  # longer is a run of sentences the splitter could not part
    # a target names its quantity: the quantity stands within this many words of the target word
    # (and a verb of attaining this close before the target word makes it a reference)
    quantity_words: int = 6
    # a leading circumstance is cut only when what is left is still this long
    min_main_clause_chars: int = 40
    # the plan's own target ("its goal of cutting … by 30 % by 2030"): the quantity stands
    # within this many words after the target word
    own_quantity_words: int = 12
    # a possessive stands at most this many words before the target word ("the county's 2030
    # climate goal")
    own_possessive_words: int = 3


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%])")
#: a quantity that is not a year: a percentage, an amount, a count with a unit
_QUANTITY = re.compile(
    rf"(?<![\d.,])\d[\d,.]*\s*(?:%|{alternation(evidence_words('percent'))})|"  # the lexicon's evidence.percent
    r"(?<![\d.,])\d[\d,.]*\s*[a-zA-ZæøåäöÆØÅÄÖ]|"
    r"(?<![\d.,])\d{1,3}(?:[,.\s]\d{3})+(?!\d)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖ“\"])")
#: a full stop the text layer glued to the next sentence ("… by the year 2030.That target …"):
#: after a number or a lower-case word, before a capitalised word
_GLUED_END = re.compile(r"(?<=[a-zæøåäö0-9]{2}\.)(?=[A-ZÆØÅÄÖ][a-zæøåäö]+\s)")


@cache
def _pattern(kind: str, lang: str) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import evidence_words, words_pattern

    words = evidence_words(kind, lang)
    return words_pattern(words) if words else None


def _has(kind: str, lang: str, text: str) -> bool:
    pat = _pattern(kind, lang)
    return bool(pat and pat.search(text))


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (a full stop followed by a capital ends one, with or
    without the space the text layer may have lost). A new list each call, of those kept per
    paragraph (:func:`_sentences`): the extractor asks for the sentences of one paragraph five
    times on average, and the two patterns try every position of it."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """:func:`sentences`, kept per paragraph."""
    text = _GLUED_END.sub(" ", " ".join(text.split()))
    return tuple(s.strip() for s in _SENTENCE_END.split(text) if s.strip())


@cache
def _participle_opening(lang: str) -> re.Pattern[str]:
    """A sentence opening with a participle ("Understanding that …, APU is …"): a capitalised
    word with an ending of ``evidence.progressive_endings``. Never matches without endings."""
    endings = evidence_words("progressive_endings", lang)
    if not endings:
        return re.compile(r"(?!)")
    return re.compile(rf"[A-Z]\w+(?:{alternation(endings)})\b")


def main_clause(sentence: str, lang: str, settings: ProseSettings = ProseSettings()) -> str:
    """The sentence without a leading circumstance: "After conducting …, the Office
    recommends …" → "the Office recommends …", "Understanding that …, APU is …" → "APU is …".
    Only a clause opened by a word of ``evidence.clause_openers`` or by a participle (a
    capitalised word with an ending of ``evidence.progressive_endings``) and closed by the
    first comma is cut."""
    pat = _pattern("clause_openers", lang)
    m = pat.match(sentence) if pat is not None else None
    if m is None:
        m = _participle_opening(lang).match(sentence)
    if m is None:
        return sentence
    comma = sentence.find(",", m.end())
    if comma < 0:
        return sentence
    rest = sentence[comma + 1 :].strip()
    return rest if len(rest) >= settings.min_main_clause_chars else sentence


def _is_target(text: str) -> bool:
    return bool(_YEAR.search(text)) and bool(_QUANTITY.search(_YEAR.sub(" ", text)))


def _names_its_quantity(sentence: str, lang: str, settings: ProseSettings) -> bool:
    """Does a quantity stand near a target word ("goal of 37 MW", "the 80 % by 2050 goal",
    "target for reaching half")? A sentence that only mentions a target somewhere
    and a figure elsewhere talks about the target, it does not set one."""
    pat = _pattern("target_nouns", lang)
    if pat is None:
        return False
    plain = _YEAR.sub(" ", sentence)
    quantities = [m.start() for m in _QUANTITY.finditer(plain)]
    for m in pat.finditer(plain):
        for q in quantities:
            lo, hi = sorted((q, m.start()))
            if len(plain[lo:hi].split()) <= settings.quantity_words:
                return True
    return False


def _only_refers_to_targets(sentence: str, lang: str, settings: ProseSettings) -> bool:
    """Is every target word the object of a verb of attaining ("… and meet the 80 % by 2050
    goal", "to achieve the previous goal of …")? Then the target was set elsewhere."""
    targets = _pattern("target_nouns", lang)
    attain = _pattern("attain", lang)
    if targets is None or attain is None:
        return False
    verbs = [m.start() for m in attain.finditer(sentence)]
    hits = list(targets.finditer(sentence))
    return bool(hits) and all(
        any(v < t.start() and len(sentence[v : t.start()].split()) <= settings.quantity_words for v in verbs) for t in hits
    )


def split_targets(sentence: str, lang: str) -> list[str]:
    """Two targets joined by "and" ("50 % by 2030 for City operations and an 80 % reduction by
    2050 for community emissions") are two goals; anything else stays one sentence."""
    pat = _pattern("conjunction", lang)
    if pat is None:
        return [sentence]
    for m in pat.finditer(sentence):
        left, right = sentence[: m.start()].rstrip(" ,;"), sentence[m.end() :].strip()
        if _is_target(left) and _is_target(right):
            return [_from_target_word(left, lang), right]
    return [sentence]


def _from_target_word(text: str, lang: str) -> str:
    """The first of two coordinated targets is a noun phrase like the second: it starts at the
    target word before its quantity ("Resolution 12 confirmed target reductions of 50 % by 2030
    …" → "target reductions of 50 % by 2030 …"); the whole text when no target word stands there."""
    targets = _pattern("target_nouns", lang)
    q = _QUANTITY.search(_YEAR.sub(lambda y: " " * len(y.group()), text))
    if targets is None or q is None:
        return text
    before = [t.start() for t in targets.finditer(text) if t.start() < q.start()]
    return text[before[-1] :] if before else text


def is_target_sentence(sentence: str, lang: str, settings: ProseSettings = ProseSettings()) -> bool:
    """Does the sentence set a target: a target word, a year and a quantity, not reported as
    past and not hypothetical?"""
    if not settings.min_chars <= len(sentence) <= settings.max_chars:
        return False
    if not sentence.rstrip(" ”\"’)").endswith((".", "!")):
        return False  # a header row, a chart label or a fragment is not a sentence
    if not _has("target_nouns", lang, sentence) or not _is_target(sentence):
        return False
    if not _names_its_quantity(sentence, lang, settings) or _only_refers_to_targets(sentence, lang, settings):
        return False
    return not _has("past", lang, sentence) and not _has("hypothetical", lang, sentence)


_GENITIVE = re.compile(r"\w[’']s$")


def _own_target_word(sentence: str, lang: str, settings: ProseSettings) -> re.Match[str] | None:
    """The first target word with a possessive shortly before it ("its goal", "our target", "the
    county's 2030 climate goal"): the sentence speaks of the plan's own target."""
    targets = _pattern("target_nouns", lang)
    owners = _pattern("own_possessives", lang)
    if targets is None:
        return None
    for m in targets.finditer(sentence):
        before = sentence[: m.start()].split()[-settings.own_possessive_words :]
        if any(_GENITIVE.search(w) or (owners is not None and owners.fullmatch(w)) for w in before):
            return m
    return None


def names_own_goal(text: str, lang: str, settings: ProseSettings = ProseSettings()) -> bool:
    """Does the text name the plan's own goal ("… reaching the county's climate goals")?"""
    return _own_target_word(text, lang, settings) is not None


def is_own_target_sentence(sentence: str, lang: str, settings: ProseSettings = ProseSettings()) -> bool:
    """Does the sentence set the plan's own target (:func:`own_target`)?"""
    return own_target(sentence, lang, settings) is not None


def _set_target_object(sentence: str, lang: str, settings: ProseSettings) -> str | None:
    """The object of a phrase by which the plan's authors set a target (the lexicon's
    ``evidence.own_setting``: "we developed", "we adopted"), when a target word stands within
    ``own_possessive_words`` words after it: "… we developed an energy reduction goal (target)
    of at least 1 % per year …" → "an energy reduction goal (target) of at least 1 % per year …"."""
    setting, targets = _pattern("own_setting", lang), _pattern("target_nouns", lang)
    if setting is None or targets is None:
        return None
    for m in setting.finditer(sentence):
        rest = sentence[m.end() :].strip()
        t = targets.search(rest)
        if t is not None and len(rest[: t.start()].split()) <= settings.own_possessive_words:
            return rest
    return None


def own_target(sentence: str, lang: str, settings: ProseSettings = ProseSettings()) -> str | None:
    """The plan's own target a sentence sets, as the goal's text, or None: a target word with a
    possessive before it (the whole sentence: "The county keeps working towards its goal of
    cutting … by 30 % by 2030.") or in the object of a phrase by which the authors set it (that
    object: :func:`_set_target_object`), a quantity after it (within ``own_quantity_words``)
    and a year, not the object of a verb of attaining, not reported as past and not
    hypothetical. A plan whose structure states other goals may still set its headline target
    so, in its running text."""
    if not settings.min_chars <= len(sentence) <= settings.max_chars:
        return None
    if not sentence.rstrip(" ”\"’)").endswith((".", "!")) or not _is_target(sentence):
        return None
    text = sentence
    m = _own_target_word(sentence, lang, settings)
    if m is None:
        obj = _set_target_object(sentence, lang, settings)
        if obj is None or len(obj) < settings.min_chars:
            return None
        text, m = obj, _pattern("target_nouns", lang).search(obj)  # type: ignore[union-attr]
    after = _YEAR.sub(" ", text[m.end() :])
    q = _QUANTITY.search(after)
    if q is None or len(after[: q.start()].split()) > settings.own_quantity_words:
        return None
    if _only_refers_to_targets(text, lang, settings):
        return None
    if _has("past", lang, text) or _has("hypothetical", lang, text):
        return None
    return text


def is_goal_statement(sentence: str, lang: str, settings: ProseSettings = ProseSettings()) -> bool:
    """Does the sentence name whose goal it is and then say it ("Our goal is to …", "The
    city's goals in this field include reducing …"): a target word after a possessive (the
    lexicon's ``possessives`` or a genitive "'s"), with a word of ``evidence.goal_statement``
    within ``quantity_words`` words after it, not reported as past and not hypothetical? Such a
    goal needs no year nor quantity. "The goal is to …" with no owner is mostly the purpose of
    the programme just described, not a goal of the plan."""
    if not settings.min_chars <= len(sentence) <= settings.max_chars:
        return False
    if not sentence.rstrip(" ”\"’)").endswith((".", "!")):
        return False
    targets, says = _pattern("target_nouns", lang), _pattern("goal_statement", lang)
    if targets is None or says is None:
        return False
    said = [m.start() for m in says.finditer(sentence)]
    owned = [t for t in targets.finditer(sentence) if _after_possessive(sentence[: t.start()])]
    if not any(
        t.end() <= s and len(sentence[t.end() : s].split()) <= settings.quantity_words for t in owned for s in said
    ):
        return False
    return not _has("past", lang, sentence) and not _has("hypothetical", lang, sentence)


def _after_possessive(before: str) -> bool:
    """Does ``before`` end in a possessive: a word of the lexicon's ``possessives`` ("our") or
    a genitive ("the town's", "the board’s", "members'")?"""
    from plancheck.lang.vocab import possessives

    words = before.split()
    if not words:
        return False
    last = words[-1].lower()
    return last in possessives() or last.endswith(("'s", "’s", "s'", "s’"))


def target_statements(text: str, lang: str, settings: ProseSettings = ProseSettings()) -> list[tuple[str, str]]:
    """(goal text, source sentence) for every target a paragraph sets, and every goal it
    names and says (:func:`is_goal_statement`)."""
    out = []
    for s in sentences(text):
        if is_target_sentence(s, lang, settings):
            for part in split_targets(main_clause(s, lang, settings), lang):
                out.append((part.rstrip(" ;,"), s))
        elif is_goal_statement(s, lang, settings):
            out.append((s, s))
    return out


def prose_goals(plan: Plan, doc: Document, settings: ProseSettings = ProseSettings()) -> list[Goal]:
    """Add the targets of the document's paragraphs as goals — only when the plan has no goal
    at all (a plan with a goal list states its goals there, and its prose only talks about
    them). Returns the goals added."""
    if plan.goals:
        return []
    added: list[Goal] = []
    quoting = _quoting_sections(doc)
    for block in doc.blocks:
        if block.kind != BlockKind.paragraph or block.section_id in quoting:
            continue
        for text, source in target_statements(block.text, plan.language, settings):
            added.append(_goal(plan, block, text, source))
    return added


def _quoting_sections(doc: Document) -> set[str]:
    """The sections that quote other plans' goals (a chapter "Gällande mål …"): its prose
    states their targets and work, not this plan's."""
    from plancheck.extract.plan import background_sections

    return background_sections(doc.sections)


def link_prose_goals(plan: Plan, goals: list[Goal]) -> None:
    """A target set in the prose of a chapter serves the measures and strategies inside that
    chapter (its section and the sections below it) that serve no goal yet — not those of the
    chapters beside it, which the prose does not introduce. The nearest enclosing section that
    sets targets decides, and only when it sets one: several say nothing of which serves what."""
    from plancheck.extract.link import scope_parents

    if not goals:
        return
    parent_of = scope_parents(plan)
    by_section: dict[str | None, list[Goal]] = {}
    for g in goals:
        by_section.setdefault(g.section_id, []).append(g)
    for item in [*plan.measures, *plan.strategies]:
        if item.goal_ids:
            continue
        cur, seen = item.section_id, set()
        while cur is not None and cur not in by_section and cur not in seen:
            seen.add(cur)
            cur = parent_of.get(cur)
        found = by_section.get(cur) if cur is not None else None
        if found and len(found) == 1:
            item.goal_ids.append(found[0].id)


def clauses(sentence: str, lang: str) -> list[str]:
    """The clauses of a sentence joined by ", and" ("The 2020 target was met, and more schools
    are being evaluated …" → two): each may say something else."""
    pat = _comma_conjunction(lang)
    if pat is None:
        return [sentence]
    out: list[str] = []
    for part in pat.split(sentence):
        part = part.strip()
        if out and not (_has("future_action", lang, part) or _has("past", lang, part)):
            out[-1] = f"{out[-1]}, and {part}"  # the last item of a list ("…, publications, and outreach")
        elif part:
            out.append(part)
    return out


@cache
def _comma_conjunction(lang: str) -> re.Pattern[str] | None:
    from plancheck.lang.vocab import evidence_words

    words = evidence_words("conjunction", lang)
    if not words:
        return None
    return re.compile(r",\s*(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)


def is_action_sentence(clause: str, lang: str, settings: ProseSettings = ProseSettings()) -> bool:
    """Does a clause say what will be done or is under way (``evidence.future_action``), not
    what was done, might be done, or which target is set?"""
    if not settings.min_chars <= len(clause) <= settings.max_chars:
        return False
    if not clause.rstrip(" ”\"’)").endswith((".", "!")):
        return False
    if not (_has("future_action", lang, clause) or is_progressive_action(clause, lang)):
        return False
    if _has("past", lang, clause) or _has("hypothetical", lang, clause) or reports_done_first(clause, lang):
        return False
    return not (_has("target_nouns", lang, clause) and _is_target(clause))


def _verb_stems(word: str, ending: str) -> list[str]:
    """The base forms an inflected word may stand for: "providing" → provide, "planning" → plan."""
    stem = word[: -len(ending)]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        out.append(stem[:-1])
    return out


@cache
def _progressive(lang: str) -> re.Pattern[str] | None:
    aux = evidence_words("progressive_auxiliaries", lang)
    endings = evidence_words("progressive_endings", lang)
    if not aux or not endings:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(aux)})\s+(\w+(?:{alternation(endings)}))\b(?P<rest>\s+\w)?", re.IGNORECASE)


def is_progressive_action(clause: str, lang: str) -> bool:
    """Does a clause say what is under way in the present progressive ("APU is providing
    rebates …", "… are collaborating with …"): an auxiliary of ``evidence.progressive_auxiliaries``,
    then an action verb (``evidence.action_verbs``) with an ending of
    ``evidence.progressive_endings``, then more words (what is done)? "Emissions are
    increasing." describes a trend, not work."""
    pat = _progressive(lang)
    if pat is None:
        return False
    verbs = set(evidence_words("action_verbs", lang)) | set(evidence_words("actor_verbs", lang))
    endings = evidence_words("progressive_endings", lang)
    for m in pat.finditer(clause):
        word = m.group(1).lower()
        ending = next((e for e in endings if word.endswith(e)), "")
        if m.group("rest") and any(s in verbs for s in _verb_stems(word, ending)):
            return True
    return False


def reports_done_first(clause: str, lang: str) -> bool:
    """Does a clause report work done before it says what will follow ("In 2018, APU invested
    in a solar project; once online, 36 MW will be produced")? An action verb
    (``evidence.action_verbs``) with an ending of ``evidence.past_endings`` before the first
    word of ``evidence.future_action``, not right after an auxiliary (``evidence.auxiliaries``:
    "are expected to be replaced" is a passive)."""
    future = _pattern("future_action", lang)
    endings = evidence_words("past_endings", lang)
    if future is None or not endings:
        return False
    m = future.search(clause)
    head = clause[: m.start()] if m else clause
    verbs = set(evidence_words("action_verbs", lang))
    aux = set(evidence_words("auxiliaries", lang))
    words = [w.lower() for w in re.findall(r"[\w'’-]+", head)]
    for i, word in enumerate(words):
        ending = next((e for e in sorted(endings, key=len, reverse=True) if word.endswith(e)), "")
        if not ending or (i and words[i - 1] in aux):
            continue
        if any(stem in verbs for stem in _verb_stems(word, ending) if len(stem) > 2):
            return True
    return False


def is_outlook(clause: str, lang: str) -> bool:
    """Does a clause open with a word of ``evidence.outlook`` ("Future …"): the coming course
    of a whole field, a direction rather than one step?"""
    pat = _pattern("outlook", lang)
    return bool(pat and pat.match(clause))


def prose_measures(plan: Plan, doc: Document, settings: ProseSettings = ProseSettings()) -> list[Measure]:
    """When nothing at all was read from the document's structure (no goal, strategy or
    measure list, heading or table), the clauses of its prose that say what will be done are
    its measures: a progress report states its next steps in sentences. Returns those added."""
    from plancheck.lang.deadlines import stated_deadline

    if plan.goals or plan.strategies or plan.measures:
        return []
    added: list[Measure] = []
    quoting = _quoting_sections(doc)
    for block in doc.blocks:
        if block.kind != BlockKind.paragraph or block.section_id in quoting:
            continue
        for sentence in sentences(block.text):
            for clause in clauses(main_clause(sentence, lang=plan.language, settings=settings), plan.language):
                if not is_action_sentence(clause, plan.language, settings):
                    continue
                if is_outlook(clause, plan.language):
                    plan.strategies.append(
                        Strategy(
                            id=f"strategy-{len(plan.strategies) + 1}",
                            text=clause,
                            page=block.provenance.page,
                            section_id=block.section_id,
                            provenance=Provenance(page=block.provenance.page, bbox=block.provenance.bbox, source_text=sentence),
                        )
                    )
                else:
                    m = Measure(
                        id=f"measure-{len(plan.measures) + 1}",
                        text=clause,
                        page=block.provenance.page,
                        section_id=block.section_id,
                        provenance=Provenance(page=block.provenance.page, bbox=block.provenance.bbox, source_text=sentence),
                        deadline=stated_deadline(clause, lang=plan.language),
                    )
                    plan.measures.append(m)
                    added.append(m)
    return added


def _goal(plan: Plan, block: Block, text: str, source: str) -> Goal:
    goal = Goal(
        id=f"goal-{len(plan.goals) + 1}",
        text=text,
        kind=GoalKind.goal,
        page=block.provenance.page,
        section_id=block.section_id,
        provenance=Provenance(page=block.provenance.page, bbox=block.provenance.bbox, source_text=source),
    )
    plan.goals.append(goal)
    return goal
