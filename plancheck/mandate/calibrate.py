"""A calibrated status for a mandate point, learned from evidence features.

Why: the hand-set thresholds of :mod:`plancheck.mandate.match` were tuned on the first blind
batch and called answers in other words partial or uncovered on a second one. Instead of one
more threshold per miss, the status is decided by two logistic models over a few evidence
features of the point (how much of each concern the best passage answers, how many of the
point's specific words it holds, whether its heading restates the object, how much of it the
chapter aligned with it in document order holds: :mod:`plancheck.mandate.align`), an ordinal
pair: P(at least partial) and P(covered). The coefficients are trained by
``python bench/mandate_tune.py calibrate`` on the gold pairs of corpora/mandates and the blind
batches 1-13 (``calibrate-lobo`` scores each batch by a model fitted on the others) and shipped as
``calibration.yaml`` beside this module; nothing is learned at run time. The covered threshold
is asymmetric: the thresholds are chosen with an uncovered point called covered costing five
right answers (:func:`thresholds`). Since round 18 the fit is bagged over the gold pairs
(:class:`FitSettings`): a refit on the same evidence gives the same statuses, and one pair more
or less moves few of the others'.

Everything here is a pure function of numbers, testable without a plan.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from plancheck.mandate.align import aligned_features

CALIBRATION_PATH = Path(__file__).with_name("calibration.yaml")

FEATURES = (
    "rule_covered",  # the hand-set rule's status, as two indicators
    "rule_partial",
    "mean_score",  # mean over the concerns of the best unit's score (0..1)
    "min_score",
    "max_score",
    "share_answered",  # share of concerns at the covered threshold
    "share_half",  # share of concerns at the weak threshold
    "strong_share",  # mean share of a concern's specific words the best unit holds
    "heading_object",  # some concern's best unit stands under a heading restating its object
    "section_score",  # mean over concerns of the best whole-section score
    "single",  # one concern only
    "process",  # a process point
    "deliverable",  # a part the plan must have
    "passing",  # named once, in passing
    "lenient_mean",  # mean over concerns of the best uncapped share (compound parts, near forms)
    "lenient_min",
    "heading_share",  # mean share of a concern's specific words its best heading restates
    # the chapter aligned with the point in document order (align.py)
    "aligned_share",  # share of the point's words it holds
    "aligned_top",  # it is also the chapter holding the most of them
    "aligned_concern_min",  # share of each concern's words it holds: the least …
    "aligned_concern_mean",  # … and the mean
    "aligned_heading",  # share of the point's specific words its heading restates
    "aligned_alone",  # no other point is aligned with it: a chapter written for this point
    # recorded, not trained on (RECORDED_ONLY; docs/mandate.md, round 25)
    "words",  # log(1 + the point's content words): how much it asks
    "deferred",  # share of its concerns whose best passage puts the subject off or elsewhere
)
# what the models are trained on: the evidence only. The rule's status is left out: the rule
# was written while reading the training pairs, so a model leaning on it learns to copy it.
# "heading_object" is left out too: the matcher already lifts the concern's score to
# MatchSettings.heading_object when it holds (mean_score, min_score carry it), and counted a
# second time it cost five points leaving one batch out of seven (round 10)
# "words" and "deferred" are recorded and not trained on either: leaving one batch out of
# fourteen they gained 612 → 616 of 928, by 24 statuses moved on the partial/uncovered edge
# (14 right, 10 wrong), within what choosing the best of some fifty candidate features gives
# on noise, and they made a council step on a later date than asked uncovered where a planner
# reads partial (docs/mandate.md, round 25). `bench/mandate_tune.py calibrate-lobo --add
# words,deferred` measures them again.
RECORDED_ONLY = ("heading_object", "words", "deferred")
EVIDENCE_FEATURES = tuple(
    f for f in FEATURES if not f.startswith("rule_") and f not in RECORDED_ONLY
)
# guards, never trained on: set by the matcher, they cap the status whatever the models say
# ("head_missing": the point's head names an object no answering passage holds → at most
# partial)
# "set_aside": the point's subject named only where the plan puts it off or reports it asked
# for, no concern answered → uncovered, as "passing")
# "late_step": a process point's body named in a sentence of the plan's making, dated after the
# deadline asked → at least partial, a floor under the models (session 33)
# "late_missed": … dated only after the deadline: not taken by the date → uncovered (session 37)
GUARD_FEATURES = ("head_missing", "set_aside", "late_step", "late_missed")


@dataclass(frozen=True)
class ConcernEvidence:
    """What the matcher found for one concern of a point."""

    score: float  # the best unit's score, 0..1
    strong_share: float  # share of the concern's specific words the best unit holds, 0..1
    heading_object: bool = False
    section_score: float = 0.0  # the best score of a whole section
    lenient: float = 0.0  # the best uncapped share of its words (parts, near forms), 0..1
    heading_share: float = 0.0  # share of its specific words a candidate's headings restate


def point_features(
    concerns: list[ConcernEvidence],
    *,
    rule_status: str,
    covered: float,
    weak: float,
    kind: str = "content",
    passing: bool = False,
    words: int = 0,
    deferred: float = 0.0,
) -> dict[str, float]:
    """The feature vector of one point (names as in :data:`FEATURES`). ``words``: the point's
    content words (not stop words; its head and its concerns); ``deferred``: the share of its
    concerns whose best passage leaves the subject out or hands it on (the matcher's
    ``_deferred_share``)."""
    scores = [min(1.0, max(0.0, c.score)) for c in concerns] or [0.0]
    n = max(1, len(concerns))
    return {
        "rule_covered": float(rule_status == "covered"),
        "rule_partial": float(rule_status == "partial"),
        "mean_score": sum(scores) / len(scores),
        "min_score": min(scores),
        "max_score": max(scores),
        "share_answered": sum(s >= covered for s in scores) / n,
        "share_half": sum(s >= weak for s in scores) / n,
        "strong_share": sum(c.strong_share for c in concerns) / n if concerns else 0.0,
        "heading_object": float(any(c.heading_object for c in concerns)),
        "section_score": sum(min(1.0, c.section_score) for c in concerns) / n if concerns else 0.0,
        "single": float(len(concerns) <= 1),
        "process": float(kind == "process"),
        "deliverable": float(kind == "deliverable"),
        "passing": float(passing),
        "lenient_mean": sum(min(1.0, c.lenient) for c in concerns) / n if concerns else 0.0,
        "lenient_min": min((min(1.0, c.lenient) for c in concerns), default=0.0),
        "heading_share": sum(c.heading_share for c in concerns) / n if concerns else 0.0,
        # no chapter aligned, until the matcher says which (match._aligned_evidence)
        **aligned_features(0.0, False, [], 0.0),
        "words": math.log1p(max(0, words)),
        "deferred": min(1.0, max(0.0, deferred)),
    }


def _rule_uncovered(x: dict[str, float]) -> bool:
    """Whether the hand-set rule called the point uncovered (False when ``x`` does not say: the
    rød tråd's rows name the rule's status otherwise)."""
    return "rule_covered" in x and not x["rule_covered"] and not x.get("rule_partial")


def covered_guard_free(x: dict[str, float]) -> bool:
    """Whether nothing caps the point below covered, whatever the models say.

    Covered needs every concern answered by some passage at the matcher's covered share
    ("share_answered" 1): a model trained on a few hundred points may rank a point high on its
    other features while one of its concerns is not answered at all (seen when a batch is
    scored by a model fitted on the others). The head's object must be in some answering
    passage ("head_missing"), the point not named in passing only, and the hand-set rule must
    have found a concern answered well enough for partial at least: the models may lift such a
    point to partial (answers in other words), never to covered (round 18).

    Session 26 (judge26): on the 1456 found points of 24 batches every point this leaves free
    is called covered and no other one, in sample and leaving each batch out, so covered against
    not is decided here, by the matcher's evidence; the models split partial from uncovered."""
    return (
        not x.get("passing")
        and not x.get("head_missing")
        and x.get("share_answered", 1.0) >= 1.0
        and not _rule_uncovered(x)
    )


