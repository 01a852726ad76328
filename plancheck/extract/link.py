"""Link measures to goals and strategies, and strategies to goals.

In order of strength:

0. codes: a cross-reference column ('Related Programs': "LU-2.1, LU-2.2") names the items a
   measure serves by their codes; each code that names a goal or a strategy of the plan is a
   link, and a measure serving a strategy serves its goals (:func:`link_by_codes`);
1. the goal named in a measure table (a merged "Mål" cell, or a row spanning the table) is
   matched to the goals declared in the text, even when shortened or misspelt
   ("Tidlig hjelp for god utvikling" → "2. Alle barn skal få tidlig hjelp for best mulig
   utvikling"): by its number when it has one, else by fuzzy word overlap (rapidfuzz);
   a table goal that matches no declared goal is itself a goal of the plan;
2. numbering: measure "2.3" belongs to goal "2";
3. place: a measure or strategy belongs to the goals of the nearest section around it that
   declares goals (the focus area chapter it sits in); where that section declares several,
   as many strategy headings below them pair with them in order (parallel lists), and a
   measure under a strategy heading serves that strategy's goals;
4. the prose: strategies still linked to nothing serve the one goal a sentence about strategies
   names by its figures ("strategies to … meet the 80% by 2050 goal").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from plancheck.ingest.text import normalise
from plancheck.lang.vocab import alternation, link_words, plain_words
from plancheck.models import BlockKind, Document, Goal, GoalKind, Plan, Provenance

_T = TypeVar("_T")

MATCH_THRESHOLD = 62.0


@dataclass(frozen=True)
class LinkSettings:
    """Geometry tolerances of linking by place."""

    #: how far (points) a side column's first item may stand above the top of the sub-goal
    #: block it is printed beside (a column heading set on the sub-goal heading's line)
    beside_slack: float = 6.0
    #: a measure table's goal column must name at least this many numbered headings by their
    #: codes ('2.1.1' under 'Mål') before those headings are read as its goals
    coded_heading_min_codes: int = 2
    #: the fewest words of a numbered heading read as a goal that way (an aim clause: a subject,
    #: a modal and its verb, "Færre skal røyke")
    coded_heading_min_words: int = 3


LINK_SETTINGS = LinkSettings()
_STOP = set(link_words("stopwords"))
# the lexicon's words before a goal's number ("Mål 2", "Delmål 3.4", "Goal 2"), as a regex alternation
_GOAL_NUMBER = alternation(link_words("goal_number"))
_GOAL_NUMBER_WORDS = frozenset(w.lower() for w in link_words("goal_number"))  # (number_only)


def _words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in _STOP and not w.isdigit()]


def goal_similarity(table_text: str, goal_text: str) -> float:
    """How well a (shortened) goal text from a table names a declared goal, 0–100."""
    a = " ".join(_words(table_text))
    b = " ".join(_words(goal_text))
    if not a or not b:
        return 0.0
    return max(fuzz.token_set_ratio(a, b), 0.9 * fuzz.partial_ratio(a, b), fuzz.token_sort_ratio(a, b))


_NUMBERED = re.compile(rf"^\s*(?:{_GOAL_NUMBER})?\s*(\d{{1,2}}(?:\.\d{{1,2}})*)[.):]?\s+", re.IGNORECASE)
_NAMED_NUMBER = re.compile(rf"\b(?:{_GOAL_NUMBER})\s+(\d{{1,2}}(?:\.\d{{1,2}})*)\b", re.IGNORECASE)


def best_match(text: str, items: list) -> tuple[object | None, float]:
    best, best_score = None, 0.0
    for it in items:
        score = goal_similarity(text, it.text)
        if score > best_score:
            best, best_score = it, score
    return best, best_score


_ONLY_NUMBER = re.compile(
    rf"^\s*(?:{_GOAL_NUMBER}|{alternation(link_words('target_number'))})?\s*(\d{{1,2}}(?:\.\d{{1,2}})*)\s*[.):]?\s*$",
    re.IGNORECASE,
)


_NUMBER_LIST = re.compile(
    rf"^\s*(?:{_GOAL_NUMBER}|{alternation(link_words('goal_number_plural'))})?\s*"
    rf"(\d{{1,2}}(?:\.\d{{1,2}})*(?:\s*(?:,|&|{alternation(plain_words('and_words'))})\s*\d{{1,2}}(?:\.\d{{1,2}})*)+)\s*$",
    re.IGNORECASE,
)


# the goal label repeated before each number ("Mål 1 Mål 2", "Goal 1, Goal 3"): a relation cell of a
# database view lists each goal it links to by its label, one under the other
_LABEL_LIST = re.compile(
    rf"^\s*(?:(?:{_GOAL_NUMBER})\s*\d{{1,2}}(?:\.\d{{1,2}})*\s*[,;]?\s*){{2,}}$", re.IGNORECASE,
)


_LABELLED_NUMBER = re.compile(rf"^(?:{_GOAL_NUMBER})\s+(?=\d|(?-i:[IVX]))", re.IGNORECASE)


def number_key(number: str | None) -> str:
    """A goal number as compared with another: without its closing dot or bracket, a Roman
    numeral as its value in digits ("IV." → "4"). Why: a plan numbering its goals "I."–"IV."
    cites them in a table as "IV" or, once the reader has turned the numeral into digits, "4"."""
    from plancheck.extract.roles import roman_value

    # a goal numbered with its label ("Mål 3" in a 'Nr' cell beside the goal sentence) is goal 3:
    # a goal-number column cites it by the number alone ("3, 1")
    key = (number or "").strip()
    if " " in key:
        key = _LABELLED_NUMBER.sub("", key)
    key = key.strip(".)")
    value = roman_value(key)
    return str(value) if value is not None else key


# a goal's code alone, letters and a number ("O1", "SM-2"; a bare number is read by _ONLY_NUMBER)
_BARE_CODE = re.compile(r"^\s*[^\W\d_]{1,3}-?\d{1,2}\s*$")


# a code naming a lettered sub-goal by its goal's number and its own letter ("II b", "2b", "1.a",
# "Delmål 3 c"): the letter is the sub-goal's number under the goal of that number
_LETTERED_CODE = re.compile(
    rf"^\s*(?:(?:{_GOAL_NUMBER})\s+)?(?P<num>\d{{1,2}}|(?-i:[IVX]{{1,6}}))\s*[.)]?\s*(?P<letter>(?-i:[a-z]))\s*[.)]?\s*$",
    re.IGNORECASE,
)


def lettered_sub_goal(text: str, goals: list[Goal]) -> Goal | None:
    """The sub-goal a code like "II b" or "2b" names: the sub-goal lettered "b" whose parent is
    the one goal numbered "II" (or "2"); None when the text is no such code or names no single
    sub-goal. Why: a measure table's goal column may hold only a code that joins a goal's
    number to its sub-goal's letter, the sub-goals lettered "a)", "b)" again under each goal."""
    m = _LETTERED_CODE.match(text or "")
    if m is None:
        return None
    parents = [g for g in goals if g.parent_id is None and number_key(g.number) == number_key(m.group("num"))]
    if len(parents) != 1:
        return None
    subs = [g for g in goals if g.parent_id == parents[0].id and number_key(g.number) == m.group("letter")]
    return subs[0] if len(subs) == 1 else None


