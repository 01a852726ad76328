"""A learned judge of a mandate point's status, from what the answering sentences DO.

Why (issue 11, session 34): eight sessions of status rules and guards each gained on the batches
their authors could see and moved no status on the batches written after them; a second reader
agreed with the blind gold on 66 of 66 points, so the gold is consistent and the judgement is
fitted, not learned. The shipped calibration (:mod:`plancheck.mandate.calibrate`) is a logistic
model over the rules' own scores. This module describes instead the sentence that answers each
concern: what it does with the concern (states it done or decided, a measure with an owner or a
date, a promise to look at it later, a condition or a wish, a negation, a background fact, a
quotation or a description of the mandate), its tense and modality, the passage's role (a
heading's level, a background chapter, a row of a measures table, a list item), how much of the
concern it holds and how many passages of the plan answer the concern at all; for process points
the process facts (a date, a body, a recurrence). The rules' status and each rule guard that
fired are indicators beside them, not decisions.

The model is the ordinal pair of :mod:`plancheck.mandate.calibrate` (P(at least partial),
P(covered), bagged logistic regression, an uncovered point called covered costing five right
answers), trained by ``plancheck train --mandate-status`` on a feature cache
(``bench/mandate_tune.py judge-cache``) and shipped as ``judge.yaml``. Whether it decides is
``MatchSettings.judge`` (off: docs/mandate.md, 'Session 34, judge34m', gives the figures).

Every function here is pure: words in, numbers out; the word lists are the language data files
(plancheck/lang/data/*.yaml ``evidence``), words.yaml and requirements.yaml, never a list in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from plancheck.lang.vocab import section_words
from plancheck.mandate import words as W
from plancheck.mandate.points import _words

JUDGE_PATH = Path(__file__).with_name("judge.yaml")


def _phrase_re(phrases: list[str]) -> re.Pattern[str] | None:
    ws = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
    if not ws:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ws)
    return re.compile(r"(?<![\w])(?:" + alt + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str] | None]:
    """The sentence acts' patterns, built once from the data files."""
    return {
        # stated done or decided: a past marker, a perfect, "er gjennomført"
        "done": _phrase_re(_words("past_marker") + section_words("evidence", "done_work")),
        "perfect": _phrase_re(_words("perfect_aux")),
        # a modal of obligation or the plan's intent ("skal", "vil", "will", "må")
        "modal": _phrase_re(_words("modal") + W.words("action", "target_modal")),
        # a promise: the future auxiliary ("vil bli", "kommer til å", "will")
        "promise": _phrase_re(_words("future_aux") + W.words("step_promise")),
        "possible": _phrase_re(W.words("possibility_modal")),
        "negation": _phrase_re(_words("negation")),
        "condition": _phrase_re(_words("condition")),
        "wish": _phrase_re(
            _words("wish_that") + section_words("evidence", "need")
        ),
        "background": _phrase_re(section_words("evidence", "background")),
        "quoted_source": _phrase_re(section_words("evidence", "quote")),
        "mandate": _phrase_re(_words("document_subject")),
        "recurring": _phrase_re(_words("recurring")),
        "background_heading": _phrase_re(W.words("background_heading")),
        "process_heading": _phrase_re(W.words("process_words")),
    }


_QUOTE_RE = re.compile(r"[«“”\"„]")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\n+")
_TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)


def _has(name: str, text: str) -> float:
    pat = _patterns()[name]
    return float(pat is not None and pat.search(text) is not None)


# what a sentence does, in the order of the feature names (each 0 or 1)
ACTS = (
    "done",  # a past marker or a finished-work phrase: stated done or decided
    "perfect",  # a perfect auxiliary (har, has, have): done, or a state reached
    "modal",  # skal, må, bør, will, shall: a measure or intent of the plan
    "promise",  # vil, kommer til å, will: a promise, the step not taken yet
    "possible",  # kan, could: a possibility, not a commitment
    "negation",  # ikke, inte, not
    "condition",  # hvis, dersom, if, unless: on a condition
    "wish",  # ønsker, need for, want: a wish or a need named, not met
    "background",  # i dag, statistikk, according to: a background fact
    "quoted_source",  # another body's goals quoted (FN, regjeringen, the samfunnsdel)
    "quotation",  # quotation marks in the sentence
    "mandate",  # the mandate or the order named (mandatet, oppdraget, this brief)
    "dated",  # a year in the sentence
    "recurring",  # årlig, every year: a recurrence
)


