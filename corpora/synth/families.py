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




# --------------------------------------------------------------------------- session 15
# Layouts met in real and blind plans that the round trip did not print (``families="more"``):
#
# | family | what it prints |
# | --- | --- |
# | ``cross`` | a goal × measure cross matrix: 'Tiltak \| Ansvar \| Frist' and a narrow column per goal under a spanning 'Bidrar til mål' ('1 \| 2 \| 3') or headed 'Mål 1 \| Mål 2'; X under each goal a measure serves (one or two) |
# | ``turned`` | the ansvarsmatrise of ``matrix`` with its unit names set vertically (turned 90°) in narrow columns |
# | ``ownerdate`` | owner and deadline in one cell, the deadline in brackets: 'Helsestasjonen (2. kvartal 2027)' under 'Ansvar (frist)' |
# | ``deflist`` | each measure a small definition list: 'Hva \| …', 'Hvem \| …', 'Når \| …' (question words, or the column words) in a borderless two-column table |
# | ``horizons`` | keyed timeframes: a key 'Kort sikt = innen 2027 · Mellomlang sikt = 2028–2029 · Lang sikt = etter 2029' over a table whose deadline column holds the word, or an X under one of three horizon columns |
# | ``gantt`` | period columns: one column per year of the plan with an X in each year a measure runs (a bar) |
#
# Column words are drawn from the reader's language data (plancheck/lang/data/<lang>.yaml,
# ``columns``): the words a planner heads such columns with, not one plan's.

MORE_FAMILIES = ("cross", "turned", "ownerdate", "deflist", "horizons", "gantt")

#: the three horizon words of a timeframe key, per language (general planning language: short,
#: medium and long term)
HORIZON_WORDS = {
    "nb": ("Kort sikt", "Mellomlang sikt", "Lang sikt"),
    "nn": ("Kort sikt", "Mellomlang sikt", "Lang sikt"),
    "sv": ("Kort sikt", "Medellång sikt", "Lång sikt"),
    "da": ("Kort sigt", "Mellemlang sigt", "Lang sigt"),
    "en": ("Short term", "Medium term", "Long term"),
}
#: "by" and "after" in a key's definitions, and the heading over the key
HORIZON_KEY = {
    "nb": ("innen", "etter", ["Tidsperspektiv", "Tidsramme"]),
    "nn": ("innan", "etter", ["Tidsperspektiv", "Tidsramme"]),
    "sv": ("senast", "efter", ["Tidsperspektiv", "Tidsram"]),
    "da": ("inden", "efter", ["Tidsperspektiv", "Tidsramme"]),
    "en": ("by", "after", ["Timeframe key", "Timeframes"]),
}
#: the question words of a definition list (what / who / when)
DEF_QUESTIONS = {
    "nb": ("Hva", "Hvem", "Når"),
    "nn": ("Kva", "Kven", "Når"),
    "sv": ("Vad", "Vem", "När"),
    "da": ("Hvad", "Hvem", "Hvornår"),
    "en": ("What", "Who", "When"),
}

_LEXICON: dict[str, dict] = {}
#: the prepositions that end a reference phrase before the goal word ("bidrar til", "linked to")
_PREPOSITIONS = ("til", "till", "to")


def lexicon_columns(lang: str, role: str) -> list[str]:
    """The column words of ``role`` in the reader's language data, capitalised, short and
    without a slash (a header a planner would write over a narrow column)."""
    if lang not in _LEXICON:
        from pathlib import Path

        import yaml

        path = Path(__file__).resolve().parents[2] / "plancheck" / "lang" / "data" / f"{lang}.yaml"
        _LEXICON[lang] = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = _LEXICON[lang].get("columns", {}).get(role, [])
    return [w[:1].upper() + w[1:] for w in words if "/" not in w and "#" not in w and len(w.split()) <= 2]


def _column_words(plan: PlanContent, rng: random.Random) -> None:
    """Measure, owner and deadline column words drawn from the language data (so the families do
    not all print the generator's own few)."""
    for key, role in (("table_measure", "measure"), ("table_owner", "owner"), ("table_deadline", "deadline")):
        pool = [w for w in lexicon_columns(plan.lang, role) if len(w) <= 16]
        if pool and rng.random() < 0.6:
            plan.words[key] = rng.choice(pool)