def numbered(goals: list[Goal], num: str) -> list[Goal]:
    """The goals numbered ``num`` (a Roman numeral and its digits alike: :func:`number_key`);
    when no goal of ``goals`` carries a number (a bulleted list
    of goals that a goal-number column or a bracket cites by "1", "2" …), the goal at that place
    in the order the plan states them, as its reader counts them."""
    found = [g for g in goals if number_key(g.number) == number_key(num)]
    if found or any(g.number for g in goals) or not num.isdigit():
        return found
    k = int(num)
    return [goals[k - 1]] if 1 <= k <= len(goals) else []


def listed_goals(text: str, goals: list[Goal]) -> list[Goal]:
    """The declared goals a goal-number cell lists ("Mål 1, 2", "1 og 3", "Goals 2 & 4", the label
    before each number "Mål 1 Mål 2"), when it lists two or more and each number names one declared goal; else []."""
    m = _NUMBER_LIST.match(text)
    if m is not None:
        numbers = m.group(1)
    elif _LABEL_LIST.match(text):
        numbers = text  # "Mål 1 Mål 2": each number after its label
    else:
        return []
    out = []
    for num in re.findall(r"\d{1,2}(?:\.\d{1,2})*", numbers):
        found = numbered(goals, num)
        if len(found) != 1:
            return []
        out.append(found[0])
    return out


def goal_under_heading(text: str, goals: list[Goal], sections: list) -> Goal | None:
    """The goal a group row names by repeating the heading the goal was declared under
    ("Theme 2: Access to devices and data" over the actions, the same words heading the
    section whose one goal is "Outcome: No resident is left out …"). Why: a plan may name each
    goal's section in its action table and state the goal itself only in that section; the
    heading is what the two places share. The row must repeat the heading whole (case,
    spacing and punctuation aside), and the section must declare exactly one goal: in its own
    text, or as the heading of a section right under it (a goal sentence set in bold under
    its priority's title reads as a heading)."""
    key = normalise(text)
    if not key:
        return None
    titled = {getattr(sec, "id", None): normalise(getattr(sec, "title", "") or "") for sec in sections}
    parent = {getattr(sec, "id", None): getattr(sec, "parent_id", None) for sec in sections}
    for sec in sections:
        if normalise(getattr(sec, "title", "") or "") != key:
            continue
        own = [
            g for g in goals
            if g.section_id == sec.id
            or (parent.get(g.section_id) == sec.id and titled.get(g.section_id) == normalise(g.text))
        ]
        if len(own) == 1:
            return own[0]
    return None


def match_goal(text: str, goals: list[Goal]) -> Goal | None:
    """The declared goal a table names: by number ("2. …", "Mål 2:", "Tiltak knyttet til mål 2",
    a goal-number column holding "2" or "Delmål 3"), else by fuzzy words."""
    if (sub := lettered_sub_goal(text, goals)) is not None:
        return sub
    if _BARE_CODE.match(text or ""):
        # a code alone ("O1", "SM-2"): the goal numbered so, or the one goal that opens with it
        code = text.strip()
        coded = [g for g in goals if (g.number or "").strip(".):") == code
                 or re.match(rf"{re.escape(code)}\s*[:.)\u2013\u2014-]\s", g.text or "")]
        if len(coded) == 1:
            return coded[0]
    only = _ONLY_NUMBER.match(text)
    if only:
        by_num = numbered(goals, only.group(1))
        return by_num[0] if len(by_num) == 1 else None
    m = _NUMBERED.match(text) or _NAMED_NUMBER.search(text)
    if m:
        num = m.group(1)
        by_num = [g for g in goals if (g.number or "").strip(".)") == num]
        if len(by_num) == 1:
            return by_num[0]
        if m.re is _NUMBERED:
            text = text[m.end():]
    else:
        # a goal label of the lexicon with its number ("Målsætning 2 – <short name>", "Objective
        # 3: …"), where the goal-number words ("Mål 2") do not reach: the goal of that number
        from plancheck.extract.roles import label_role

        role, num, _rest = label_role(text)
        if role in ("goal", "main_goal", "sub_goal") and num:
            by_num = [g for g in goals if (g.number or "").strip(".)") == num.strip(".)")]
            if len(by_num) == 1:
                return by_num[0]
    best, score = best_match(text, goals)
    if best is not None and _other_number(text, best):
        return None  # "COMMITMENT 4 Tenants will have a real say …" is not goal 5 for the words they share
    return best if score >= MATCH_THRESHOLD else None  # type: ignore[return-value]


def _other_number(text: str, goal: Goal) -> bool:
    """Does a labelled text ("Commitment 4 …", "Priority 2: …") carry a number other than the
    goal's own? Then the goal it names is another, whatever words they share."""
    from plancheck.extract.roles import label_role

    _role, num, _rest = label_role(text)
    own = (goal.number or "").strip(".)")
    return bool(num) and bool(own) and num.strip(".)") != own


_HEADING_CODE = re.compile(r"\d+(?:\.\d+)+")