@dataclass(frozen=True)
class Calibration:
    """Two logistic models over :data:`FEATURES` and the thresholds that turn them into a
    status."""

    features: tuple[str, ...]
    at_least_partial: tuple[tuple[float, ...], float]  # (coefficients, intercept)
    covered: tuple[tuple[float, ...], float]
    partial_threshold: float = 0.5
    covered_threshold: float = 0.5

    def probabilities(self, x: dict[str, float]) -> tuple[float, float]:
        """P(at least partial), P(covered)."""

        def p(model: tuple[tuple[float, ...], float]) -> float:
            coef, b = model
            z = b + sum(w * x.get(f, 0.0) for w, f in zip(coef, self.features, strict=True))
            return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

        return p(self.at_least_partial), p(self.covered)

    def status(self, x: dict[str, float]) -> str:
        pp, pc = self.probabilities(x)
        if x.get("passing") or x.get("set_aside") or x.get("late_missed"):
            # sharing words is not answering (docs/domain.md): a subject named once, in
            # passing, is never an assessment, whatever its words score
            return "uncovered"
        if pc >= self.covered_threshold and pp >= self.partial_threshold:
            return "covered" if covered_guard_free(x) else "partial"
        if pp >= self.partial_threshold or x.get("late_step"):
            return "partial"
        return "uncovered"

    def to_models(self) -> tuple[tuple[tuple[float, ...], float], tuple[tuple[float, ...], float]]:
        return self.at_least_partial, self.covered

    def to_dict(self) -> dict:
        return {
            "features": list(self.features),
            "at_least_partial": {
                "coef": [round(c, 6) for c in self.at_least_partial[0]],
                "intercept": round(self.at_least_partial[1], 6),
            },
            "covered": {
                "coef": [round(c, 6) for c in self.covered[0]],
                "intercept": round(self.covered[1], 6),
            },
            "partial_threshold": round(self.partial_threshold, 6),
            "covered_threshold": round(self.covered_threshold, 6),
        }

    @classmethod
    def from_dict(cls, d: dict) -> Calibration:
        feats = tuple(d["features"])
        for key in ("at_least_partial", "covered"):
            if len(d[key]["coef"]) != len(feats):
                raise ValueError(f"calibration: {key} has {len(d[key]['coef'])} coefficients")
        return cls(
            features=feats,
            at_least_partial=(
                tuple(float(c) for c in d["at_least_partial"]["coef"]),
                float(d["at_least_partial"]["intercept"]),
            ),
            covered=(
                tuple(float(c) for c in d["covered"]["coef"]),
                float(d["covered"]["intercept"]),
            ),
            partial_threshold=float(d.get("partial_threshold", 0.5)),
            covered_threshold=float(d.get("covered_threshold", 0.5)),
        )


