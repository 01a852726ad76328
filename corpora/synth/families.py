"""The layout families added after the first generator (session 9): each is a way plans were
found to lay out goals, strategies and measures in blind plans, drawn only when asked for
(``make_specs(..., families="new")``), so the documents an existing seed gives do not change.

| family | what it prints |
| --- | --- |
| ``indent`` | goal → strategy → measure shown only by indentation and weight; owner and deadline in columns under a typed column-head line ('Ansvarleg  Frist'): Word and Writer tab stops (a left and a right-aligned stop), a borderless table in HTML and reportlab |
| ``matrix`` | an ansvarsmatrise: 'Tiltak \\| Ansvar (unit \\| unit \\| …) \\| Frist', an X under each unit that owns the measure, goals as group rows |
| ``notes`` | measures as bullets, each with a note line under it: the owner in italics, the deadline in brackets (``note_type=smaller``: the whole note in a smaller size) |
| ``letters`` | goals lettered 'A', 'B' by hand, each with a table 'Nr \\| Tiltak \\| Ansvarlig \\| Frist' whose strategy rows are numbered 'A.1' over measures 'A.1.a' |
| ``ids`` | explicit labelled ids in every language: 'M1 (Mål) …', 'D1.1 (Delmål) …', 'T1 (Tiltak) … – Ansvar: … – 2026' |

``reshape`` fits a drawn plan to what a family can print (an indentation or letter outline has
no level for sub-goals, so their measures move up to the goal; a matrix's owners are its unit
columns); the gold is written from the reshaped plan.
"""

from __future__ import annotations

import random

from corpora.synth.content import Goal, Measure, PlanContent

NEW_FAMILIES = ("indent", "matrix", "notes", "letters", "ids")

#: the unit columns of an ansvarsmatrise, per language (short names, as narrow columns need)
MATRIX_UNITS = {
    "nb": ["Oppvekst", "Helse", "Kultur", "Teknisk", "NAV", "Omsorg"],
    "nn": ["Oppvekst", "Helse", "Kultur", "Teknisk", "NAV", "Omsorg"],
    "sv": ["Skola", "Social", "Kultur", "Teknik", "Omsorg", "Miljö"],
    "da": ["Skole", "Sundhed", "Kultur", "Teknik", "Social", "Ældre"],
    "en": ["Schools", "Health", "Housing", "Parks", "Culture", "Roads"],
}
#: the longest measure text an indentation outline prints (it must end before the owner's stop)
INDENT_TEXT_MAX = 48
#: the longest owner an indentation outline prints (it must end before the deadline)
INDENT_OWNER_MAX = 20


def _flatten(plan: PlanContent) -> None:
    """Sub-goals dropped: their measures move up to the goal (a level of indentation or of
    letters has room for goal, strategy and measure only)."""
    for fa in plan.focus_areas:
        for g in fa.goals:
            if g.subgoals:
                g.measures = [m for sg in g.subgoals for m in sg.measures]
                g.subgoals = []
            for i, m in enumerate(g.measures):
                m.goal_id, m.number = g.id, f"{g.number}.{i + 1}"


def _shorten(text: str, limit: int, taken: set[str]) -> str:
    if len(text) <= limit:
        return text
    words = text.split()
    while words and len(" ".join(words)) > limit:
        words.pop()
    short = " ".join(words).rstrip(",;:")
    return text if len(words) < 3 or short in taken else short


def reshape(plan: PlanContent, family: str, seed: int) -> PlanContent:
    """The plan as ``family`` prints it (deterministic from ``seed``)."""
    rng = random.Random(f"{seed}-{family}")
    if family in ("indent", "letters"):
        _flatten(plan)
        for g in plan.goals():  # a strategy printed over no measure would head nothing
            g.strategies = g.strategies[: len(g.measures)]
    if family == "indent":
        taken: set[str] = set()
        from corpora.synth.vocab import VOCAB

        v = VOCAB[plan.lang]
        short = sorted({o for o in v["owner_roles"] + v["owner_units"] if len(o) <= INDENT_OWNER_MAX})
        for m in plan.measures():
            m.text = _shorten(m.text, INDENT_TEXT_MAX, taken)
            taken.add(m.text)
            if m.owners and len(m.owner_text) > INDENT_OWNER_MAX:
                pick = m.owners[0] if len(m.owners[0]) <= INDENT_OWNER_MAX else rng.choice(short)
                m.owners, m.owner_text = [pick], pick
    if family == "matrix":
        units = rng.sample(MATRIX_UNITS[plan.lang], rng.choice([3, 4, 4, 5]))
        plan.words["matrix_units"] = units
        for m in plan.measures():
            r = rng.random()
            n = 0 if r < 0.07 else 1 if r < 0.7 else 2 if r < 0.93 else 3
            m.owners = [u for u in units if u in set(rng.sample(units, n))]
            m.owner_text = ""
    return plan


def goal_letter(i: int) -> str:
    return "ABCDEFGHIJKLMNOPRSTUVW"[i]


def distribute(goal: Goal) -> list[tuple[object, list[Measure]]]:
    """A goal's measures shared out over its strategies in order (the strategy above a measure
    is the one it is printed under); with no strategy, all under the goal (None)."""
    if not goal.strategies:
        return [(None, list(goal.measures))]
    k, ms = len(goal.strategies), goal.measures
    out: list[tuple[object, list[Measure]]] = []
    for si, s in enumerate(goal.strategies):
        out.append((s, ms[si * len(ms) // k:(si + 1) * len(ms) // k]))
    return out