def goals_from_coded_headings(plan: Plan, doc: Document | None = None, settings: LinkSettings = LINK_SETTINGS) -> None:
    """Goals stated as numbered headings that a measure table names by code alone.

    A plan numbers its sections by hand to several levels ('2 Helse', '2.1 Innbyggerne skal
    leve lenger', '2.1.1 Flere skal være fysisk aktive') and gives each measure, in a column
    of its own, only the code of the goal it serves ('2.1.1' under 'Mål'). No goal label says
    which headings are goals; the codes do. When the column names at least
    ``coded_heading_min_codes`` headings, each heading a code names is a goal, and so is each
    heading of two parts or more whose number the codes extend (the chapters numbered by one,
    '2 Helse', are themes): a sub-goal under the goal its number extends.
    Only a heading that states an aim (a clause with a modal, :func:`~plancheck.extract.roles.aim_statement`)
    is read so: a topic ('2.1 Barnehage') is the measures' section, not their goal. Codes a
    declared goal carries already are left to the linking that follows."""
    from plancheck.extract.roles import aim_statement
    from plancheck.ingest.sections import split_heading_number

    declared = {(g.number or "").strip(".)") for g in plan.goals if g.number}
    codes = {t for m in plan.measures if (t := (m.table_goal_text or "").strip().rstrip(".")) and _HEADING_CODE.fullmatch(t)}
    codes -= declared
    if len(codes) < settings.coded_heading_min_codes:
        return
    numbered: dict[str, list] = {}
    for sec in plan.sections:
        number, title = (sec.number, sec.title) if sec.number else split_heading_number(sec.title or "")
        if number:
            numbered.setdefault(number.strip(".)"), []).append((sec, title))
    heading = {n: v[0] for n, v in numbered.items() if len(v) == 1}  # a number used twice names nothing sure

    def aim(n: str) -> bool:
        return n in heading and aim_statement(heading[n][1], settings.coded_heading_min_words)

    named = {c for c in codes if aim(c)}
    if len(named) < settings.coded_heading_min_codes:
        return
    chosen = set(named)
    for c in named:
        parts = c.split(".")
        for k in range(2, len(parts)):
            prefix = ".".join(parts[:k])
            if prefix not in declared and aim(prefix):
                chosen.add(prefix)
    made: dict[str, Goal] = {}
    for n in sorted(chosen, key=lambda n: plan.sections.index(heading[n][0])):
        sec, title = heading[n]
        parts = n.split(".")
        parent = next((made[p] for k in range(len(parts) - 1, 0, -1) if (p := ".".join(parts[:k])) in made), None)
        goal = Goal(
            id=f"goal-{len(plan.goals) + 1}",
            text=" ".join(title.split()),
            number=n,
            kind=GoalKind.sub_goal if parent is not None else GoalKind.goal,
            parent_id=parent.id if parent is not None else None,
            page=sec.page,
            section_id=sec.id,
            provenance=Provenance(page=sec.page, source_text=f"{n} {title}"),
        )
        plan.goals.append(goal)
        made[n] = goal
    if made and doc is not None:
        _strategies_by_their_lead_in(plan, doc, made)


def _strategies_by_their_lead_in(plan: Plan, doc: Document, goals: dict[str, Goal]) -> None:
    """Strategies listed under a lead-in that names one of ``goals`` by its code ("Strategier for
    mål 2.1:", "To achieve goal 2.1 we will:") serve it. The walk reads such a lead-in before
    the goals a measure table's codes make exist (:func:`goals_from_coded_headings`), so it could
    not link them; by place they would go to the last heading above them, a sub-goal of 2.1."""
    from plancheck.extract.roles import goal_reference

    by_text = {normalise(s.text): s for s in plan.strategies if not s.goal_ids}
    if not by_text:
        return
    target: Goal | None = None
    for b in doc.blocks:
        if b.kind == BlockKind.list_item:
            s = by_text.get(normalise(b.text or ""))
            if s is not None and target is not None and not s.goal_ids:
                s.goal_ids.append(target.id)
            continue
        target = None
        text = (b.text or "").strip()
        if b.kind == BlockKind.paragraph and text.endswith(":") and (ref := goal_reference(text)) is not None:
            numbers = [n.strip(".)") for n in ref[1]]
            if len(numbers) == 1 and numbers[0] in goals:
                target = goals[numbers[0]]