@lru_cache(maxsize=1)
def load_calibration(path: Path = CALIBRATION_PATH) -> Calibration | None:
    """The shipped calibration, or None when there is none (the rule status is then kept)."""
    if not path.exists():
        return None
    return Calibration.from_dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def write_calibration(path: Path, cal: Calibration, command: str, sources: list[str]) -> None:
    """Write ``cal`` to ``path`` under a header naming the ``command`` that wrote it and the gold
    it was trained on: the shipped yaml says where it comes from (the mandate and the parent
    calibrations alike)."""
    header = (
        f"# written by `{command}` (trained on the gold of\n"
        f"# {', '.join(sources)});\n"
        "# see docs/mandate.md. Do not edit.\n"
    )
    path.write_text(header + yaml.safe_dump(cal.to_dict(), sort_keys=False), encoding="utf-8")


@dataclass(frozen=True)
class FitSettings:
    """How :func:`fit` trains the models when the rows come in groups (the gold pairs).

    Why bagging (round 18): one fit on all points, its thresholds the grid point best on those
    same points, changed the status of three points per pair added or removed on average (up to
    fifteen), and moved leave-one-batch-out by ±5 with no change in any point's evidence. The
    bagged fit averages ``bags`` fits, each on a share of the groups, and takes the mean of the
    thresholds each bag chooses on the groups it left out; a group's membership of a bag is a
    hash of its name and the bag's number, so adding or removing a group changes no other
    group's bags."""

    bags: int = 50
    bag_share: float = 0.5  # share of the groups each bag is fitted on
    # the regularisation is the one of these with the least out-of-bag log loss of the two
    # models (chosen on the training groups only: inside each fold of a leave-one-batch-out)
    c_grid: tuple[float, ...] = (0.3, 1.0, 3.0)
    salt: str = "plancheck-mandate"
    tol: float = 1e-10  # Newton's method stops when no coefficient moves more than this
    max_iter: int = 100


