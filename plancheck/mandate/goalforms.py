"""Parent goals printed in forms the extractor does not read as goals (issue 11, the rød tråd).

A strategic plan often states its few goals in a form of its own rather than under a "Mål"
heading:

- **keyword-led** paragraphs: a short name in capitals, a dash, the goal sentence
  ("TRYGG BY – Alla känner sig trygga där de bor …"); the capitals are the goal's short name, by
  which a child's table may tag its measures;
- **deadline-led** ambitions: sentences that open with the year they are to hold by ("By 2030,
  2,000 new homes have been built …", "Innen 2030 er …"), in a table column or a list, the
  row's first short cell ("Homes") the goal's short name;
- **a question heading over the goals** ("Hvor vil vi være i 2035?", "Where do we want to be?"): a
  question in the first person plural that does not ask how; the lines under it to the next
  heading of its level are the goals (the "how" question beside it heads the ways).

Each form is read by layout and wording only: capitals and a dash, a year after an opening
preposition, a question mark. The words (prepositions, pronouns, question words) are data in
goal_vocab.yaml (``goal_forms``). Why here and not in the extractor: these forms decide what the
parent's goals are for the rød tråd, as the "Fra | Til" table does (``parents.state_table_goals``);
the plan reader keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from plancheck.mandate import text as T


@dataclass(frozen=True)
class GoalFormSettings:
    """The tolerances of the printed goal forms (see the module's docstring)."""

    min_count: int = 2  # goals printed in one form: a form of the plan, not one sentence
    min_words: int = 4  # a goal sentence has at least this many words …
    max_words: int = 45  # … and at most this many (a paragraph is no goal)
    name_max_words: int = 4  # a short name: "LIKE MULIGHETER", "Homes"
    name_min_letters: int = 3  # "EU – …" is an abbreviation, not a goal's name


DEFAULT_GOAL_FORM_SETTINGS = GoalFormSettings()


class FormGoal(NamedTuple):
    """A parent goal read from its printed form."""

    id: str  # the block id, with the goal's place in it
    text: str
    page: int | None
    section_id: str | None
    name: str | None  # the short name printed with it (keyword, first cell), if any


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """goal_vocab.yaml ``goal_forms`` (each list lower case, spaces folded), read once. Why the
    import in the body: parents.py, which loads goal_vocab.yaml, imports this module."""
    from plancheck.mandate.parents import _vocab_data

    data = _vocab_data().get("goal_forms") or {}
    return {k: frozenset(" ".join(w.lower().split()) for w in v) for k, v in data.items()}


_DASH = r"[–—-]"
_CAPS_WORD = r"[A-ZÆØÅÄÖÜÉ]{2,}"
# "TRYGG BY – …", "LIKE MULIGHETER – …": capitals (one to four words), a dash, a sentence
_KEYWORD_RE = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?P<name>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})\s+{_DASH}\s+"
    rf"(?P<goal>[A-ZÆØÅÄÖÜÉ0-9].*?[.!?])(?=\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}\s+{_DASH}\s|\s*$)"
)


def _page(b) -> int | None:
    """The page of a block, None when it has no provenance."""
    prov = getattr(b, "provenance", None)
    return getattr(prov, "page", None) if prov is not None else None


def _statement(text: str, settings: GoalFormSettings) -> bool:
    """Whether a text is of a goal sentence's length (``min_words`` … ``max_words``)."""
    n = len(text.split())
    return settings.min_words <= n <= settings.max_words