def link_plan(
    plan: Plan,
    doc: Document,
    *,
    loose_goal_ids: set[str] | None = None,
    section_goals: dict[str, list[str]] | None = None,
) -> None:
    """Link in place. ``loose_goal_ids``: goals told apart from measures in one flat bullet
    list; nothing links to them by place, since the list says nothing of what serves what.
    ``section_goals``: sections whose heading names a goal declared earlier ("Mål 2" over its
    measures; a card's row of goal chips, 'Mål 1' 'Mål 3', names several); what stands in them
    serves those goals."""
    from plancheck.extract.roles import arabic_goal_numbers

    for m in plan.measures:
        if m.table_goal_text:
            m.table_goal_text = arabic_goal_numbers(m.table_goal_text)  # "I, III" names goals 1 and 3
    goals_from_coded_headings(plan, doc)
    link_by_codes(plan)
    link_by_marks(plan)
    parent_of = scope_parents(plan)
    declared = list(plan.goals)
    sub_goals, boxes = _sub_goal_blocks(plan, doc)  # for a side column, worked out once
    table_goals: dict[str, Goal] = {}

    # a group row's goal: by number or words first; one that names none of the goals declared
    # in its chapter by words ("Mål: Aktive unge" for "Færre unge skal ryge …") is the next
    # goal of the chapter that no group row has named yet, in the order the chapter states them
    by_text: dict[str, Goal | None] = {}
    by_strategy: dict[str, object] = {}
    first_of: dict[str, object] = {}
    for m in plan.measures:
        if not m.table_goal_text:
            continue
        key = normalise(m.table_goal_text)
        if key in first_of or listed_goals(m.table_goal_text, declared):
            continue
        first_of[key] = m
        goal = goal_under_heading(m.table_goal_text, declared, plan.sections) or match_goal(m.table_goal_text, declared)
        strategy, s_score = best_match(m.table_goal_text, plan.strategies)
        if strategy is not None and s_score >= 85 and (
            goal is None or s_score > goal_similarity(m.table_goal_text, goal.text)
        ):
            by_strategy[key] = strategy
            continue
        by_text[key] = goal
    claimed = {g.id for g in by_text.values() if g is not None}
    for key, goal in by_text.items():
        m = first_of[key]
        if goal is not None or not _short_form(m.table_goal_text):  # type: ignore[attr-defined]
            continue  # a goal stated in full in the table is a goal of its own
        free = [g for g in _declared_in_scope(declared, m.section_id, parent_of) if g.id not in claimed]  # type: ignore[attr-defined]
        if free:
            by_text[key] = free[0]
            claimed.add(free[0].id)

    for m in plan.measures:
        if m.table_goal_text and (several := listed_goals(m.table_goal_text, declared)):
            for g in several:
                _add(m.goal_ids, g.id)  # a measure serving two goals ("Mål 1, 2") links to both
            continue
        if m.table_goal_text:
            key = normalise(m.table_goal_text)
            if key in by_strategy:
                # the group row repeats a strategy: the measure implements it and its goals
                strategy = by_strategy[key]
                _add(m.strategy_ids, strategy.id)  # type: ignore[attr-defined]
                for gid in strategy.goal_ids:  # type: ignore[attr-defined]
                    _add(m.goal_ids, gid)
                continue
            goal = by_text.get(key) or table_goals.get(key)
            if goal is None and number_only(m.table_goal_text):
                # "Mål 3", "–": a goal named by number that the plan does not state (another
                # plan's, cited), or none; no goal of this plan is written there
                continue
            if goal is None:
                from plancheck.extract.roles import label_role
                from plancheck.ingest.text import strip_label

                _role, lnum, rest = label_role(m.table_goal_text)
                number, text = (lnum, rest) if _role else strip_label(m.table_goal_text)
                goal = Goal(
                    id=f"goal-{len(plan.goals) + 1}",
                    text=" ".join(text.split()),
                    number=number,
                    kind=GoalKind.goal,
                    page=m.page,
                    section_id=m.section_id,
                    provenance=Provenance(page=m.page, source_text=m.table_goal_text),
                )
                plan.goals.append(goal)
                table_goals[key] = goal
            _add(m.goal_ids, goal.id)

    goals_by_number = {}
    for g in plan.goals:
        if g.number:
            goals_by_number.setdefault(g.number.strip(".)"), g)

    # a measure in the section of a strategy written as a heading ("2.3a …") implements it
    titles = {s.id: s.title for s in plan.sections}
    heading_strategies = {
        s.section_id: s
        for s in plan.strategies
        if s.section_id and (s.provenance.source_text == s.text or _is_title_of(s.text, titles.get(s.section_id, "")))
    }
    for m in plan.measures:
        if not m.strategy_ids and (heading := _nearest_section(m.section_id, parent_of, heading_strategies)) is not None:
            m.strategy_ids.append(heading.id)

    # the goals a closing bracket names ("… (mål 2 og 3)"): a link, no words of the item
    bracketed: dict[int, list[Goal]] = {}
    for item in [*plan.measures, *plan.strategies]:
        stripped = _without_goal_bracket(item.text, goals_by_number, declared)
        if stripped != item.text:
            bracketed[id(item)] = _referenced_goals(item.text, goals_by_number, declared)
            item.text = stripped
    steps = step_goals(plan.sections, goals_by_number)
    for item in [*plan.measures, *plan.strategies]:
        by_number = _goal_by_prefix(item.number, goals_by_number)
        if item.goal_ids:
            # a numbered measure (1.1.1) under a group row naming goal 1 belongs to objective 1.1
            if by_number is not None and by_number.id not in item.goal_ids and _refines(plan, by_number, item.goal_ids):
                item.goal_ids[:] = [by_number.id]
            continue
        if by_number is not None:
            _add(item.goal_ids, by_number.id)
            continue
        refs = bracketed.get(id(item)) or _referenced_goals(item.text, goals_by_number)
        if not refs:
            cur = item.section_id
            while cur is not None and not refs:
                refs = _referenced_goals(titles.get(cur, ""), goals_by_number)
                cur = parent_of.get(cur)
        if refs:
            for ref in refs:
                _add(item.goal_ids, ref.id)
            continue
        if (stepped := _nearest_section(item.section_id, parent_of, steps)) is not None:
            _add(item.goal_ids, stepped.id)
            continue
        named = _nearest_section(item.section_id, parent_of, section_goals or {})
        if named is not None:
            for gid in named:
                _add(item.goal_ids, gid)
            continue
        in_scope = _goals_in_scope(plan, item.section_id, parent_of, loose_goal_ids or set())
        if len(in_scope) == 1 and in_scope[0].id in sub_goals:
            in_scope = [_sub_goal_beside(sub_goals[in_scope[0].id], item, boxes) or in_scope[0]]
        for g in in_scope:
            _add(item.goal_ids, g.id)
    link_also_served(plan)  # after the links by place: a further goal, never instead of one
    _strategies_in_parallel(plan, parent_of, loose_goal_ids or set())
    _measures_by_their_strategy(plan, parent_of, loose_goal_ids or set())
    _strategies_by_their_measures(plan)
    _strategies_by_the_prose(plan, doc)


# a sentence of an item's own text or cells saying it serves a further goal ("Also supports Goal
# 3.", "Bidrar også til mål 2 og 4."): the lexicon's links.also_serves, then the goal word and
# one number or a list of them
_ALSO_SERVES = re.compile(
    rf"\b(?:{alternation(link_words('also_serves'))})\s+"
    rf"(?P<refs>(?:{_GOAL_NUMBER}|{alternation(link_words('goal_number_plural'))})\s+"
    rf"\d{{1,2}}(?:\.\d{{1,2}})*(?:\s*(?:,|&|{alternation(plain_words('and_words'))})\s*\d{{1,2}}(?:\.\d{{1,2}})*)*)"
    r"\s*[.!]?",
    re.IGNORECASE,
)


