"""A calibrated status for a mandate point, learned from evidence features.

Why: the hand-set thresholds of :mod:`plancheck.mandate.match` were tuned on the first blind
batch and called answers in other words partial or uncovered on a second one. Instead of one
more threshold per miss, the status is decided by two logistic models over a few evidence
features of the point (how much of each concern the best passage answers, how many of the
point's specific words it holds, whether its heading restates the object, how much of it the
chapter aligned with it in document order holds: :mod:`plancheck.mandate.align`), an ordinal
pair: P(at least partial) and P(covered). The coefficients are trained by
``python bench/mandate_tune.py calibrate`` on the gold pairs of corpora/mandates and the blind
batches 1-9 (``calibrate-lobo`` scores each batch by a model fitted on the others) and shipped as
``calibration.yaml`` beside this module; nothing is learned at run time. The covered threshold
is asymmetric: the thresholds are chosen on the training points with an uncovered point
called covered costing five right answers (:func:`thresholds`).

Everything here is a pure function of numbers, testable without a plan.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
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
)
# what the models are trained on: the evidence only. The rule's status is left out: the rule
# was written while reading the training pairs, so a model leaning on it learns to copy it.
# "heading_object" is left out too: the matcher already lifts the concern's score to
# MatchSettings.heading_object when it holds (mean_score, min_score carry it), and counted a
# second time it cost five points leaving one batch out of seven (round 10)
EVIDENCE_FEATURES = tuple(
    f for f in FEATURES if not f.startswith("rule_") and f != "heading_object"
)
# guards, never trained on: set by the matcher, they cap the status whatever the models say
# ("head_missing": the point's head names an object no answering passage holds → at most
# partial)
GUARD_FEATURES = ("head_missing",)


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
) -> dict[str, float]:
    """The feature vector of one point (names as in :data:`FEATURES`)."""
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
    }


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
        if x.get("passing"):
            # sharing words is not answering (docs/domain.md): a subject named once, in
            # passing, is never an assessment, whatever its words score
            return "uncovered"
        if pc >= self.covered_threshold and pp >= self.partial_threshold:
            # covered needs every concern answered by some passage at the matcher's covered
            # share ("share_answered" 1): a model trained on a few hundred points may rank a
            # point high on its other features while one of its concerns is not answered at
            # all (seen when a batch is scored by a model fitted on the others)
            if x.get("head_missing") or x.get("share_answered", 1.0) < 1.0:
                return "partial"
            return "covered"
        if pp >= self.partial_threshold:
            return "partial"
        return "uncovered"

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


def fit(
    rows: list[dict[str, float]],
    gold: list[str],
    *,
    features: tuple[str, ...] = EVIDENCE_FEATURES,
    c: float = 3.0,
    cost: int | None = None,
    strict: bool = False,
) -> Calibration:
    """Train the two models on labelled points (scikit-learn, deterministic: lbfgs, no
    shuffling) and choose the two thresholds on the same points (:func:`thresholds`; ``cost``
    and ``strict`` as there)."""
    from sklearn.linear_model import LogisticRegression

    X = [[r[f] for f in features] for r in rows]
    y1 = [int(g != "uncovered") for g in gold]
    y2 = [int(g == "covered") for g in gold]

    def model(y: list[int]) -> tuple[tuple[float, ...], float]:
        if len(set(y)) < 2:
            return tuple(0.0 for _ in features), (10.0 if y and y[0] else -10.0)
        m = LogisticRegression(C=c, max_iter=2000).fit(X, y)
        return tuple(float(v) for v in m.coef_[0]), float(m.intercept_[0])

    cal = Calibration(features, model(y1), model(y2))
    partial, covered = thresholds(cal, rows, gold, cost=cost, strict=strict)
    return Calibration(features, cal.at_least_partial, cal.covered, partial, covered)


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
