"""Precision and recall of extraction (and of findings) against hand-written gold files.

``plancheck eval DIR`` finds every ``*.gold.yaml`` below DIR (format: docs/gold-format.md),
extracts the document it names and scores, per item kind: goals, strategies, measures,
owners, deadlines, goal links and findings. Items are matched one-to-one by fuzzy text
(normalised case and space, rapidfuzz ratio ≥ 85); owners, deadlines and goal links are scored
as pairs through the matched items.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from plancheck import yamlfile
from plancheck.ingest.text import normalise
from plancheck.models import CheckResult, Plan

KINDS = ("goals", "strategies", "measures", "owners", "deadlines", "goal_links", "findings")
TEXT_MATCH = 85.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocResult:
    name: str
    scores: dict[str, Score]
    skipped: str | None = None
    held_out: bool = False  # the gold file says ``held_out: true`` (written blind)


def text_score(a: str, b: str) -> float:
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    return max(fuzz.ratio(na, nb), fuzz.token_sort_ratio(na, nb))


def match_items(gold: list[dict], pred: list[Any]) -> dict[int, int]:
    """One-to-one greedy matching, best pairs first: gold index → predicted index."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = text_score(g["text"], p.text)
            if s >= TEXT_MATCH:
                page_bonus = 1 if g.get("page") == p.page else 0
                pairs.append((s, page_bonus, gi, pi))
    pairs.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _s, _b, gi, pi in pairs:
        if gi in out or pi in used:
            continue
        out[gi] = pi
        used.add(pi)
    return out


def _score_items(gold: list[dict], pred: list[Any], pages: list[int] | None = None) -> tuple[Score, dict[int, int]]:
    """Match gold items against all extracted items (the same goal may be printed again, out
    of the annotated pages), but count as extra only what is on the annotated pages."""
    m = match_items(gold, pred)
    matched_pred = set(m.values())
    extras = [p for i, p in enumerate(pred) if i not in matched_pred and in_scope(p.page, pages)]
    sc = Score(tp=len(m), fn=len(gold) - len(m), fp=len(extras))
    sc.misses = [g["text"][:90] for i, g in enumerate(gold) if i not in m]
    sc.extras = [p.text[:90] for p in extras]
    return sc, m


def _pair_score(gold_pairs: set[tuple], pred_pairs: set[tuple]) -> Score:
    tp = len(gold_pairs & pred_pairs)
    sc = Score(tp=tp, fp=len(pred_pairs - gold_pairs), fn=len(gold_pairs - pred_pairs))
    sc.misses = [" → ".join(map(str, p))[:100] for p in sorted(gold_pairs - pred_pairs, key=str)]
    sc.extras = [" → ".join(map(str, p))[:100] for p in sorted(pred_pairs - gold_pairs, key=str)]
    return sc


def _same_fuzzy(g: str, p: str) -> bool:
    return text_score(g, p) >= TEXT_MATCH


def _same_exact(g: str, p: str) -> bool:
    """Owners and deadlines are short: "Folkehelsekoordinat or" is not "Folkehelsekoordinator"."""
    return normalise(g) == normalise(p)


def _same_deadline(g: str, p: str) -> bool:
    """A deadline is the same with or without the word leading into it: "by March 2028" and
    "March 2028", "innan utgangen av 2026" and "utgangen av 2026" name one deadline (gold files
    keep the lead as printed in a cell and drop it where a sentence needs it; the extractor does
    as the plan's form does). Only leads the lexicon lists (``time.by_when``,
    ``time.ambiguous_leads``), and only while what is left is a deadline of the same kind
    (:func:`plancheck.lang.deadlines.without_leads`)."""
    from plancheck.lang.deadlines import without_leads

    return _same_exact(g, p) or _same_exact(without_leads(g), without_leads(p))


def _same_quote(g: str, p: str) -> bool:
    """A gold quote may be a part of the reported quote (a whole table row), or the reverse."""
    ng, np_ = normalise(g), normalise(p)
    return _same_fuzzy(g, p) or bool(ng and np_ and (ng in np_ or np_ in ng))


