"""The content of one generated plan, drawn from a seed, and its gold dict.

A plan is: title and period, an optional vision, focus areas, goals (some with sub-goals),
strategies under goals, and measures under the lowest goal they serve, each with owners and a
deadline. Everything is drawn from :mod:`corpora.synth.vocab` with one ``random.Random(seed)``,
so the same seed gives the same plan. The gold (docs/gold-format.md) is written from these
objects, never from a rendered file: it says what the producer was asked to print.

Texts are unique within a plan (each goal predicate, measure object and strategy is used at
most once) so that the evaluation's fuzzy one-to-one matching cannot pair an extracted item
with the wrong gold item.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpora.synth.vocab import LANGS, VOCAB


@dataclass
class Measure:
    id: str
    number: str  # "1.2.1": goal number + position
    text: str
    owners: list[str]  # as a planner splits them; [] when the owner is left empty
    owner_text: str  # the owner cell as printed ("Rådgiver oppvekst og PPT"), "" when empty
    deadline: str | None
    deadline_kind: str  # date | period | recurring | continuous | none
    goal_id: str
    also_goals: list[str] = field(default_factory=list)  # further goals it serves (a cross matrix marks them)


@dataclass
class Strategy:
    id: str
    text: str
    goal_id: str


@dataclass
class Goal:
    id: str
    number: str  # "2" or "2.1"
    text: str
    kind: str  # goal | sub_goal
    parent: str | None
    focus_area: str
    subgoals: list[Goal] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)


@dataclass
class FocusArea:
    id: str
    text: str
    intro: str
    goals: list[Goal] = field(default_factory=list)


@dataclass
class PlanContent:
    seed: int
    lang: str
    municipality: str
    title: str
    period: tuple[int, int]
    vision: str | None
    focus_areas: list[FocusArea]
    words: dict[str, object]  # the headings and labels chosen for this plan
    filler: list[str] = field(default_factory=list)  # background sentences (no items)

    def goals(self) -> list[Goal]:
        out: list[Goal] = []
        for fa in self.focus_areas:
            for g in fa.goals:
                out.append(g)
                out.extend(g.subgoals)
        return out

    def leaf_goals(self) -> list[Goal]:
        return [g for g in self.goals() if not g.subgoals]

    def measures(self) -> list[Measure]:
        return [m for g in self.leaf_goals() for m in g.measures]

    def strategies(self) -> list[Strategy]:
        return [s for g in self.goals() for s in g.strategies]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Pool:
    """Draw without replacement from a word list (refilled when it runs dry)."""

    def __init__(self, rng: random.Random, items: list):
        self.rng, self.items, self.left = rng, list(items), []

    def take(self):
        if not self.left:
            self.left = list(self.items)
            self.rng.shuffle(self.left)
        return self.left.pop()


def _owners(rng: random.Random, v: dict, joiner: str) -> tuple[list[str], str]:
    """0–3 owners and the cell text joining them. An owner whose own name contains the joiner
    ("Kommunalsjef helse og omsorg" with " og ") is only ever printed alone, as a planner
    would not join it that way."""
    r = rng.random()
    if r < 0.07:
        return [], ""
    if r < 0.15:
        d = rng.choice(v["owner_diffuse"])
        return [d], d
    n = 1 if r < 0.72 else 2 if r < 0.94 else 3
    pool = v["owner_roles"] + v["owner_units"]
    core = joiner.strip() or joiner
    if n > 1:
        pool = [o for o in pool if core not in o and "/" not in o and "," not in o]
        if joiner.strip() in ("og", "och", "and"):
            pool = [o for o in pool if f" {joiner.strip()} " not in o]
    owners = rng.sample(pool, n)
    if n == 3 and joiner.strip() in ("og", "och", "and"):
        text = f"{owners[0]}, {owners[1]}{joiner}{owners[2]}"
    else:
        text = joiner.join(owners)
    return owners, text


def _deadline(rng: random.Random, v: dict, y0: int) -> tuple[str | None, str]:
    if rng.random() < 0.06:
        return None, "none"
    return rng.choice(v["deadlines"])(y0)


def generate(seed: int, lang: str | None = None, *, long_items: bool = False) -> PlanContent:
    """A plan drawn from ``seed`` (deterministic). ``long_items`` adds qualifiers that make
    goals and measures wrap over several lines."""
    rng = random.Random(seed)
    lang = lang or rng.choice(LANGS)
    v = VOCAB[lang]
    y0 = rng.choice([2024, 2025, 2026])
    period = (y0, y0 + rng.choice([3, 4]))
    theme = rng.choice(v["themes"])
    municipality = rng.choice(v["municipalities"])
    title = f"{rng.choice(v['doc_types']).format(theme=theme)} {period[0]}–{period[1]}"
    title = _cap(title)
    vision = rng.choice(v["visions"]) if rng.random() < 0.7 else None

    words = {
        "vision_heading": rng.choice(v["vision_heading"]),
        "focus_heading": rng.choice(v["focus_heading"]),
        "goal_heading": rng.choice(v["goal_heading"]),
        "strategy_leadin": rng.choice(v["strategy_leadin"]),
        "strategy_heading": rng.choice(v["strategy_headings"]),
        "measure_heading": rng.choice(v["measure_heading"]),
        "table_goal": rng.choice(v["table_goal"]),
        "table_measure": rng.choice(v["table_measure"]),
        "table_owner": rng.choice(v["table_owner"]),
        "table_deadline": rng.choice(v["table_deadline"]),
        "table_group": rng.choice(v["table_group"]),
        "table_nr": rng.choice(v["table_nr"]),
        "block_labels": rng.choice(v["block_labels"]),
        "outline_labels": rng.choice(v["outline_labels"]),
        "inline_owner": rng.choice(v["inline_owner"]),
        "inline_deadline": rng.choice(v["inline_deadline"]),
        "goal_word": v["goal_word"],
        "subgoal_word": v["subgoal_word"],
        "page_word": v["page_word"],
        "page_of": v["page_of"],
        "municipality_word": v["municipality_word"],
    }
    joiner = rng.choice(v["joiners"])

    focus_pool = _Pool(rng, v["focus_areas"])
    subj_pool = _Pool(rng, v["goal_subjects"])
    place_pool = _Pool(rng, v["place_subjects"])
    preds = list(v["goal_predicates"])
    rng.shuffle(preds)
    objects = list(v["measure_objects"])
    rng.shuffle(objects)
    strategies = list(v["strategies"])
    rng.shuffle(strategies)
    qual_pool = _Pool(rng, v["qualifiers"])
    intro_pool = _Pool(rng, v["intro"])
    tail_pool = _Pool(rng, v["goal_tails"])

    def goal_text() -> str:
        pred = preds.pop()
        if pred.startswith("@"):  # a predicate for a place or an institution
            text = f"{place_pool.take()} {pred[1:]}"
        else:
            text = f"{subj_pool.take()} {pred}"
        if long_items and rng.random() < 0.6:
            text += " " + tail_pool.take()
        return text

    used_tails: set[str] = set()

    def measure_text() -> str:
        verbs, obj = objects.pop().split("|")
        text = f"{rng.choice(verbs.split('/'))} {obj}"
        if long_items:
            quals = [qual_pool.take()]
            if rng.random() < 0.3:
                quals.append(qual_pool.take())
            # the pool refills when it runs dry: two measures ending in the same two
            # qualifiers would share a long tail and look alike to the scorer, so the later
            # one keeps only the first (the draws stay the same, so other plans do not change)
            tail = ", ".join(quals)
            if len(quals) == 2 and tail in used_tails:
                tail = quals[0]
            used_tails.add(", ".join(quals))
            text += " " + tail
        return text

    n_fa = rng.choice([1, 2, 2, 3])
    focus_areas: list[FocusArea] = []
    g_no = 0
    counters = {"G": 0, "S": 0, "M": 0}

    def nid(p: str) -> str:
        counters[p] += 1
        return f"{p}{counters[p]}"

    for fi in range(n_fa):
        fa = FocusArea(id=f"F{fi + 1}", text=focus_pool.take(), intro=intro_pool.take())
        for _ in range(rng.choice([1, 2, 2])):
            if len(preds) < 3 or len(objects) < 2:
                break
            g_no += 1
            goal = Goal(nid("G"), str(g_no), goal_text(), "goal", None, fa.id)
            if rng.random() < 0.3 and len(preds) >= 4:
                for si in range(2):
                    goal.subgoals.append(
                        Goal(nid("G"), f"{g_no}.{si + 1}", goal_text(), "sub_goal", goal.id, fa.id)
                    )
            if strategies and rng.random() < 0.6:
                for _ in range(min(len(strategies), rng.choice([1, 2, 3]))):
                    goal.strategies.append(Strategy(nid("S"), strategies.pop(), goal.id))
            for leaf in goal.subgoals or [goal]:
                for mi in range(rng.choice([1, 2, 3, 3])):
                    if not objects:
                        break
                    owners, owner_text = _owners(rng, v, joiner)
                    deadline, kind = _deadline(rng, v, period[0])
                    leaf.measures.append(
                        Measure(nid("M"), f"{leaf.number}.{mi + 1}", measure_text(), owners,
                                owner_text, deadline, kind, leaf.id)
                    )
            fa.goals.append(goal)
        if fa.goals:
            focus_areas.append(fa)
    filler = list(v["intro"])
    rng.shuffle(filler)
    return PlanContent(seed, lang, municipality, title, period, vision, focus_areas, words, filler)


def gold(plan: PlanContent, document: str, *, strategies: bool = True) -> dict:
    """The gold dict (docs/gold-format.md) of ``plan`` printed as ``document``. Pages are left
    out: the matcher uses a page only to break ties, and the generator does not know them.
    ``strategies=False`` when the layout does not print them (inline outlines)."""
    return {
        "document": document,
        "language": plan.lang,
        "title": plan.title,
        "plan_period": {"start": plan.period[0], "end": plan.period[1]},
        "vision": plan.vision,
        "focus_areas": [{"id": fa.id, "text": fa.text} for fa in plan.focus_areas],
        "goals": [
            {"id": g.id, "text": g.text, "kind": g.kind, "parent": g.parent,
             "focus_area": g.focus_area}
            for g in plan.goals()
        ],
        "strategies": [
            {"id": s.id, "text": s.text, "goals": [s.goal_id]} for s in (plan.strategies() if strategies else [])
        ],
        "measures": [
            {"id": m.id, "text": m.text, "goals": [m.goal_id, *m.also_goals], "strategies": [],
             "owners": list(m.owners), "deadline": m.deadline, "deadline_kind": m.deadline_kind}
            for m in plan.measures()
        ],
    }