def keyword_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as "KEYWORD – sentence." paragraphs (a block the reader joined holds
    several), in reading order; [] when fewer than ``min_count`` stand in one section. Why:
    the capitals name the goal and the sentence states it; an abbreviation before a dash
    ("EU – …") is too short to be a name, and one such line alone is no form."""
    by_section: dict[str | None, list[FormGoal]] = {}
    for b in getattr(doc, "blocks", None) or []:
        kind = str(getattr(b.kind, "value", b.kind))
        if b.table is not None or kind not in ("paragraph", "list_item", "heading"):
            continue
        text = " ".join((b.text or "").split())
        for k, m in enumerate(_KEYWORD_RE.finditer(text)):
            name, goal = m.group("name"), m.group("goal").strip()
            letters = sum(ch.isalpha() for ch in name)
            if letters < settings.name_min_letters or not _statement(goal, settings):
                continue
            by_section.setdefault(b.section_id, []).append(
                FormGoal(f"{b.id}-k{k}", goal, _page(b), b.section_id, name)
            )
    out: list[FormGoal] = []
    for found in by_section.values():
        if len(found) >= settings.min_count:
            out += found
    return out


@lru_cache(maxsize=1)
def _deadline_re() -> re.Pattern[str]:
    """The opening of a dated ambition ("By 2030, …"): a ``deadline_openers`` preposition, a
    year, a word. Built once: the words are data read once per process."""
    preps = sorted(_words().get("deadline_openers", frozenset()), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, p.split())) for p in preps) or r"(?!x)x"
    return re.compile(rf"^(?:{alt})\s+(?:19|20)\d\d\b\s*,?\s+\S", re.IGNORECASE)


def deadline_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """Goals printed as sentences opening with the year they hold by ("By 2030, …") in one
    table column (the row's first cell, when short and not the goal, its name) or in the list
    items of one section; [] when fewer than ``min_count`` stand together. Why: an ambition
    dated so states the state to reach; one dated sentence in a foreword is no form."""
    rx = _deadline_re()
    out: list[FormGoal] = []
    lists: dict[str | None, list[FormGoal]] = {}
    for b in getattr(doc, "blocks", None) or []:
        if b.table is not None:
            cols: dict[int, list[FormGoal]] = {}
            for row in b.table.rows:
                first = next((c for c in row if c.col == 0), None)
                for cell in row:
                    text = " ".join((cell.text or "").split())
                    if not rx.match(text) or not _statement(text, settings):
                        continue
                    name = " ".join((first.text or "").split()) if first is not None and first is not cell else ""
                    short = name if 0 < len(name.split()) <= settings.name_max_words else None
                    cols.setdefault(cell.col, []).append(
                        FormGoal(f"{b.id}-r{cell.row}", text, cell.page or _page(b), b.section_id, short)
                    )
            for found in cols.values():
                if len(found) >= settings.min_count:
                    out += found
            continue
        kind = str(getattr(b.kind, "value", b.kind))
        text = " ".join((b.text or "").split())
        if kind in ("list_item", "paragraph") and rx.match(text) and _statement(text, settings):
            lists.setdefault(b.section_id, []).append(FormGoal(b.id, text, _page(b), b.section_id, None))
    for found in lists.values():
        if len(found) >= settings.min_count:
            out += found
    return out


def goal_question(title: str) -> bool:
    """Whether a heading asks where the plan wants to go: a question (ending in "?") in the
    first person plural ("vi", "we") that does not ask how ("Hvordan når vi dit?" heads
    the ways). The words are data (goal_vocab.yaml ``goal_forms``)."""
    t = " ".join((title or "").split()).lower()
    if not t.endswith("?"):
        return False
    ws = re.findall(r"\w+", t)
    w = _words()
    return bool(set(ws) & w.get("we", frozenset())) and not set(ws) & w.get("how", frozenset())


def question_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """The goals under a question heading (:func:`goal_question`): each sentence of the blocks
    after it up to the next heading of its level or above (a lower heading, bold lines the
    reader took for one, counts as lines), in reading order; [] when fewer than ``min_count``
    in the document. Why: "Hvor vil vi være i 2035?" over bold lines and "Hvordan når vi dit?"
    over bullets is the plan's goals and ways, whatever the type."""
    out: list[FormGoal] = []
    blocks = list(getattr(doc, "blocks", None) or [])
    for i, b in enumerate(blocks):
        if str(getattr(b.kind, "value", b.kind)) != "heading" or not goal_question(b.text):
            continue
        level = b.level or 0
        k = 0
        for nxt in blocks[i + 1 :]:
            kind = str(getattr(nxt.kind, "value", nxt.kind))
            if kind == "heading" and (nxt.level or 0) <= level:
                break
            if nxt.table is not None:
                continue
            for sent in T.sentences(nxt.text or ""):
                sent = sent.strip()
                if _statement(sent, settings) and sent[-1:] in ".!":
                    out.append(FormGoal(f"{b.id}-q{k}", sent, _page(nxt), b.section_id, None))
                    k += 1
    return out if len(out) >= settings.min_count else []


def form_goals(doc, settings: GoalFormSettings = DEFAULT_GOAL_FORM_SETTINGS) -> list[FormGoal]:
    """The parent's goals in the first printed form that gives any (keyword-led, deadline-led,
    under a question heading), in reading order; [] when none does."""
    if doc is None:
        return []
    for reader in (keyword_goals, deadline_goals, question_goals):
        found = reader(doc, settings)
        if found:
            return found
    return []