def _pairs(gold: dict[Any, list[str]], pred: dict[Any, list[str]], same: Callable[[str, str], bool]) -> Score:
    """Score (key, text) pairs: within one key (a measure, a rule), each gold text matches at
    most one predicted text for which ``same`` holds."""
    sc = Score()
    # keys in the order the gold and then the plan give them, not a set's: a set of strings
    # iterates in an order that changes with each process's hash seed, and so did the
    # misses a report lists (the first few of a document), from one run to the next
    for key in dict.fromkeys([*gold, *pred]):
        p_list = list(pred.get(key, []))
        used: set[int] = set()
        for gtext in gold.get(key, []):
            hit = next((i for i, ptext in enumerate(p_list) if i not in used and same(gtext, ptext)), None)
            if hit is None:
                sc.fn += 1
                sc.misses.append(f"{key}: {gtext}"[:100])
            else:
                used.add(hit)
                sc.tp += 1
        for i, ptext in enumerate(p_list):
            if i not in used:
                sc.fp += 1
                sc.extras.append(f"{key}: {ptext}"[:100])
    return sc


def in_scope(page: int | None, pages: list[int] | None) -> bool:
    if not pages or page is None:
        return True
    return pages[0] <= page <= pages[1]


def score_plan(gold: dict, plan: Plan, result: CheckResult | None = None) -> dict[str, Score]:
    pages = gold.get("pages")
    goals = list(plan.goals)
    strategies = list(plan.strategies)
    measures = list(plan.measures)
    g_goals = gold.get("goals") or []
    g_strats = gold.get("strategies") or []
    g_meas = gold.get("measures") or []
    scores: dict[str, Score] = {}
    scores["goals"], gm = _score_items(g_goals, goals, pages)
    scores["strategies"], sm = _score_items(g_strats, strategies, pages)
    scores["measures"], mm = _score_items(g_meas, measures, pages)


    # predicted id -> gold id, through the matches
    goal_id = {goals[pi].id: g_goals[gi].get("id", f"g{gi}") for gi, pi in gm.items()}
    m_key = {measures[pi].id: g_meas[gi].get("id", f"m{gi}") for gi, pi in mm.items()}
    s_key = {strategies[pi].id: g_strats[gi].get("id", f"s{gi}") for gi, pi in sm.items()}
    # pair scores look at the matched items and at unmatched ones on the annotated pages
    measures = [m for m in measures if m.id in m_key or in_scope(m.page, pages)]
    strategies = [s for s in strategies if s.id in s_key or in_scope(s.page, pages)]

    g_owners = {g.get("id", f"m{i}"): list(g.get("owners") or []) for i, g in enumerate(g_meas)}
    p_owners = {m_key.get(m.id, m.id): [o.text for o in m.owners] for m in measures}
    scores["owners"] = _pairs(g_owners, p_owners, _same_exact)

    g_dead = {g.get("id", f"m{i}"): [str(g["deadline"])] for i, g in enumerate(g_meas) if g.get("deadline")}
    p_dead = {m_key.get(m.id, m.id): [m.deadline.text] for m in measures if m.deadline}
    scores["deadlines"] = _pairs(g_dead, p_dead, _same_deadline)

    gold_links: set[tuple] = set()
    for i, g in enumerate(g_meas):
        for gid in g.get("goals") or []:
            gold_links.add((g.get("id", f"m{i}"), gid))
    for i, s in enumerate(g_strats):
        for gid in s.get("goals") or []:
            gold_links.add((s.get("id", f"s{i}"), gid))
    pred_links: set[tuple] = set()
    for m in measures:
        for gid in m.goal_ids:
            pred_links.add((m_key.get(m.id, m.id), goal_id.get(gid, gid)))
    for s in strategies:
        for gid in s.goal_ids:
            pred_links.add((s_key.get(s.id, s.id), goal_id.get(gid, gid)))
    scores["goal_links"] = _pair_score(gold_links, pred_links)

    if result is not None and "findings" in gold:
        g_find: dict[str, list[str]] = {}
        for f in gold.get("findings") or []:
            g_find.setdefault(f["rule"], []).append(f.get("quote", ""))
        p_find: dict[str, list[str]] = {}
        for f in result.findings:
            if f.severity in ("error", "warning") and in_scope(f.page, pages):
                p_find.setdefault(f.rule, []).append(f.quote)
        scores["findings"] = _pairs(g_find, p_find, _same_quote)
    return scores


