"""Goals a plan states by form alone, read when the walk found no goal and no strategy.

A plan whose walk and prose reading found no goal (and no strategy) may still state them in a form the walk does
not take for goals:

- a paragraph led by a goal label of the lexicon ("Resultatmål: Elevene skal trives …",
  "Target: …"): the label says what the line is;
- paragraphs that open with a main clause "<subject> skal …" (:func:`topic_goal`), where one
  section holds at least ``min_count`` of them;
- headings that are whole sentences ("Every beekeeper is offered a visit within four weeks."
  over the actions that serve it), where the plan sets at least ``min_count`` of them: a title
  names a topic and does not end in a full stop; one or two sentence headings may be emphasis,
  several are the plan's form.

The list items under such a goal, in its section and before the next goal, are its measures
when the plan has no measure at all (a commitment over its action bullets). Measures without a
goal in a section with exactly one such goal serve it (a measure table under its result goal).

The rød tråd (:mod:`plancheck.mandate.parents`) reads a child's goals with the same functions,
so the plain extractor and the rød tråd agree on what the child's goals are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plancheck.extract.fields import Fields, split_fields
from plancheck.models import BlockKind, Goal, GoalKind, Measure, Plan, Provenance


@dataclass(frozen=True)
class StatedSettings:
    """Tolerances of the stated-goal reading."""

    # a sentence heading has at least this many words ("Residents are healthy and active." is
    # a statement; a bold lead sentence that filled its line reads as a heading)
    heading_min_words: int = 6
    # a goal is at most this many words (longer: a paragraph that explains)
    max_words: int = 45
    # a labelled goal has at least this many words after its label
    label_min_words: int = 3
    # the plan's form, not one heading set as a sentence for emphasis
    min_count: int = 3
    # a topic sentence stating a goal is short; a long one explains
    topic_max_words: int = 30
    # "Nye idrettsanlegg i kommunen skal …": the modal comes early
    subject_max_words: int = 6


DEFAULT_STATED_SETTINGS = StatedSettings()

_GOAL_ROLES = frozenset({"main_goal", "goal", "sub_goal"})
_NUMBERING_RE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=\D)")  # "2.1 Gründerne skal …"
# "Resultatmål: …", "Hovudmål 2: …", "Delmål 4.2 – …": a role label before the statement
_LABEL_RE = re.compile(r"^\s*([^\W\d][\w -]{1,40}?(?:\s+\d+(?:\.\d+)*[a-z]?)?)\s*[:–—]\s+(\S.*)$")


def whole_sentence(text: str, min_words: int, stop: str = ".") -> bool:
    """Whether ``text`` is one whole sentence of ``min_words`` words or more: capitalised, ending
    in a full stop, no colon and no other full stop before a word inside it — but an ordinal's
    ("den 1. januar", "hver 50. meter": a number's full stop before a word in lower case, as
    Danish and Norwegian write ordinals), which ends no sentence. ``stop``: the mark that ends
    it ("?" for a whole question)."""
    text = " ".join(text.split())
    return (
        text.endswith(stop)
        and (stop == "." or "?" not in text[:-1])
        and ":" not in text
        and len(text.split()) >= min_words
        and text[:1].isupper()
        and _ORDINAL_RE.sub(" ", text[:-1]).count(". ") == 0
    )


_ORDINAL_RE = re.compile(r"(?<=\d)\.\s(?=[a-zæøåäö])")  # "100. år": the ordinal's full stop


@cache
def unlabelled_goal_words() -> dict[str, frozenset[str]]:
    """The ``unlabelled_goals`` groups of stated_vocab.yaml (modals, subordinators, pronouns,
    existential subjects, the endings of words naming the document), every language at once."""
    from plancheck import yamlfile  # parsed once per machine, not with PyYAML in every check

    data = yamlfile.safe_load(Path(__file__).with_name("stated_vocab.yaml").read_text(encoding="utf-8")) or {}
    return {
        key: frozenset(str(w).lower() for w in words)
        for key, words in (data.get("unlabelled_goals") or {}).items()
    }


def topic_goal(sentence: str, settings: StatedSettings = DEFAULT_STATED_SETTINGS) -> bool:
    """Whether the first sentence of an unlabelled paragraph states a goal: a main clause
    "<subject> skal <verb> …" (a modal of obligation, ``unlabelled_goals``, within the first
    ``subject_max_words`` words, nothing before it a subordinator of ``unlabelled_goals``) whose
    subject is neither the document ("Planen", "Handlingsdelen") nor a pronoun for it.

    Why: temaplaner state a requirement or goal as the opening sentence of a paragraph that
    goes on to explain ("Nye idrettsanlegg skal vere universelt utforma. Salen i kulturhuset
    kan …"); it is a goal of the plan. An introduction's "Planen viser hva kommunen skal gjøre"
    is none: its modal stands in a subordinate clause, and its subject is the plan."""
    sub = unlabelled_goal_words()
    sentence = sentence.strip()
    words = re.findall(r"[\w-]+", sentence.lower())
    if sentence.endswith(":") or not 3 <= len(words) <= settings.topic_max_words:
        return False
    at = next((i for i, w in enumerate(words) if w in sub.get("modals", ())), None)
    if at is None or not 1 <= at <= settings.subject_max_words or at + 1 >= len(words):
        return False
    subject = words[:at]
    if at == 1 and subject[0] in sub.get("existential", ()):
        return True  # "Der skal være …": a formal subject, a main clause
    if any(w in sub.get("subordinators", ()) for w in subject):
        return False
    if subject[0] in sub.get("pronouns", ()):
        return False
    ends = tuple(sub.get("document_ends", ()))
    return not any(w.endswith(ends) for w in subject)


def topic_paragraphs(plan: Plan, settings: StatedSettings = DEFAULT_STATED_SETTINGS) -> dict[str, str]:
    """Passage id → the first sentence of each paragraph that opens with a topic goal
    (:func:`topic_goal`), where one section holds at least ``min_count`` of them; else nothing
    for that section. Why: a policy may set its goals as short "<subject> skal …" paragraphs,
    each over the bullets of what is done (a Danish politik's "Landsbyernes forsamlingshuse skal
    have bedre vilkår."); one such sentence in an introduction is no goal list, several in one
    chapter are the plan's form."""
    from plancheck.extract.prose import sentences

    found: dict[str, dict[str, str]] = {}
    for p in plan.passages:
        if str(getattr(p.kind, "value", p.kind)) != "paragraph":
            continue
        sents = sentences(" ".join(p.text.split()))
        if sents and topic_goal(sents[0], settings) and labelled_goal_text(p.text, settings) is None:
            found.setdefault(p.section_id or "", {})[p.id] = sents[0].strip()
    out: dict[str, str] = {}
    for group in found.values():
        if len(group) >= settings.min_count:
            out.update(group)
    return out


def statement_headings(plan: Plan, settings: StatedSettings = DEFAULT_STATED_SETTINGS) -> dict[str, str]:
    """Passage id → text of the headings that are whole sentences (:func:`whole_sentence`, of
    ``heading_min_words`` words or more, their numbering dropped), where the plan sets at least
    ``min_count`` of them; else nothing. A shorter whole sentence that is a modal main clause
    (:func:`topic_goal`, "Ingen skal stå uden et fællesskab.", "Nedskräpningen ska minska.") is
    one too, and counts towards ``min_count``. A heading that opens with a role word of the lexicon
    ("Action 1.2 …", "Mål 3 …") is a labelled item, not a sentence heading.

    Why: a strategy may state each of its aims as a bold sentence over its actions, no label and
    no modal ("Every tenant is offered a home visit within a month." over bullets); the reader
    takes each line for a heading, and it is the plan's goal. A plan may also put each aim as a
    question its measures answer ("Korleis sikrar vi ein trygg skuleveg?" over the measure
    table): a whole question heading counts where its own section holds measures already read —
    a question over prose (a page of questions and answers) is no goal."""
    from plancheck.extract.roles import heading_role

    out, short = {}, {}
    answered = {m.section_id for m in plan.measures if m.section_id}
    for p in plan.passages:
        if str(getattr(p.kind, "value", p.kind)) != "heading":
            continue
        body = _NUMBERING_RE.sub("", " ".join(p.text.split()))
        if heading_role(body)[0] is not None or len(body.split()) > settings.max_words:
            continue  # "Action 1.2 Activate volunteerism …": a labelled item the walk has read
        if whole_sentence(body, settings.heading_min_words):
            out[p.id] = body
        elif p.section_id in answered and whole_sentence(body, settings.heading_min_words, stop="?"):
            out[p.id] = body  # "Korleis sikrar vi …?" over the measures that answer it
        elif whole_sentence(body, 3) and topic_goal(body, settings):
            short[p.id] = body  # "Ingen skal stå uden et fællesskab.": short, but a modal main clause
    if len(out) + len(short) < settings.min_count:
        return {}
    out.update(short)  # the plan's form once they establish it together
    return {p.id: out[p.id] for p in plan.passages if p.id in out}


def labelled_goal_text(text: str, settings: StatedSettings = DEFAULT_STATED_SETTINGS) -> str | None:
    """The statement after a goal label of the lexicon that opens a paragraph ("Resultatmål:
    Elevene skal trives." → "Elevene skal trives."), or None. The label is a role word of the
    lexicon alone (its number dropped, :func:`plancheck.extract.roles.heading_role`), not a
    heading that names a topic after the role word."""
    from plancheck.extract.roles import heading_role

    body = " ".join(text.split())
    m = _LABEL_RE.match(body)
    if m is None:
        return None
    role, rest = heading_role(m.group(1))
    if role not in _GOAL_ROLES or rest:
        return None
    stated = m.group(2).strip()
    if not settings.label_min_words <= len(stated.split()) <= settings.max_words or stated.endswith(":"):
        return None
    return stated


def goal_sentences(stated: str) -> list[str]:
    """The goals of a labelled line: its first sentence, and each further sentence holding a
    modal of ``unlabelled_goals`` ("Resultatmål: A skal … B skal …" states two; "… Det måles
    årlig." explains the first and is left out), as the rød tråd's reader splits them."""
    from plancheck.extract.prose import sentences

    modals = unlabelled_goal_words().get("modals", frozenset())
    sents = [x.strip() for x in sentences(stated) if x.strip()] or [stated]
    return [sents[0]] + [
        sent for sent in sents[1:] if any(w in modals for w in re.findall(r"[\w-]+", sent.lower()))
    ]


def _bullet_fields(bullets: list[tuple[Measure, Fields]], lang: str) -> None:
    """Owner and deadline written after the measures' bullets ("a) Etablere fortau … (Teknisk
    drift, 2027)", "… (ansvar: kultureininga, tid: 2025)"; :func:`plancheck.extract.fields.split_fields`),
    as the walk reads them: where the plan writes such fields after some bullets, every bullet
    has a place for them, and one without is a measure missing its owner or deadline; there a
    bracket of names alone ("(Gatuenheten)", which alone in a plan may be a remark) is the
    owner field too."""
    from plancheck.extract.bracketowners import closing_names
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners

    for m, f in bullets:
        if f.owner:
            m.owner_text = f.owner
            m.owners = split_owners(f.owner, lang=lang)
        if f.deadline:
            m.deadline = parse_deadline(f.deadline, lang=lang)
    if not any(f.labelled or f.unlabelled for _m, f in bullets):
        return
    for m, f in bullets:  # "(Gatuenheten)" beside "(Renhållningen, 2027)": the owner field, one name
        if not f.owner and (hit := closing_names(m.text, lang)) is not None and (
            owners := split_owners(hit.group("inside"), lang=lang)
        ):
            m.text, m.owners, m.owner_text = m.text[: hit.start()].rstrip(), owners, hit.group("inside").strip()
            f.owner = m.owner_text
    has_owner = any(f.owner for _m, f in bullets)
    has_deadline = any(f.deadline for _m, f in bullets)
    for m, _f in bullets:
        m.has_owner_column = m.has_owner_column or has_owner
        m.has_deadline_column = m.has_deadline_column or has_deadline


def stated_goals(plan: Plan, settings: StatedSettings = DEFAULT_STATED_SETTINGS) -> list[Goal]:
    """Add the goals the plan states by form (see the module) when it has no goal and no strategy, with
    the measures its list items under them are; returns the goals added."""
    if plan.goals or plan.strategies:
        # strategies read: the walk understood the plan's structure of aims, and a sentence set
        # as a heading there is a title or a forecast, not a goal it missed
        return []
    headings = statement_headings(plan, settings)
    topics = topic_paragraphs(plan, settings)
    known = {" ".join(i.text.lower().split()) for i in [*plan.strategies, *plan.measures, *plan.focus_areas]}
    no_measures = not plan.measures
    added: list[Goal] = []
    bullets: list[tuple[Measure, Fields]] = []  # the measures read from bullets, with their fields
    current: Goal | None = None
    for p in plan.passages:
        kind = str(getattr(p.kind, "value", p.kind))
        texts = [headings[p.id]] if kind == "heading" and p.id in headings else []
        if kind == BlockKind.paragraph.value:
            labelled = labelled_goal_text(p.text, settings)
            texts = goal_sentences(labelled) if labelled else [topics[p.id]] if p.id in topics else []
        texts = [t for t in texts if " ".join(t.lower().split()) not in known]
        for text in texts:
            current = Goal(
                id=f"goal-{len(plan.goals) + 1}",
                text=text,
                kind=GoalKind.goal,
                page=p.page,
                section_id=p.section_id,
                provenance=Provenance(page=p.page, bbox=p.provenance.bbox, source_text=p.text),
            )
            plan.goals.append(current)
            added.append(current)
            known.add(" ".join(text.lower().split()))
        if texts:
            continue
        if kind == "heading" and (current is None or p.section_id != current.section_id):
            current = None  # a heading of its own closes the goal's bullets
        if (
            no_measures
            and current is not None
            and kind == BlockKind.list_item.value
            and p.section_id == current.section_id
            and " ".join(p.text.lower().split()) not in known
        ):
            fields = split_fields(" ".join(p.text.split()), plan.language)
            m = Measure(
                id=f"measure-{len(plan.measures) + 1}",
                text=fields.text,
                page=p.page,
                section_id=p.section_id,
                provenance=Provenance(page=p.page, bbox=p.provenance.bbox, source_text=p.text),
                goal_ids=[current.id],
            )
            plan.measures.append(m)
            bullets.append((m, fields))
    _bullet_fields(bullets, plan.language)
    if added:
        by_section: dict[str, list[str]] = {}
        for g in added:
            if g.section_id:
                by_section.setdefault(g.section_id, []).append(g.id)
        for m in plan.measures:
            if not m.goal_ids and m.section_id and len(by_section.get(m.section_id, [])) == 1:
                m.goal_ids = list(by_section[m.section_id])
    return added
