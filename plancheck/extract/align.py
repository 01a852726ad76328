"""Which unit of reading order an item was read from: gold items (for training and evaluation)
and the rule walk's items (as evidence for the role model) are placed on the same units.

Matching is fuzzy (rapidfuzz on normalised text): an item matches a unit when its text is the
unit's text, one of a row's cells, or a sentence inside a longer paragraph. The page, when both
sides know it, must agree within ``page_slack``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from plancheck.extract.features import Unit
from plancheck.ingest.text import normalise
from plancheck.models import Plan

#: role labels of the model, and the order in which one wins when two items share a unit
LABELS = ("vision", "goal", "sub_goal", "strategy", "measure", "indicator", "challenge", "background", "other")
_PRIORITY = {"measure": 0, "strategy": 1, "sub_goal": 2, "goal": 3, "indicator": 4, "vision": 5, "challenge": 6}


@dataclass(frozen=True)
class AlignSettings:
    threshold: float = 85.0  # rapidfuzz score for a match
    page_slack: int = 1  # pages an item's page may differ from the unit's
    min_part: int = 15  # characters: shorter texts must match whole, not as a part …
    long_part: int = 30  # … and texts this long may be any part of a unit (a sentence of a paragraph)


@lru_cache(maxsize=20_000)
def _norm_texts(unit: Unit) -> tuple[str, ...]:
    """The unit's text and its cells, normalised once (units are frozen and hashable)."""
    return tuple(n for t in (unit.text, *unit.cells) if t and (n := normalise(t)))


@lru_cache(maxsize=4_096)
def _norm_item(text: str) -> str:
    """An item's text normalised once: one item is scored against every unit near it."""
    return normalise(text)


def match_score(item_text: str, unit: Unit, settings: AlignSettings = AlignSettings(), cutoff: float = 0.0) -> float:
    """How well ``item_text`` names what ``unit`` holds, 0–100.

    A score below ``cutoff`` is not worked out: some value below ``cutoff`` is returned
    instead (rapidfuzz's ``score_cutoff`` lets it stop early). A score at or above ``cutoff``
    is exact, so a caller that only compares with a bar or with the best score so far passes
    that as ``cutoff`` and decides the same."""
    ni = _norm_item(item_text)
    if not ni:
        return 0.0
    best = 0.0
    for nt in _norm_texts(unit):
        part = len(ni) >= settings.long_part or (len(ni) >= settings.min_part and len(ni) >= 0.3 * len(nt))
        best = max(best, _pair_score(ni, nt, part, max(cutoff, best)))
        if best >= 100:
            break
    return best


#: (item text, unit text, part allowed) → (score, the cutoff it was worked out with): a plan's
#: items are aligned twice on the same units (as evidence for the role model, then to place
#: each item), and rapidfuzz over every item × every unit of nearby pages was the costliest
#: part of extraction
_PAIRS: dict[tuple[str, str, bool], tuple[float, float]] = {}
_PAIRS_MAX = 200_000


def _pair_score(ni: str, nt: str, part: bool, cutoff: float) -> float:
    """The score of two normalised texts, exact when at or above ``cutoff`` (else below it)."""
    key = (ni, nt, part)
    hit = _PAIRS.get(key)
    if hit is not None:
        score, cut = hit
        if score >= cut or cutoff >= cut:  # exact, or below a bar at least as high as this one
            return score
    best = fuzz.ratio(ni, nt, score_cutoff=cutoff)
    best = max(best, fuzz.token_sort_ratio(ni, nt, score_cutoff=max(cutoff, best)))
    if part:
        bar = max(cutoff, best) + 2  # the part's score counts 2 less
        if bar <= 100:
            best = max(best, fuzz.partial_ratio(ni, nt, score_cutoff=bar) - 2)
    if len(_PAIRS) >= _PAIRS_MAX:
        _PAIRS.clear()
    _PAIRS[key] = (best, cutoff)
    return best