def sentence_acts(sentence: str) -> dict[str, float]:
    """What one sentence of the plan does with what it names (:data:`ACTS`, each 0 or 1):
    "Tiltaket ble gjennomført i 2046" → done, dated; "Kostnadene vil bli vurdert senere" →
    modal, promise; "Mange ønsker en ny hall" → wish."""
    s = " " + sentence.strip() + " "
    out = {a: _has(a, s) for a in ACTS if a not in ("quotation", "dated")}
    out["quotation"] = float(bool(_QUOTE_RE.search(s)))
    out["dated"] = float(bool(_YEAR_RE.search(s)))
    return {a: out[a] for a in ACTS}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_RE.split(text or "") if s and s.strip()]


@lru_cache(maxsize=4096)
def _sentence_keys(sentence: str, lang: str) -> frozenset[str]:
    """The matcher's keys of a sentence's words (lemmas, compound parts, synonyms)."""
    from plancheck.mandate import text as T

    out: set[str] = set()
    for t in T.terms(sentence, lang):
        if not t.stop:
            out |= set(t.keys) | set(t.parts)
    return frozenset(out)


def best_sentence(text: str, keys: list[set[str]], lang: str = "nb") -> tuple[str, float]:
    """The sentence of ``text`` that holds the most of the concern's words (``keys``: one set of
    the matcher's keys per word, a word counting when the sentence has one of them) and that
    share."""
    best, share = "", 0.0
    for s in sentences(text) or [text or ""]:
        got = _sentence_keys(s, lang)
        hit = sum(1 for forms in keys if forms & got)
        sh = hit / len(keys) if keys else 0.0
        if sh > share or not best:
            best, share = s, sh
    return best, share


# a passage's role, in the order of the feature names
ROLES = (
    "kind_passage",
    "kind_list_item",
    "kind_table",  # a whole table
    "kind_measure",  # a measure (a row of a measures table, a listed measure)
    "kind_goal",  # a goal, strategy, focus area, vision or challenge
    "kind_section",  # a whole section
    "measure_owner",  # a measure with an owner
    "measure_deadline",  # a measure with a deadline
    "heading_level",  # 1 / level of the section it stands in (0 when none)
    "background_chapter",  # under a heading of background or summary
    "process_chapter",  # under a heading of the plan's making
)


@dataclass(frozen=True)
class Passage:
    """What the judge needs of one answering passage (built by the matcher from its unit)."""

    text: str
    kind: str = "passage"  # passage | list_item | table | measure | goal | … | section
    headings: tuple[str, ...] = ()  # its section's title and the titles above it
    level: int = 0  # its section's level (1 = top), 0 when none
    owner: bool = False
    deadline: bool = False


def passage_role(p: Passage) -> dict[str, float]:
    """The role of the passage in the plan (:data:`ROLES`)."""
    k = p.kind
    heads = " ".join(p.headings)
    return {
        "kind_passage": float(k == "passage"),
        "kind_list_item": float(k == "list_item"),
        "kind_table": float(k == "table"),
        "kind_measure": float(k == "measure"),
        "kind_goal": float(k in ("goal", "strategy", "focus_area", "vision", "challenge", "indicator")),
        "kind_section": float(k == "section"),
        "measure_owner": float(k == "measure" and p.owner),
        "measure_deadline": float(k == "measure" and p.deadline),
        "heading_level": 1.0 / p.level if p.level else 0.0,
        "background_chapter": _has("background_heading", " " + heads + " "),
        "process_chapter": _has("process_heading", " " + heads.lower() + " "),
    }


@dataclass(frozen=True)
class ConcernAnswer:
    """One concern of a point and the best passage the matcher found for it."""

    keys: list[set[str]]  # the concern's content words, one set of forms each
    score: float  # the matcher's score of the best passage, 0..1
    passage: Passage | None  # None: no passage at all
    answering: int = 0  # passages of the plan at the matcher's weak share or above
    answering_full: int = 0  # … at its covered share
    structural: bool = False  # a part of the plan asked for (goals, measures …)
    lang: str = "nb"
    deferred: bool = False  # the passage puts the subject off or elsewhere (match._deferred)
    request: bool = False  # the passage reports the subject asked for (match.REQUEST_RE)