def also_served_goals(text: str, goals: list[Goal]) -> list[Goal]:
    """The declared goals a sentence of ``text`` says the item serves besides its own ("Also
    supports Goal 3." → goal 3; "Bidrar også til mål 2 og 4." → goals 2 and 4); [] when no such
    sentence, or when a number names no one declared goal.

    Why: a card or a table row that belongs under one goal (its slide, its chapter) adds a line
    for a second goal it serves; read by place alone, the measure links to its first goal only."""
    m = _ALSO_SERVES.search(text or "")
    if m is None:
        return []
    out = []
    for num in re.findall(r"\d{1,2}(?:\.\d{1,2})*", m.group("refs")):
        found = numbered(goals, num)
        if len(found) != 1:
            return []
        out.append(found[0])
    return out


def without_also_served(text: str) -> str:
    """``text`` without the sentence :func:`also_served_goals` reads (a deadline cell "Spring 2031
    Also supports Goal 2." is "Spring 2031")."""
    return " ".join(_ALSO_SERVES.sub(" ", text).split())


def link_also_served(plan: Plan) -> None:
    """Add the goals each measure's "also serves" sentence names (:func:`also_served_goals`, read
    in the measure's text or its source row) to the goals it is linked to, and take the sentence
    out of a deadline or owner read from the same cell."""
    shared: dict[str, int] = {}
    for m in plan.measures:
        shared[m.provenance.source_text or ""] = shared.get(m.provenance.source_text or "", 0) + 1
    for m in plan.measures:
        source = m.provenance.source_text or ""
        # (a paragraph or row that several measures were read from: whose sentence it is, is not sure)
        extra = also_served_goals(source if shared[source] == 1 else m.text, plan.goals)
        if not extra:
            continue
        for g in extra:
            _add(m.goal_ids, g.id)
        if m.deadline is not None and _ALSO_SERVES.search(m.deadline.text or ""):
            m.deadline.text = without_also_served(m.deadline.text)
        if _ALSO_SERVES.search(m.text):
            m.text = without_also_served(m.text)


def link_by_codes(plan: Plan) -> None:
    """Links from the codes a measure's cross-reference column names (``Measure.related_codes``).

    A code that numbers a strategy links the measure to it and to its goals; one that numbers a
    goal links it to the goal; an unknown code links nothing. An item the walk read as a measure
    ("Policy H-2.1 …", a label the lexicon gives the measure role) but that has no owner or
    deadline of its own and is named by other measures' codes is what they carry out: a
    strategy. A measure whose codes named something needs no goal from its table's goal text."""
    from plancheck.extract.roles import code_key, label_word

    if not any(m.related_codes for m in plan.measures):
        return
    named = {code_key(c) for m in plan.measures for c in m.related_codes}
    # (the label word of the items named so tells the role of its other items too: a "Policy
    # H-4.1" no program names is a policy all the same, a strategy without measures)
    carried = [m for m in plan.measures if not m.related_codes and _carried_out_by_others(m)]
    words = {w for m in carried if code_key(m.number) in named and (w := label_word(m.provenance.source_text))}
    for m in carried:
        if code_key(m.number) in named or (m.number and label_word(m.provenance.source_text) in words):
            plan.measures.remove(m)
            plan.strategies.append(_as_strategy(plan, m))
    goals = {code_key(g.number): g for g in plan.goals if g.number}
    strategies = {code_key(s.number): s for s in plan.strategies if s.number}
    for s in strategies.values():
        if not s.goal_ids and (g := _goal_by_prefix(code_key(s.number), goals)) is not None:
            s.goal_ids.append(g.id)
    for m in plan.measures:
        hit = False
        for code in m.related_codes:
            key = code_key(code)
            if key in goals:
                _add(m.goal_ids, goals[key].id)
                hit = True
            elif key in strategies and key != code_key(m.number):
                strategy = strategies[key]
                _add(m.strategy_ids, strategy.id)
                for gid in strategy.goal_ids:
                    _add(m.goal_ids, gid)
                hit = True
        if hit:
            m.table_goal_text = None


def link_by_marks(plan: Plan) -> None:
    """Links from a cross matrix's marks (``Measure.goal_marks``): each marked column's goal
    number or short name names a declared goal (:func:`match_goal`: by number, else by words),
    and the measure serves it. A column naming no declared goal links nothing (no goal is made
    from a column label). A measure whose marks named a goal needs no goal from its table's
    goal text. Each label is matched once (``named``): a matrix marks the same few labels in
    every row, and matching a label by words goes over every declared goal, so a crafted table
    of many rows, columns and goals would otherwise take rows × columns × goals comparisons."""
    declared = list(plan.goals)
    named: dict[str, Goal | None] = {}
    for m in plan.measures:
        hit = False
        for label in m.goal_marks:
            if label not in named:
                named[label] = match_goal(label, declared)
            goal = named[label]
            if goal is not None:
                _add(m.goal_ids, goal.id)
                hit = True
        if hit:
            m.table_goal_text = None


def _carried_out_by_others(m) -> bool:
    """A measure that is no work of its own: no owner, no deadline, not a table row."""
    return not m.owners and m.deadline is None and not m.has_owner_column and not m.has_deadline_column


def _as_strategy(plan: Plan, m):
    from plancheck.models import Strategy

    taken = {s.id for s in plan.strategies}
    n = len(plan.strategies) + 1
    while f"strategy-{n}" in taken:
        n += 1
    return Strategy(id=f"strategy-{n}", text=m.text, number=m.number, page=m.page, section_id=m.section_id,
                    goal_ids=list(m.goal_ids), provenance=m.provenance)


def _strategies_by_the_prose(plan: Plan, doc: Document) -> None:
    """Strategies linked to no goal serve the goal the plan's prose says its strategies serve
    (:func:`goal_named_for_strategies`), when it names exactly one."""
    loose = [s for s in plan.strategies if not s.goal_ids]
    if not loose or len(plan.goals) < 2:
        return
    goal_texts = [normalise(g.text) for g in plan.goals]
    sentences = [
        sentence
        for b in doc.blocks
        if b.kind != BlockKind.table and not any(t and t in normalise(b.text) for t in goal_texts)
        for sentence in _SENTENCE_END.split(b.text)
    ]
    goal = goal_named_for_strategies(sentences, [g for g in plan.goals if g.parent_id is None])
    if goal is not None:
        for s in loose:
            s.goal_ids.append(goal.id)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# the figures that tell one target from another: a percentage and a year
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%|\b(?:19|20|21)\d{2}\b")