def reshape_more(plan: PlanContent, family: str, seed: int) -> PlanContent:
    """The plan as a family of :data:`MORE_FAMILIES` prints it (deterministic from ``seed``)."""
    rng = random.Random(f"{seed}-{family}")
    if family in ("cross", "gantt", "horizons"):
        _flatten(plan)
    _column_words(plan, rng)
    if family == "cross":
        goals = plan.goals()
        plan.words["cross_form"] = rng.choice(["group", "group", "numbered"])
        # a reference phrase that governs the goal word ("Bidrar til" mål, "Linked to" goal), not
        # one that names a column of its own ("Cross reference", "See also")
        refs = [w for w in lexicon_columns(plan.lang, "references")
                if len(w.split()) == 2 and w.split()[-1].lower() in _PREPOSITIONS]
        goal_word = str(plan.words["goal_word"]).lower()
        plan.words["cross_group"] = f"{rng.choice(refs)} {goal_word}" if refs and rng.random() < 0.7 else str(plan.words["goal_word"])
        for m in plan.measures():
            others = [g.id for g in goals if g.id != m.goal_id]
            if others and rng.random() < 0.35:
                m.also_goals = [rng.choice(others)]
    if family == "turned":
        reshape(plan, "matrix", seed)
    if family == "ownerdate":
        for m in plan.measures():
            if m.deadline and "(" in m.deadline:
                m.deadline, m.deadline_kind = None, "none"
    if family == "horizons":
        words = HORIZON_WORDS[plan.lang]
        plan.words["horizon_form"] = rng.choice(["word", "word", "marks"])
        for m in plan.measures():
            m.deadline, m.deadline_kind = rng.choice(words), "period"
    if family == "gantt":
        y0, y1 = plan.period
        years = list(range(y0, y1 + 1))
        plan.words["gantt_years"] = years
        plan.words["gantt_group"] = rng.random() < 0.5
        spans: dict[str, tuple[int, int]] = {}
        for m in plan.measures():
            a = rng.randrange(len(years))
            b = min(len(years) - 1, a + rng.choice([0, 0, 1, 2]))
            spans[m.id] = (years[a], years[b])
            # the corpus convention (docs/gold-format.md): a row marked under year columns is
            # due by its last marked year
            m.deadline = str(years[b])
            m.deadline_kind = "period"
        plan.words["gantt_spans"] = spans
    if family == "deflist":
        plan.words["def_terms"] = (DEF_QUESTIONS[plan.lang] if rng.random() < 0.6 else
                                   (plan.words["table_measure"], plan.words["table_owner"], plan.words["table_deadline"]))
    return plan


# --------------------------------------------------------------------------- session 36
# Layouts common in real plans that the families above did not print (``families="extra"``):
#
# | family | what it prints |
# | --- | --- |
# | ``codes`` | the plan's sections numbered by hand to three levels ('2 Helse', '2.1 <goal>', '2.1.1 <sub-goal>'), each goal a numbered heading, and the measures in one table whose first column holds only the code of the goal a measure serves ('Mål \| Tiltak \| Ansvar \| Frist' with '2.1.1' under 'Mål') |
# | ``wide`` | a landscape table with the columns a real action plan carries beside its owner and deadline: partners (the lexicon's word, names of units that own nothing), cost and status; cells wrap over three lines and more, goals are group rows, and the header repeats on every page the table runs over |

EXTRA_FAMILIES = ("codes", "wide")

#: a cost cell's amount and its currency, per language (an amount printed as planners do)
COST_FORMS = {
    "nb": ("{:,} kr", " "), "nn": ("{:,} kr", " "), "sv": ("{:,} kr", " "), "da": ("{:,} kr.", "."),
    "en": ("£{:,}", ","),
}


def reshape_extra(plan: PlanContent, family: str, seed: int) -> PlanContent:
    """The plan as a family of :data:`EXTRA_FAMILIES` prints it (deterministic from ``seed``)."""
    rng = random.Random(f"{seed}-{family}")
    _column_words(plan, rng)
    if family == "codes":
        # numbered by focus area: goal '2.1', sub-goal '2.1.1', measure '2.1.1.3'
        for fi, fa in enumerate(plan.focus_areas, start=1):
            for gi, g in enumerate(fa.goals, start=1):
                g.number = f"{fi}.{gi}"
                for si, sg in enumerate(g.subgoals, start=1):
                    sg.number = f"{g.number}.{si}"
        for leaf in plan.leaf_goals():
            for mi, m in enumerate(leaf.measures, start=1):
                m.number = f"{leaf.number}.{mi}"
        plan.words["code_merged"] = rng.random() < 0.3  # the code cell merged down over its measures
    if family == "wide":
        from corpora.synth.vocab import VOCAB

        v = VOCAB[plan.lang]
        lexicon_columns(plan.lang, "cost")  # (loads the language data)
        partners = [w[:1].upper() + w[1:] for w in _LEXICON[plan.lang].get("tables", {}).get("partners", [])
                    if len(w) <= 20 and len(w.split()) <= 2]
        plan.words["table_partners"] = rng.choice(partners) if partners else "Partners"
        costs = [w for w in lexicon_columns(plan.lang, "cost") if len(w) <= 14]
        plan.words["table_cost"] = rng.choice(costs) if costs else "Cost"
        plan.words["table_status"] = "Status"
        names = sorted(set(v["owner_units"]))
        fmt, sep = COST_FORMS[plan.lang]
        extra: dict[str, tuple[str, str, str]] = {}
        for m in plan.measures():
            pool = [n for n in names if n not in m.owners and n not in m.owner_text]
            k = rng.choice([0, 1, 1, 2])
            partner = ", ".join(rng.sample(pool, min(k, len(pool))))
            cost = fmt.format(rng.choice([50, 100, 150, 250, 400, 750]) * 1000).replace(",", sep) if rng.random() < 0.7 else ""
            status = rng.choice(["0 %", "25 %", "50 %", "75 %", ""])
            extra[m.id] = (partner, cost, status)
        plan.words["wide_cells"] = extra
    return plan