def align(
    items: Iterable[tuple[str, int | None, str]],
    us: list[Unit],
    settings: AlignSettings = AlignSettings(),
    *,
    anywhere: bool = True,
) -> dict[int, str]:
    """Unit index → label, for items given as (text, page, label). Each item goes to its best
    unit; when two items land on one unit, the label of higher priority (measure first) wins."""
    by_page: dict[int | None, list[Unit]] = {}
    for u in us:
        by_page.setdefault(u.page, []).append(u)
    out: dict[int, str] = {}
    for text, page, label in items:
        best = best_unit(text, page, us, by_page, settings, anywhere=anywhere)
        if best is None:
            continue
        old = out.get(best[1])
        if old is None or _PRIORITY.get(label, 9) < _PRIORITY.get(old, 9):
            out[best[1]] = label
    return out


def best_unit(text: str, page: int | None, us: list[Unit], by_page: dict[int | None, list[Unit]],
               settings: AlignSettings, *, anywhere: bool = True) -> tuple[float, int] | None:
    """The best unit on the item's pages; elsewhere in the document when none there matches
    (a summary printed the same item earlier, or the gold page is the printed page number)."""
    near = us
    if page is not None and any(p is not None for p in by_page):
        near = [u for p, lst in by_page.items() for u in lst if p is None or abs(p - page) <= settings.page_slack]
    for cands in (near, us) if near is not us and anywhere else (near,):
        best: tuple[float, int] | None = None
        for u in cands:
            # below the bar, or below the best so far, a unit cannot win: not scored exactly
            s = match_score(text, u, settings, cutoff=best[0] if best is not None else settings.threshold)
            if s >= settings.threshold and (best is None or s > best[0] or (s == best[0] and u.page == page)):
                best = (s, u.index)
        if best is not None:
            return best
    return None


def gold_items(gold: dict) -> list[tuple[str, int | None, str]]:
    """(text, page, label) for every item of a gold file."""
    items: list[tuple[str, int | None, str]] = []
    if gold.get("vision"):
        v = gold["vision"]
        items.append((v if isinstance(v, str) else v.get("text", ""), None, "vision"))
    for g in gold.get("goals") or []:
        label = "sub_goal" if g.get("kind") == "sub_goal" else "goal"
        items.append((g["text"], g.get("page"), label))
    for s in gold.get("strategies") or []:
        items.append((s["text"], s.get("page"), "strategy"))
    for m in gold.get("measures") or []:
        items.append((m["text"], m.get("page"), "measure"))
    for ind in gold.get("indicators") or []:
        items.append((ind["text"], ind.get("page"), "indicator"))
    return [i for i in items if i[0]]


def plan_items(plan: Plan) -> list[tuple[str, int | None, str]]:
    """(text, page, label) for every item the rule walk extracted."""
    items: list[tuple[str, int | None, str]] = []
    if plan.vision is not None:
        items.append((plan.vision.text, plan.vision.page, "vision"))
    for g in plan.goals:
        items.append((g.text, g.page, "sub_goal" if g.kind == "sub_goal" else "goal"))
    items += [(s.text, s.page, "strategy") for s in plan.strategies]
    items += [(m.text, m.page, "measure") for m in plan.measures]
    items += [(i.text, i.page, "indicator") for i in plan.indicators]
    items += [(c.text, c.page, "challenge") for c in plan.challenges]
    return items


def unlabelled(unit: Unit) -> str:
    """The label of a unit no gold item names: headings and short lines are 'other', running
    text is 'background'."""
    if unit.kind == "heading" or len(unit.text) < 40:
        return "other"
    return "background"


def in_pages(unit: Unit, pages: list[int] | None) -> bool:
    if not pages or unit.page is None:
        return True
    return pages[0] <= unit.page <= pages[1]


def gold_labels(gold: dict, us: list[Unit], settings: AlignSettings = AlignSettings()) -> list[str | None]:
    """A label per unit from a gold file; None for units outside the annotated pages."""
    hits = align(gold_items(gold), us, settings)
    pages = gold.get("pages")
    hit_pages = {us[i].page for i in hits}
    # the same item printed twice on the annotated pages (in the text and again as a table row
    # with its owner) is the same item in both places: both carry its label
    for text, _page, label in gold_items(gold):
        for u in us:
            if u.index not in hits and (in_pages(u, pages) or u.page in hit_pages) \
                    and match_score(text, u, settings, cutoff=settings.threshold) >= settings.threshold:
                hits[u.index] = label
    return [
        hits.get(u.index) or unlabelled(u) if in_pages(u, pages) or u.page in hit_pages else None
        for u in us
    ]