def goal_figures(text: str) -> frozenset[str]:
    """The percentages and years a text prints ("an 80 % reduction by 2050" → {"80%", "2050"})."""
    return frozenset(f.replace(" ", "") for f in _FIGURE.findall(text))


def goal_named_for_strategies(sentences: list[str], goals: list[Goal]) -> Goal | None:
    """The one goal that sentences about strategies name by its figures: "… effective
    strategies to reduce community emissions and meet the 80% by 2050 goal" names the goal
    "an 80% reduction by 2050 …" and not "50% by 2030 …". A goal is named when all its figures
    (at least two, so that a lone year is not taken for a goal) are in the sentence; a sentence
    naming several goals says nothing of which the strategies serve, and sentences naming
    different goals cancel out. None unless exactly one goal is named so."""
    from plancheck.lang.vocab import glob_pattern, lead_in_words

    strategy_words = re.compile("|".join(glob_pattern(w) for w in lead_in_words().get("strategy", [])), re.IGNORECASE)
    figures = {g.id: goal_figures(g.text) for g in goals}
    named: dict[str, Goal] = {}
    for sentence in sentences:
        if not strategy_words.search(sentence):
            continue
        in_sentence = goal_figures(sentence)
        hits = [g for g in goals if len(figures[g.id]) >= 2 and figures[g.id] <= in_sentence]
        if len(hits) == 1:
            named[hits[0].id] = hits[0]
    return next(iter(named.values())) if len(named) == 1 else None


def _is_title_of(text: str, title: str) -> bool:
    """Is the strategy the heading of its section ("2.3a <its text>" titles the section the
    strategy "<its text>" was read from)?"""
    return bool(text) and normalise(title) == normalise(text)


def _strategies_in_parallel(plan: Plan, parent_of: dict[str, str | None], skip: set[str]) -> None:
    """Parallel lists: a section that states several goals and then, below them, exactly as many
    strategies pairs them in order (goal 1 ↔ the first strategy, …). Only strategies that no
    number, reference or heading linked are paired, and only when the counts agree: a
    different count says nothing of which strategy serves which goal."""
    groups: dict[str, list] = {}
    scope_goals: dict[str, list[Goal]] = {}
    for s in plan.strategies:
        if s.goal_ids:
            continue
        found = _scope_with_goals(plan, s.section_id, parent_of, skip)
        if found is None:
            continue
        scope, goals = found
        if len(goals) < 2:
            continue
        groups.setdefault(scope, []).append(s)
        scope_goals[scope] = goals
    for scope, strategies in groups.items():
        goals = scope_goals[scope]
        linked = [s for s in plan.strategies if s.goal_ids and s.section_id in _descendants(scope, parent_of)]
        if linked or len(strategies) != len(goals):
            continue
        if any(s.page is not None and g.page is not None and s.page < g.page for s in strategies for g in goals):
            continue  # the strategies must follow the goals they answer
        for s, g in zip(strategies, goals, strict=True):
            _add(s.goal_ids, g.id)


def _measures_by_their_strategy(plan: Plan, parent_of: dict[str, str | None], skip: set[str]) -> None:
    """Place, made unambiguous: a measure linked to no goal, in a section that declares
    several goals, serves those of them that the strategy it implements (the strategy heading
    it stands under) serves. Goals outside the measure's section are not its by place."""
    by_id = {s.id: s for s in plan.strategies}
    for m in plan.measures:
        if m.goal_ids or not m.strategy_ids:
            continue
        found = _scope_with_goals(plan, m.section_id, parent_of, skip)
        if found is None:
            continue
        here = {g.id for g in found[1]}
        for sid in m.strategy_ids:
            for gid in by_id[sid].goal_ids if sid in by_id else []:
                if gid in here:
                    _add(m.goal_ids, gid)


def _scope_with_goals(
    plan: Plan, section_id: str | None, parent_of: dict[str, str | None], skip: set[str]
) -> tuple[str, list[Goal]] | None:
    """The nearest section (this one or up to two around it) that declares goals, and its
    top-level goals in reading order."""
    cur = section_id
    hops = 0
    while cur is not None and hops <= 2:
        hops += 1
        scope = _descendants(cur, parent_of)
        goals = [g for g in plan.goals if g.section_id in scope and g.id not in skip]
        if goals:
            return cur, [g for g in goals if g.parent_id is None] or goals
        cur = parent_of.get(cur)
    return None


def _strategies_by_their_measures(plan: Plan) -> None:
    """A strategy linked to no goal serves the goal that all of its measures serve (a strategy
    column in a table numbered "goal.strategy.measure")."""
    for s in plan.strategies:
        if s.goal_ids:
            continue
        served = [tuple(m.goal_ids) for m in plan.measures if s.id in m.strategy_ids]
        if served and served[0] and all(g == served[0] for g in served):
            s.goal_ids = list(served[0])


def scope_parents(plan: Plan) -> dict[str, str | None]:
    """Section → the section whose scope it is in: its parent, except that a section titled by
    a pull quote (a whole sentence set as a heading, :func:`~plancheck.extract.plan.is_sentence_title`)
    inside a chapter does not open a scope. The headings after it still belong to the chapter it interrupts
    (the section before it under the same parent), as the walk reads them.

    A heading that ends in a colon and names no role ("So we do it:") is a lead-in to the list
    under it, not a section of its own: it stands in the scope of the heading before it at its
    level (the sub-goal it follows), so it does not close that heading's scope."""
    from plancheck.extract.roles import heading_role

    parent_of = {s.id: s.parent_id for s in plan.sections}
    previous: dict[str | None, str] = {}
    instead: dict[str, str | None] = {}
    # a heading the walk read as a goal (a goal card's sentence set as its title) is that goal,
    # not a pull quote: the items under it are in its scope
    goal_titles = {(g.section_id, normalise(g.text)) for g in plan.goals}
    for s in plan.sections:
        # (a heading that names a role, "Delmål 3: Kulturarven skal …", is the goal itself)
        if (
            s.parent_id is not None
            and _opens_no_scope(s.title, heading_role(s.title)[0])
            and (s.id, normalise(s.title)) not in goal_titles
        ):
            # (at the top level there is no chapter to interrupt: a sentence there opens a part)
            instead[s.id] = previous.get(s.parent_id, s.parent_id)
        previous[s.parent_id] = instead.get(s.id, s.id) or s.id
    out: dict[str, str | None] = {}
    for sid, pid in parent_of.items():
        if sid in instead:
            pid = instead[sid]  # the pull quote itself stands in the chapter it interrupts
        seen: set[str] = {sid}
        while pid in instead and pid not in seen:
            seen.add(pid)
            pid = instead[pid]
        out[sid] = pid
    return out