CONCERN_FEATURES = (
    "score",
    "share",  # share of the concern's words in the best sentence
    "no_passage",
    "log_answering",
    "log_answering_full",
    "deferred",
    "request",
    *ACTS,
    *ROLES,
)


def concern_features(c: ConcernAnswer) -> dict[str, float]:
    """The features of one concern's answer (:data:`CONCERN_FEATURES`)."""
    import math

    out = {f: 0.0 for f in CONCERN_FEATURES}
    out["score"] = max(0.0, min(1.0, c.score))
    out["log_answering"] = math.log1p(c.answering)
    out["log_answering_full"] = math.log1p(c.answering_full)
    if c.structural:
        # a part of the plan (its measures, goals): answered by the plan's structure, no sentence
        out["share"] = 1.0 if c.score >= 1.0 else 0.0
        return out
    if c.passage is None:
        out["no_passage"] = 1.0
        return out
    sent, share = best_sentence(c.passage.text, c.keys, c.lang)
    out["share"] = share
    out["deferred"] = float(c.deferred)
    out["request"] = float(c.request)
    out.update(sentence_acts(sent))
    out.update(passage_role(c.passage))
    return out


# the rule guards that may fire on a point, as indicators (match.assess_points' "fired")
GUARDS = (
    "passing",
    "head_missing",
    "set_aside",
    "late_step",
    "late_row",
    "estimate",
    "consultation",
    "step_done",
    "report_back",
    "deliverable_anchor",
    "opposite",
    "present_only",
    "party_unnamed",
)
STATUSES = ("covered", "partial", "uncovered")


def point_features(
    answers: list[ConcernAnswer],
    *,
    kind: str,
    rule_status: str,
    calibrated_status: str,
    present_status: str,
    fired: set[str] | frozenset[str] = frozenset(),
    deadline: bool = False,
) -> dict[str, float]:
    """The judge's feature vector of one point: over its concerns the mean, least and most of
    each concern feature (``mean_``, ``min_``, ``max_``), the point's kind and size, and as
    indicators the rules' status (before the calibration, after it, and the present one after
    every guard) and each guard that fired (``guard_`` + :data:`GUARDS`)."""
    import math

    rows = [concern_features(a) for a in answers] or [concern_features(ConcernAnswer([], 0.0, None))]
    out: dict[str, float] = {}
    for f in CONCERN_FEATURES:
        vals = [r[f] for r in rows]
        out["mean_" + f] = sum(vals) / len(vals)
        out["min_" + f] = min(vals)
        out["max_" + f] = max(vals)
    out["n_concerns"] = math.log1p(len(answers))
    out["single"] = float(len(answers) <= 1)
    out["structural_share"] = sum(a.structural for a in answers) / max(1, len(answers))
    for k in ("content", "deliverable", "process"):
        out["kind_" + k] = float(kind == k)
    out["point_deadline"] = float(deadline)
    for name, st in (("rule", rule_status), ("calibrated", calibrated_status), ("present", present_status)):
        out[f"{name}_covered"] = float(st == "covered")
        out[f"{name}_partial"] = float(st == "partial")
    for g in GUARDS:
        out["guard_" + g] = float(g in fired)
    return out


def feature_names() -> tuple[str, ...]:
    """Every name :func:`point_features` returns, in a fixed order."""
    return tuple(point_features([], kind="content", rule_status="uncovered",
                                calibrated_status="uncovered", present_status="uncovered"))