def _logistic(X, y, c: float, *, tol: float = 1e-10, max_iter: int = 100):
    """L2-regularised logistic regression by Newton's method (the objective of scikit-learn's
    ``LogisticRegression(C=c)``: c × log loss + ½|w|², intercept free), solved to ``tol``:
    deterministic and converged, so a refit on the same points gives the same coefficients."""
    import numpy as np

    n, d = X.shape
    Z = np.hstack([X, np.ones((n, 1))])
    reg = np.ones(d + 1)
    reg[-1] = 0.0
    beta = np.zeros(d + 1)
    for _ in range(max_iter):
        p = 1.0 / (1.0 + np.exp(-np.clip(Z @ beta, -30.0, 30.0)))
        grad = c * Z.T @ (p - y) + reg * beta
        hess = c * (Z.T * (p * (1.0 - p))) @ Z + np.diag(reg) + 1e-12 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        beta = beta - step
        if float(np.max(np.abs(step))) < tol:
            break
    return tuple(float(v) for v in beta[:-1]), float(beta[-1])


def _model(X, y, c: float, settings: FitSettings) -> tuple[tuple[float, ...], float]:
    if len(set(y.tolist())) < 2:
        return tuple(0.0 for _ in range(X.shape[1])), (10.0 if len(y) and y[0] else -10.0)
    return _logistic(X, y, c, tol=settings.tol, max_iter=settings.max_iter)


def in_bag(group: str, bag: int, settings: FitSettings) -> bool:
    """Whether ``group`` is among the groups bag number ``bag`` is fitted on: a hash of the
    two, so one group more or less leaves every other group's bags as they were."""
    h = hashlib.sha256(f"{settings.salt}/{group}#{bag}".encode()).hexdigest()
    return int(h[:8], 16) / 0xFFFFFFFF < settings.bag_share


def fit(
    rows: list[dict[str, float]],
    gold: list[str],
    *,
    features: tuple[str, ...] = EVIDENCE_FEATURES,
    c: float = 3.0,
    cost: int | None = None,
    strict: bool = False,
    groups: list[str] | None = None,
    settings: FitSettings | None = None,
    info: dict | None = None,
) -> Calibration:
    """Train the two models on labelled points and choose the two thresholds (``cost`` and
    ``strict`` as in :func:`thresholds`).

    Without ``groups``: one fit with regularisation ``c`` (:func:`_logistic`), its thresholds
    chosen on the same points. With ``groups`` (the gold pair of each row): the bagged fit of
    :class:`FitSettings` — ``c`` is then chosen from ``settings.c_grid`` out of bag, the
    coefficients are the mean over the bags and each threshold the mean of those the bags choose
    on the groups they left out; ``info`` (when given) receives the chosen ``c`` and the number
    of bags."""
    import numpy as np

    S = settings or FitSettings()
    X = np.array([[r[f] for f in features] for r in rows], dtype=float).reshape(len(rows), len(features))
    y1 = np.array([g != "uncovered" for g in gold], dtype=float)
    y2 = np.array([g == "covered" for g in gold], dtype=float)
    if groups is None:
        cal = Calibration(features, _model(X, y1, c, S), _model(X, y2, c, S))
        partial, covered = thresholds(cal, rows, gold, cost=cost, strict=strict)
        return replace(cal, partial_threshold=partial, covered_threshold=covered)
    names = sorted(set(groups))
    bags = []
    for k in range(S.bags):
        members = {g for g in names if in_bag(g, k, S)}
        mask = np.array([g in members for g in groups])
        if mask.any() and not mask.all():
            bags.append(mask)
    if not bags:  # too few groups to leave any out: one fit
        return fit(rows, gold, features=features, c=c, cost=cost, strict=strict, settings=S)
    best = None
    for cc in S.c_grid:
        loss, fitted = 0.0, []
        for mask in bags:
            cal = Calibration(features, _model(X[mask], y1[mask], cc, S), _model(X[mask], y2[mask], cc, S))
            pp, pc = _probabilities(cal, X[~mask])
            loss += _log_loss(pp, y1[~mask]) + _log_loss(pc, y2[~mask])
            fitted.append((cal, ~mask))
        if best is None or loss < best[0] - 1e-9:
            best = (loss, cc, fitted)
    _, c_best, fitted = best
    if info is not None:
        info.update(c=c_best, bags=len(fitted))
    chosen = [
        _thresholds_np(cal, X[out], [r for r, o in zip(rows, out, strict=True) if o],
                       [g for g, o in zip(gold, out, strict=True) if o], cost=cost, strict=strict)
        for cal, out in fitted
    ]

    def mean_model(i: int) -> tuple[tuple[float, ...], float]:
        coefs = np.mean([np.array(cal.to_models()[i][0]) for cal, _ in fitted], axis=0)
        return tuple(float(v) for v in coefs), float(np.mean([cal.to_models()[i][1] for cal, _ in fitted]))

    return Calibration(
        features,
        mean_model(0),
        mean_model(1),
        float(np.mean([t[0] for t in chosen])),
        float(np.mean([t[1] for t in chosen])),
    )