def _opens_no_scope(title: str, role: str | None) -> bool:
    """A pull quote set as a heading (naming no role), or a lead-in heading ending in a colon
    that names no goal: "So we do it:" or "Measures:" over the list under it. A goal heading
    ("Goal:") opens a scope of its own."""
    from plancheck.extract.plan import is_sentence_title
    from plancheck.extract.state import GOAL_ROLES

    if title.rstrip().endswith(":"):
        return role not in GOAL_ROLES
    return role is None and is_sentence_title(title)


_REF = re.compile(
    rf"\((?:(?:{alternation(link_words('compare'))})\s*)?(?:{_GOAL_NUMBER})\s+(\d{{1,2}}(?:\.\d{{1,2}})*)\)", re.IGNORECASE
)


_BRACKET = re.compile(r"\(([^()]{1,60})\)")
# a bracket opening with the goal word ("mål", "goals"): bare numbers in brackets may be anything
_GOAL_WORD_START = re.compile(
    rf"^\s*(?:{_GOAL_NUMBER}|{alternation(link_words('goal_number_plural'))})(?!\w)", re.IGNORECASE
)


_CLOSING_BRACKET = re.compile(r"\s*\(([^()]{1,60})\)\s*$")


def _without_goal_bracket(text: str, goals_by_number: dict[str, Goal], goals: list[Goal] | None = None) -> str:
    """``text`` without the bracket closing it when that bracket names the goals it serves
    ("Lage et turkart (mål 2 og 3)" → "Lage et turkart"): a link, like a goal-number column,
    not words of the item."""
    m = _CLOSING_BRACKET.search(text)
    if m and text[: m.start()].strip() and _referenced_goals(f"({m.group(1)})", goals_by_number, goals):
        return text[: m.start()].rstrip()
    return text


def _referenced_goals(text: str, goals_by_number: dict[str, Goal], goals: list[Goal] | None = None) -> list[Goal]:
    """The goals named in parentheses: "Trygg skolevei (mål 1)", "… (mål 3)", and a list of
    them, "… (mål 1 og 3)", "… (goals 2 & 4)" (:func:`listed_goals`, each number one declared
    goal); [] when none."""
    goals = list(goals) if goals is not None else list({id(g): g for g in goals_by_number.values()}.values())
    m = _REF.search(text or "")
    if m:
        found = goals_by_number.get(m.group(1))
        if found is None and len(by_place := numbered(goals, m.group(1))) == 1:
            found = by_place[0]
        return [found] if found is not None else []
    for b in _BRACKET.finditer(text or ""):
        inner = b.group(1)
        if _GOAL_WORD_START.match(inner) and (listed := listed_goals(inner, goals)):
            return listed
    return []


_STEP_HEADING = re.compile(rf"^\s*(?:{alternation(link_words('step_number'))})\s+(\d{{1,2}})\s*[.:]?\s*$", re.IGNORECASE)


def step_goals(sections: list, goals_by_number: dict[str, Goal]) -> dict[str, Goal]:
    """Section id → goal, for the sections headed by a step word and a number alone ('Steg 3',
    'Step 2'; the lexicon's ``links: step_number``) when they name the plan's numbered goals:
    two or more such headings, each number one a goal carries, and no number above the count
    of numbered goals. {} otherwise.

    Why: a plan that draws its goals as the numbered steps of a diagram (a staircase, a goal
    house) groups its measures under 'Steg n' headings that repeat no goal words: the number
    is the only link. A plan whose steps are phases of work numbers more of them than it has
    goals, or numbers goals it does not state, and links nothing this way."""
    found: dict[str, str] = {}
    for sec in sections:
        m = _STEP_HEADING.match(sec.title or "")
        if m:
            found[sec.id] = str(int(m.group(1)))
    numbered = {k for k in goals_by_number if k.isdigit()}
    if len(set(found.values())) < 2 or not set(found.values()) <= numbered:
        return {}
    if max(int(n) for n in found.values()) > len(numbered):
        return {}
    return {sid: goals_by_number[n] for sid, n in found.items()}


# a measure's code of its goal's letter and its own number ("A1", "C2")
_LETTER_AND_NUMBER = re.compile(r"^((?-i:[A-ZÆØÅÄÖ]))\d{1,2}$")


def _goal_by_prefix(number: str | None, goals_by_number: dict[str, Goal]) -> Goal | None:
    """The goal numbered by the longest prefix of ``number``: "1.1.1" → goal "1.1", else goal
    "1" (when "1.1" is a strategy, as in "Nr 1.1.1 = goal.strategy.measure"); "A1" → goal "A"
    (a lettered outline: the measures of goal A numbered A1, A2)."""
    if number and (lettered := _LETTER_AND_NUMBER.match(number.strip())) is not None:
        return goals_by_number.get(lettered.group(1))
    if not number or "." not in number.strip("."):
        return None
    head = number.strip(".")
    while "." in head:
        head = head.rsplit(".", 1)[0]
        if head in goals_by_number:
            return goals_by_number[head]
    return None


def _refines(plan: Plan, goal: Goal, ancestors: list[str]) -> bool:
    """Is ``goal`` below one of ``ancestors`` in the goal tree (or numbered under it)?"""
    by_id = {g.id: g for g in plan.goals}
    cur = goal.parent_id
    while cur is not None:
        if cur in ancestors:
            return True
        cur = by_id[cur].parent_id if cur in by_id else None
    num = (goal.number or "").strip(".")
    return any(num.startswith((by_id[a].number or "#").strip(".") + ".") for a in ancestors if a in by_id)