def shared_corpora_dir(start: Path) -> Path | None:
    """``../shared/corpora/real`` beside the repository (or $PLANCHECK_SHARED_CORPORA)."""
    env = os.environ.get("PLANCHECK_SHARED_CORPORA")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for anc in [start.resolve(), *start.resolve().parents]:
        cand = anc.parent / "shared" / "corpora" / "real"
        if cand.is_dir():
            return cand
    return None


def document_path(gold_file: Path, gold: dict) -> Path | None:
    if gold.get("document"):
        return gold_file.parent / gold["document"]
    if gold.get("shared"):
        shared = shared_corpora_dir(gold_file.parent)
        if shared is None or not (shared / gold["shared"]).exists():
            return None
        return shared / gold["shared"]
    return None


def evaluate_file(gold_file: Path, *, with_findings: bool = True) -> DocResult:
    from plancheck.pipeline import extract_plan

    gold = yamlfile.load_user_yaml(gold_file) or {}
    name = gold_file.name.removesuffix(".gold.yaml")
    path = document_path(gold_file, gold)
    if path is None:
        return DocResult(name, {}, skipped="document not present (../shared absent?)")
    plan = extract_plan(path)
    result = None
    if with_findings and "findings" in gold:
        try:
            from plancheck.checks.engine import check_plan
        except ImportError:
            check_plan = None
        if check_plan is not None:
            result = check_plan(plan)
    return DocResult(name, score_plan(gold, plan, result), held_out=bool(gold.get("held_out")))


def gold_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.gold.yaml") if "coverage" not in p.name)


def format_report(results: list[DocResult], *, verbose: bool = False) -> str:
    lines: list[str] = []
    header = f"{'document':38} " + " ".join(f"{k[:10]:>16}" for k in KINDS)
    lines.append("precision/recall per item kind (P/R, n = gold items)")
    lines.append(header)
    totals = {k: Score() for k in KINDS}
    for r in results:
        if r.skipped:
            lines.append(f"{r.name[:38]:38} skipped: {r.skipped}")
            continue
        cells = []
        for k in KINDS:
            sc = r.scores.get(k)
            if sc is None:
                cells.append(f"{'-':>16}")
                continue
            totals[k].add(sc)
            cells.append(f"{sc.precision:5.2f}/{sc.recall:4.2f} n={sc.tp + sc.fn:<3}")
        name = (r.name[:36] + " *") if r.held_out else r.name[:38]
        lines.append(f"{name:38} " + " ".join(f"{c:>16}" for c in cells))
        if verbose:
            for k in KINDS:
                sc = r.scores.get(k)
                if sc is None:
                    continue
                for miss in sc.misses[:12]:
                    lines.append(f"    - {k} missed: {miss}")
                for extra in sc.extras[:12]:
                    lines.append(f"    + {k} extra:  {extra}")
    lines.append(
        f"{'TOTAL (micro)':38} "
        + " ".join(f"{f'{t.precision:5.2f}/{t.recall:4.2f} n={t.tp + t.fn:<3}':>16}" for t in totals.values())
    )
    lines.append(
        f"{'F1':38} " + " ".join(f"{t.f1:>16.2f}" for t in totals.values())
    )
    if any(r.held_out for r in results):
        lines.append("* held out: gold written blind (held_out: true), not tuned on")
    return "\n".join(lines) + "\n"