@dataclass(frozen=True)
class JudgeModel:
    """The two ordinal models over named features and their thresholds (calibrate's pair), and
    the features they were trained on."""

    features: tuple[str, ...]
    at_least_partial: tuple[tuple[float, ...], float]
    covered: tuple[tuple[float, ...], float]
    partial_threshold: float = 0.5
    covered_threshold: float = 0.5
    means: tuple[float, ...] = field(default=())  # standardisation of each feature
    scales: tuple[float, ...] = field(default=())

    def _z(self, x: dict[str, float]) -> list[float]:
        vals = [x.get(f, 0.0) for f in self.features]
        if self.means:
            vals = [(v - m) / s for v, m, s in zip(vals, self.means, self.scales, strict=True)]
        return vals

    def probabilities(self, x: dict[str, float]) -> tuple[float, float]:
        import math

        z = self._z(x)

        def p(model: tuple[tuple[float, ...], float]) -> float:
            coef, b = model
            v = b + sum(w * xi for w, xi in zip(coef, z, strict=True))
            return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))

        return p(self.at_least_partial), p(self.covered)

    def status(self, x: dict[str, float]) -> str:
        pp, pc = self.probabilities(x)
        if pc >= self.covered_threshold and pp >= self.partial_threshold:
            return "covered"
        return "partial" if pp >= self.partial_threshold else "uncovered"

    def to_dict(self) -> dict:
        return {
            "features": list(self.features),
            "means": [round(v, 6) for v in self.means],
            "scales": [round(v, 6) for v in self.scales],
            "at_least_partial": {"coef": [round(c, 6) for c in self.at_least_partial[0]],
                                 "intercept": round(self.at_least_partial[1], 6)},
            "covered": {"coef": [round(c, 6) for c in self.covered[0]],
                        "intercept": round(self.covered[1], 6)},
            "partial_threshold": round(self.partial_threshold, 6),
            "covered_threshold": round(self.covered_threshold, 6),
        }

    @classmethod
    def from_dict(cls, d: dict) -> JudgeModel:
        feats = tuple(d["features"])
        return cls(
            features=feats,
            at_least_partial=(tuple(map(float, d["at_least_partial"]["coef"])),
                              float(d["at_least_partial"]["intercept"])),
            covered=(tuple(map(float, d["covered"]["coef"])), float(d["covered"]["intercept"])),
            partial_threshold=float(d.get("partial_threshold", 0.5)),
            covered_threshold=float(d.get("covered_threshold", 0.5)),
            means=tuple(map(float, d.get("means") or ())),
            scales=tuple(map(float, d.get("scales") or ())),
        )


@lru_cache(maxsize=1)
def load_judge(path: Path = JUDGE_PATH) -> JudgeModel | None:
    """The shipped judge, or None when there is none (the rules' status is then kept)."""
    if not path.exists():
        return None
    return JudgeModel.from_dict(yaml.safe_load(path.read_text(encoding="utf-8")))


# the regularisation candidates of the judge's fit (standardised features: a smaller C than the
# calibration's, since the judge has some hundred features against its twenty)
JUDGE_C_GRID = (0.01, 0.03, 0.1)


def fit_judge(
    rows: list[dict[str, float]],
    gold: list[str],
    groups: list[str],
    *,
    features: tuple[str, ...] | None = None,
    c_grid: tuple[float, ...] | None = None,
    cost: int | None = None,
    bags: int | None = None,
) -> JudgeModel:
    """Train the judge on labelled points: the features standardised (mean 0, unit spread over
    the training points, so one regularisation fits all of them), then calibrate's bagged fit
    over the groups (the gold pairs) with its thresholds (an uncovered point called covered
    costing ``cost``, default calibrate.FALSE_COVERED_COST). Deterministic."""
    import numpy as np

    from plancheck.mandate.calibrate import FitSettings, fit

    feats = features or feature_names()
    X = np.array([[r.get(f, 0.0) for f in feats] for r in rows], dtype=float)
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd < 1e-9] = 1.0
    Z = (X - mu) / sd
    zrows = [dict(zip(feats, map(float, z), strict=True)) for z in Z]
    settings = FitSettings(c_grid=c_grid or JUDGE_C_GRID, bags=bags or FitSettings().bags)
    cal = fit(zrows, gold, features=feats, groups=groups, settings=settings, cost=cost)
    return JudgeModel(
        feats, cal.at_least_partial, cal.covered, cal.partial_threshold, cal.covered_threshold,
        tuple(float(v) for v in mu), tuple(float(v) for v in sd),
    )


def write_judge(path: Path, model: JudgeModel, command: str, sources: list[str], note: str = "") -> None:
    header = (
        f"# written by `{command}` (trained on the gold of\n# {', '.join(sources)});\n"
        + (f"# {note}\n" if note else "")
        + "# see docs/mandate.md, 'Session 34, judge34m'. Do not edit.\n"
    )
    path.write_text(header + yaml.safe_dump(model.to_dict(), sort_keys=False), encoding="utf-8")