def _nearest_section(section_id: str | None, parent_of: dict[str, str | None], found: Mapping[str, _T]) -> _T | None:
    """What ``found`` holds for this section or the nearest one around it (its parent, then
    the parent's parent …), or None. Why one walk: an item's goal may be named by a heading
    (:func:`link_plan`'s ``section_goals``) or be a step of a diagram (:func:`step_goals`) several headings
    above it, and both are looked up the same way."""
    cur = section_id
    while cur is not None:
        if cur in found:
            return found[cur]
        cur = parent_of.get(cur)
    return None


def _sub_goal_blocks(
    plan: Plan, doc: Document
) -> tuple[dict[str, list[Goal]], dict[str, list[tuple[int, object]]]]:
    """What :func:`_sub_goal_beside` looks at, worked out once per plan: each main goal's
    sub-goals that head a section, and the page and box of each such section's blocks."""
    sub_goals: dict[str, list[Goal]] = {}
    for g in plan.goals:
        if g.parent_id is not None and g.section_id is not None:
            sub_goals.setdefault(g.parent_id, []).append(g)
    boxes: dict[str, list[tuple[int, object]]] = {}
    if sub_goals:
        by_id = {b.id: b for b in doc.blocks}
        wanted = {g.section_id for gs in sub_goals.values() for g in gs}
        for sec in plan.sections:
            if sec.id in wanted:
                boxes[sec.id] = [
                    (by_id[bid].provenance.page, by_id[bid].provenance.bbox)
                    for bid in sec.block_ids
                    if bid in by_id and by_id[bid].provenance.bbox is not None
                ]
    return sub_goals, boxes


def _sub_goal_beside(
    sub_goals: list[Goal],
    item: object,
    boxes: dict[str, list[tuple[int, object]]],
    settings: LinkSettings = LINK_SETTINGS,
) -> Goal | None:
    """Of ``sub_goals`` (one main goal's sub-goals that head a section; ``boxes``: the page and
    box of each such section's blocks), the one whose block the item is printed beside: a side column (measures
    to the right of each sub-goal block) is read after the whole left column, so by reading
    order every item in it falls under the main goal. By the page: the item is on the page of
    the sub-goal's block, horizontally clear of it, and below its top; of such sub-goals the
    last one starting above the item (the nearest, deepest goal) wins. None when no sub-goal
    stands beside the item (a full-width list under the main goal keeps the main goal)."""
    box = getattr(item, "provenance", None)
    bbox = box.bbox if box is not None else None
    if bbox is None:
        return None
    best: tuple[float, Goal] | None = None
    for g in sub_goals:
        here = [b for page, b in boxes.get(g.section_id, []) if page == box.page]
        if g.provenance.bbox is not None and g.provenance.page == box.page:
            here.append(g.provenance.bbox)
        if not here:
            continue
        left, right = min(b.x0 for b in here), max(b.x1 for b in here)
        top = min(b.top for b in here)
        if not (bbox.x0 >= right or bbox.x1 <= left):
            return None  # the item stands in the sub-goals' own column, not beside them
        if top <= bbox.top + settings.beside_slack and (best is None or top > best[0]):
            best = (top, g)
    return best[1] if best is not None else None


def _goals_in_scope(
    plan: Plan, section_id: str | None, parent_of: dict[str, str | None], skip: set[str]
) -> list[Goal]:
    """The goal of the nearest section (this one or an ancestor) that declares goals, when it is
    unambiguous: one goal, or one main goal over sub-goals. A list of several goals over all
    measures says nothing of which serves which."""
    found = _scope_with_goals(plan, section_id, parent_of, skip)
    if found is None:
        return []
    top = found[1]
    return top if len(top) == 1 else []


#: a group row's goal name this short, without a modal verb, is a short form of a goal
SHORT_FORM_WORDS = 6


def number_only(text: str) -> bool:
    """Whether a goal cell holds no words of a goal: only numbers, dashes and the words that
    name a goal by its number ("Mål 3", "Goal 2.1", "–"; the lexicon's ``links: goal_number``).
    Why: such a cell names a goal stated elsewhere; when the plan states none of that number, it
    cites another plan's goal (a handlingsplan's column of the strategy's goal numbers) or marks
    none, and a goal of the words "Mål 3" is no goal of the plan."""
    text = text or ""
    if any(ch.isalnum() for ch in text) and not any(ch.isdigit() for ch in text):
        return False
    return all(w.lower() in _GOAL_NUMBER_WORDS for w in re.findall(r"[^\W\d_]+", text))


def _short_form(text: str) -> bool:
    """"Mål: Aktive unge" names a goal by a short title; "Mål: Alla elever ska uppleva …"
    states one in full (a modal verb of the lexicon's ``evidence: modal``)."""
    from plancheck.extract.roles import label_role
    from plancheck.lang.vocab import evidence_words, words_pattern

    role, _num, rest = label_role(text)
    words = (rest if role else text).split()
    return len(words) <= SHORT_FORM_WORDS and not words_pattern(evidence_words("modal")).search(" ".join(words))


def _declared_in_scope(goals: list[Goal], section_id: str | None, parent_of: dict[str, str | None]) -> list[Goal]:
    """The top-level goals declared in the nearest section (this one or up to two around it)
    that declares any, in reading order."""
    cur = section_id
    hops = 0
    while cur is not None and hops <= 2:
        hops += 1
        scope = _descendants(cur, parent_of)
        found = [g for g in goals if g.section_id in scope]
        if found:
            return [g for g in found if g.parent_id is None] or found
        cur = parent_of.get(cur)
    return []


def _descendants(section_id: str, parent_of: dict[str, str | None]) -> set[str]:
    out = {section_id}
    changed = True
    while changed:
        changed = False
        for sid, pid in parent_of.items():
            if pid in out and sid not in out:
                out.add(sid)
                changed = True
    return out


def _add(ids: list[str], item_id: str) -> None:
    if item_id not in ids:
        ids.append(item_id)