def _probabilities(cal: Calibration, X):
    import numpy as np

    def p(model: tuple[tuple[float, ...], float]):
        z = X @ np.array(model[0]) + model[1]
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))

    return p(cal.at_least_partial), p(cal.covered)


def _log_loss(p, y) -> float:
    import numpy as np

    p = np.clip(p, 1e-12, 1.0 - 1e-12)
    return float(-(y * np.log(p) + (1.0 - y) * np.log(1.0 - p)).sum())


def _thresholds_np(
    cal: Calibration, X, rows: list[dict[str, float]], gold: list[str], *, cost: int | None, strict: bool
) -> tuple[float, float]:
    """:func:`thresholds`, vectorised (the bagged fit chooses them a hundred and fifty times):
    the same statuses as :meth:`Calibration.status`, the same value and the same tie-break."""
    import numpy as np

    pp, pc = _probabilities(cal, X)
    passing = np.array([bool(r.get("passing")) for r in rows])
    capped = np.array([not covered_guard_free(r) for r in rows])
    g = np.array([{"uncovered": 0, "partial": 1, "covered": 2}.get(x, -1) for x in gold])
    below = g != 2 if strict else g == 0
    k = FALSE_COVERED_COST if cost is None else cost
    best = None
    for tp in PARTIAL_THRESHOLDS:
        for tc in COVERED_THRESHOLDS:
            st = np.where(pp >= tp, 1, 0)
            st[(pp >= tp) & (pc >= tc) & ~capped] = 2
            st[passing] = 0
            value = int((st == g).sum()) - k * int((below & (st == 2)).sum())
            key = (value, tc, tp)
            if best is None or key > best:
                best = key
    return best[2], best[1]


# the candidate thresholds, and what an uncovered point called covered costs in right answers
# when they are chosen (a false "covered" hides a gap from the planner)
PARTIAL_THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65)
COVERED_THRESHOLDS = tuple(round(0.5 + 0.025 * k, 3) for k in range(19))
FALSE_COVERED_COST = 5


def thresholds(
    cal: Calibration,
    rows: list[dict[str, float]],
    gold: list[str],
    *,
    cost: int | None = None,
    strict: bool = False,
) -> tuple[float, float]:
    """The partial and covered thresholds that do best on the training points: right answers
    less ``cost`` (default :data:`FALSE_COVERED_COST`) per uncovered point called covered —
    with ``strict``, per point below covered (a partial one too) called covered; among equals
    the highest covered threshold, then the highest partial one. Why ``strict``: the rød tråd
    (plancheck/mandate/parent_calibrate.py) must never call a goal followed up that is only
    partly so, since that hides a gap from the council as surely as an unanswered one.

    Why not 0.5 and the lowest covered threshold at which no uncovered training point is
    called covered (the rule until round 10): with seven batches one uncovered point scored
    high (a heading that restates the object over a passage on another one) set it near 0.86
    for all, and most points answered in other words fell to partial; the ordinal models'
    probabilities are not calibrated at 0.5 either (leave-one-batch-out, docs/mandate.md)."""

    def value(tp: float, tc: float) -> int:
        c = Calibration(cal.features, cal.at_least_partial, cal.covered, tp, tc)
        lab = [(g, c.status(r)) for r, g in zip(rows, gold, strict=True)]
        right = sum(a == b for a, b in lab)
        bad = sum(
            (a != "covered" if strict else a == "uncovered") and b == "covered" for a, b in lab
        )
        return right - (FALSE_COVERED_COST if cost is None else cost) * bad

    grid = [(tp, tc) for tp in PARTIAL_THRESHOLDS for tc in COVERED_THRESHOLDS]
    return max(grid, key=lambda x: (value(*x), x[1], x[0]))
