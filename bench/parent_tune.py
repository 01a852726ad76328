"""Calibrate the rød tråd leave-one-batch-out over corpora/parents and parents-blind2 …
parents-blind14 (each blind batch was scored first-contact before it joined).

    python bench/parent_tune.py cache [--unfitted]  # read the parent/child pairs once (slow);
                                                # with the batches in UNFITTED too
    python bench/parent_tune.py cv              # the rule: per batch, the grid point best on the others
    python bench/parent_tune.py dump            # per parent goal: gold, status, evidence, concerns
    python bench/parent_tune.py calibrate-lobo  # the calibrated status (full, or lifting the
                                                # rule's partial), each batch by models fitted
                                                # on the others; the nested choice; -v per batch
    python bench/parent_tune.py confusion       # gold × reported over all batches: parent
                                                # goals, and child goals' serving classes
    python bench/parent_tune.py errors [-v]     # each wrong parent goal sorted into a cause:
                                                # evidence not read, read but unmatched,
                                                # judged too low/high, another goal's evidence,
                                                # shared words (the table in docs/mandate.md)
    python bench/parent_tune.py cross           # every parent against every other pair's
                                                # child: goals called followed up (all false)
    python bench/parent_tune.py separation      # per evidence feature: its mean and range over
                                                # the goals the rule calls partial (and not
                                                # followed up), by gold status
    python bench/parent_tune.py ceiling         # the models fitted and scored on all batches
                                                # (in sample): what the features could give at best
    python bench/parent_tune.py calibrate-lobo --structure   # the child's structure features
                                                # (parent_calibrate.STRUCTURE_FEATURES) trained on too
    python bench/parent_tune.py calibrate       # train on all batches, write
                                                # plancheck/mandate/parent_calibration.yaml
                                                # (not shipped: see ParentSettings.calibration)

The pairs are also the test set, so a threshold or a model is never scored on the batch it was
chosen on: the held-out statuses are the figure to report.
"""

from __future__ import annotations

import itertools
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("PLANCHECK_PARENT_CACHE", "/tmp/plancheck-parent-tune.pkl"))
# the newest mechanisms switched off: what a tie between grid points falls back to
PRIOR = {  # a cap that only lowers statuses (concern_gap) is on at a tie: see main()
    "cluster_factor": 0.0,
    "concern_gap": 0.5,
    "concern_lift": 0.0,
}
# the batches calibrated on (each is held out in turn: see main)
BATCHES = (
    "parents",
    "parents-blind2",
    "parents-blind3",
    "parents-blind4",
    "parents-blind5",
    "parents-blind6",
    "parents-blind7",
    "parents-blind8",
    "parents-blind9",
    "parents-blind10",
    "parents-blind11",
    "parents-blind12",
    "parents-blind13",
    "parents-blind14",
)
# batches read only with ``cache --unfitted``: scored by every command, not yet among the
# sources the calibration writes (see calibrate)
UNFITTED = tuple(
    f"parents-blind{n}"
    for n in sorted(
        int(d.name.removeprefix("parents-blind"))
        for d in (ROOT / "corpora").glob("parents-blind*")
        if d.name.removeprefix("parents-blind").isdigit()
    )
    if f"parents-blind{n}" not in BATCHES
)
GRID = {
    "followed": [0.55, 0.6],
    "partial": [0.2],
    "cluster_factor": [0.0, 0.9],
    "concern_gap": [1.0, 0.5, 0.6],
    "concern_hold": [0.4, 0.5],
    "concern_lift": [0.0, 0.4],
}


def build_cache() -> None:
    from plancheck.mandate.evaluate import load_plan
    from plancheck.pipeline import load_document

    pairs = []
    batches = BATCHES + UNFITTED if "--unfitted" in sys.argv else BATCHES
    for gp in sorted(p for d in batches for p in (ROOT / "corpora" / d).rglob("*.gold.yaml")):
        gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
        if "parent" not in gold:
            continue
        b = gp.parent
        pairs.append(
            (
                f"{b.parent.name}/{b.name}",
                gold,
                load_plan(b / gold["child"], lang=gold.get("language")),
                load_plan(b / gold["parent"], lang=gold.get("language")),
                load_document(b / gold["child"]),
                load_document(b / gold["parent"]),
            )
        )
    CACHE.write_bytes(pickle.dumps(pairs))


def run_pair(pair, settings) -> list[tuple[str, str]]:
    from plancheck.mandate.parents import assess_parent

    _name, gold, child, parent, cdoc, pdoc = pair
    cov, _ = assess_parent(
        child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc, settings=settings
    )
    out = []
    for g in gold.get("parent_goals") or gold.get("goals") or []:
        best = max(cov, key=lambda c, g=g: fuzz.token_set_ratio(g["text"].lower(), c.text.lower()))
        ok = fuzz.token_set_ratio(g["text"].lower(), best.text.lower()) >= 80
        out.append(
            (str(g["status"]), str(getattr(best.status, "value", best.status)) if ok else "-")
        )
    return out


def evidence_rows(pair, settings) -> list[dict]:
    """Per parent goal of the gold: its gold status and the evidence of
    :func:`plancheck.mandate.parents.goal_evidence` (best score, answers, measure, verb, …)."""
    from plancheck.mandate.parents import assess_parent

    name, gold, child, parent, cdoc, pdoc = pair
    trace: list[dict] = []
    assess_parent(
        child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc,
        settings=settings, trace=trace,
    )
    out = []
    for g in gold.get("parent_goals") or gold.get("goals") or []:
        if not trace:
            continue
        best = max(trace, key=lambda t, g=g: fuzz.token_set_ratio(g["text"].lower(), t["text"].lower()))
        if fuzz.token_set_ratio(g["text"].lower(), best["text"].lower()) >= 80:
            out.append(dict(best, gold=str(g["status"]), pair=name))
    return out


def pair_features(pair) -> tuple[list[dict[str, float]], list[str]]:
    """The evidence features (rule status, no calibration) and the gold status of every gold
    parent goal of one pair that assess_parent found."""
    from plancheck.mandate.parents import ParentSettings, assess_parent

    _name, gold, child, parent, cdoc, pdoc = pair
    feats: list[dict[str, float]] = []
    cov, _ = assess_parent(
        child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc,
        settings=ParentSettings(calibration="off"), features_out=feats,
    )
    rows, labels = [], []
    for g in gold.get("parent_goals") or gold.get("goals") or []:
        if not cov:
            continue
        k = max(range(len(cov)), key=lambda i, g=g: fuzz.token_set_ratio(g["text"].lower(), cov[i].text.lower()))
        if fuzz.token_set_ratio(g["text"].lower(), cov[k].text.lower()) >= 80:
            rows.append(feats[k])
            labels.append(str(g["status"]))
    return rows, labels


def _fit(rows, gold, features=None, c=None):
    from plancheck.mandate.calibrate import fit
    from plancheck.mandate.parent_calibrate import (
        EVIDENCE_FEATURES,
        FALSE_FOLLOWED_COST,
        to_mandate_labels,
    )

    if c is None:
        c = float(sys.argv[sys.argv.index("--C") + 1]) if "--C" in sys.argv else 3.0
    return fit(
        rows, to_mandate_labels(gold), features=features or EVIDENCE_FEATURES, c=c,
        cost=FALSE_FOLLOWED_COST, strict=True,
    )


def _structure() -> tuple[str, ...]:
    """The child's structure features (``--structure``: trained on too), else none."""
    from plancheck.mandate.parent_calibrate import STRUCTURE_FEATURES

    return STRUCTURE_FEATURES if "--structure" in sys.argv else ()


def _features_arg():
    from plancheck.mandate.parent_calibrate import EVIDENCE_FEATURES

    if "--features" in sys.argv:
        return tuple(sys.argv[sys.argv.index("--features") + 1].split(","))
    if "--drop" in sys.argv:
        drop = set(sys.argv[sys.argv.index("--drop") + 1].split(","))
        return tuple(f for f in EVIDENCE_FEATURES + _structure() if f not in drop)
    return EVIDENCE_FEATURES + _structure()


# the variants `calibrate-lobo` compares, and the nested choice among them: (how the models'
# status is used, their features, the regularisation C)
VARIANTS = [("rule", "", 0.0)] + [
    (mode, feats, c)
    for mode in ("full", "lift")
    for feats in ("evidence", "evidence+rule")
    for c in (0.3, 1.0, 3.0)
]


def _labels(variant, train: list[int], test: list[int], data, fitted: dict) -> list[tuple[str, str]]:
    """(gold, status) of the goals of the pairs ``test`` under ``variant``, its models fitted on
    the pairs ``train``."""
    from plancheck.mandate.parent_calibrate import FEATURES, parent_status, rule_status

    mode, feats, c = variant
    rows = [(r, g) for i in test for r, g in zip(*data[i], strict=True)]
    if mode == "rule":
        return [(g, rule_status(r)) for r, g in rows]
    key = (feats, c, tuple(train))
    if key not in fitted:
        fitted[key] = _fit(
            [r for i in train for r in data[i][0]],
            [g for i in train for g in data[i][1]],
            FEATURES + _structure() if feats == "evidence+rule" else _features_arg(),
            c,
        )
    return [(g, parent_status(fitted[key], r, lift=mode == "lift")) for r, g in rows]


def calibrate_lobo(pairs) -> None:
    """Leave one batch out: each variant of :data:`VARIANTS` (the rule at default settings, the
    models deciding the status, the models only lifting the rule's partial to followed up)
    fitted on the other batches and scored on the batch left out; then the nested choice — for
    each batch, the variant best on the other batches when each of those is left out in turn
    (right answers less five per goal called followed up that is not) — which is the figure to
    report: no batch scores a variant chosen with it."""
    data = [pair_features(p) for p in pairs]
    batch_of = [p[0].split("/")[0] for p in pairs]
    order = list(BATCHES + UNFITTED)
    batches = sorted(dict.fromkeys(batch_of), key=order.index)
    fitted: dict = {}
    if "--upto" in sys.argv:
        # the time split (docs/mandate.md, session 32): each variant fitted on the batches
        # written up to the cut, scored on the later ones, the newest most like the next
        for cut in sys.argv[sys.argv.index("--upto") + 1].split(","):
            k = batches.index(cut)
            train = [i for i, b in enumerate(batch_of) if b in batches[: k + 1]]
            test = [i for i, b in enumerate(batch_of) if b in batches[k + 1 :]]
            print(f"time split: fitted up to {cut}, scored {batches[k + 1]}..{batches[-1]}")
            for v in VARIANTS:
                name = v[0] if v[0] == "rule" else f"{v[0]} {v[1]} C={v[2]}"
                print(f"  {name:28} {summary(_labels(v, train, test, data, fitted))}")
        return

    def held(variant, among: list[str], out: str) -> list[tuple[str, str]]:
        train = [i for i, b in enumerate(batch_of) if b in among and b != out]
        test = [i for i, b in enumerate(batch_of) if b == out]
        return _labels(variant, train, test, data, fitted)

    for v in VARIANTS:
        per = [held(v, batches, b) for b in batches]
        name = v[0] if v[0] == "rule" else f"{v[0]} {v[1]} C={v[2]}"
        print(f"{name:28} all {summary([x for lab in per for x in lab])}")
        if "-v" in sys.argv:
            for b, lab in zip(batches, per, strict=True):
                print(f"    {b:16} {summary(lab)}")
    nested = []
    for b in batches:
        others = [x for x in batches if x != b]
        best = max(
            VARIANTS,
            key=lambda v: (
                objective([x for ib in others for x in held(v, others, ib)]),
                v[0] == "rule",  # a tie keeps the rule
            ),
        )
        lab = held(best, batches, b)
        nested += lab
        print(f"nested LOBO {b:16} {best[0]} {best[1]} {best[2] or ''}: {summary(lab)}"
              f" | rule {summary(held(VARIANTS[0], batches, b))}")
    print(f"nested LOBO all: {summary(nested)}")


JUDGE_FEATS = Path(os.environ.get("PLANCHECK_JUDGE_FEATURES", "/tmp/plancheck-parent-judge-features.pkl"))
# the time split of issue 11 part 4 (session 34): fitted on the batches up to this one, scored
# on the later ones
JUDGE_CUT = "parents-blind25"


def judge_features_cache(pairs) -> None:
    """Every pair's feature rows (parent_calibrate.FEATURES and parent_judge.JUDGE_FEATURES)
    with the gold statuses, written to PLANCHECK_JUDGE_FEATURES: the judge's figures read this
    file, not the pairs (a refit takes seconds)."""
    out = []
    for p in pairs:
        rows, labels = pair_features(p)
        out.append((p[0], rows, labels))
    JUDGE_FEATS.write_bytes(pickle.dumps(out))
    print(f"{sum(len(r) for _n, r, _l in out)} goals of {len(out)} pairs -> {JUDGE_FEATS}")


def _judge_sets():
    from plancheck.mandate.parent_calibrate import EVIDENCE_FEATURES
    from plancheck.mandate.parent_judge import JUDGE_FEATURES

    items = tuple(f for f in JUDGE_FEATURES if not f.startswith(("rule_", "g_", "l_")))
    return {
        "judge": JUDGE_FEATURES,
        "items": items,
        "items+evidence": items + EVIDENCE_FEATURES,
        "judge+evidence": JUDGE_FEATURES + EVIDENCE_FEATURES,
    }


JUDGE_VARIANTS = [("rule", "", 0.0)] + [
    (mode, feats, c)
    for mode in ("full", "lift")
    for feats in ("judge", "items", "items+evidence", "judge+evidence")
    for c in (0.1, 0.3, 1.0, 3.0)
]


def _judge_labels(variant, train, test, fitted):
    """(gold, status, name) of the goals of ``test`` (lists of (name, rows, labels)) under
    ``variant``, its models fitted on ``train``."""
    from plancheck.mandate.parent_calibrate import rule_status
    from plancheck.mandate.parent_judge import judge_status

    mode, feats, c = variant
    rows = [(r, g, n) for n, rs, gs in test for r, g in zip(rs, gs, strict=True)]
    if mode == "rule":
        return [(g, rule_status(r), n) for r, g, n in rows]
    key = (feats, c, tuple(n for n, _r, _g in train))
    if key not in fitted:
        fitted[key] = _fit(
            [r for _n, rs, _g in train for r in rs], [g for _n, _r, gs in train for g in gs],
            _judge_sets()[feats], c,
        )
    cal = fitted[key]
    out = []
    for r, g, n in rows:
        st = judge_status(cal, r, cited_stands="--no-cite-guard" not in sys.argv)
        if mode == "lift":
            rule = rule_status(r)
            st = "followed_up" if rule == "partial" and st == "followed_up" else rule
        out.append((g, st, n))
    return out


def judge(_pairs=None) -> None:
    """The learned judge, only where it was not fitted: the time split (fitted on corpora/parents
    and parents-blind2 … JUDGE_CUT, scored on the later batches) and leave one batch out, each
    variant of JUDGE_VARIANTS beside the rule on the same goals; ``-v`` lists the goals whose
    status the best variant changes."""
    data = pickle.loads(JUDGE_FEATS.read_bytes())
    order = list(BATCHES + UNFITTED)
    batch = {n: n.split("/")[0] for n, _r, _l in data}
    cut = sys.argv[sys.argv.index("--upto") + 1] if "--upto" in sys.argv else JUDGE_CUT
    k = order.index(cut)
    train = [d for d in data if order.index(batch[d[0]]) <= k]
    test = [d for d in data if order.index(batch[d[0]]) > k]
    fitted: dict = {}
    print(f"time split: fitted on {len(train)} pairs up to {cut}, scored {len(test)} pairs after")
    rule = _judge_labels(JUDGE_VARIANTS[0], train, test, fitted)
    variants = JUDGE_VARIANTS
    if "--only" in sys.argv:  # "lift:items+evidence:1.0,full:judge:0.1"
        variants = [JUDGE_VARIANTS[0]] + [
            (m, f, float(c))
            for m, f, c in (x.split(":") for x in sys.argv[sys.argv.index("--only") + 1].split(","))
        ]
    for v in variants:
        lab = _judge_labels(v, train, test, fitted)
        name = v[0] if v[0] == "rule" else f"{v[0]} {v[1]} C={v[2]}"
        net = sum(a == b for a, b, _n in lab) - sum(a == b for a, b, _n in rule)
        print(f"  {name:32} {summary([x[:2] for x in lab])} net {net:+d}")
        if "-v" in sys.argv and v[0] != "rule":
            for (g, s, n), (_g, r, _n) in zip(lab, rule, strict=True):
                if s != r:
                    print(f"      {n[:40]:40} gold {g:15} rule {r:15} judge {s}")
    if "--no-lobo" in sys.argv:
        return
    batches = sorted(set(batch.values()), key=order.index)
    print("leave one batch out")
    for v in variants:
        lab = []
        for b in batches:
            tr = [d for d in data if batch[d[0]] != b]
            te = [d for d in data if batch[d[0]] == b]
            lab += _judge_labels(v, tr, te, fitted)
        name = v[0] if v[0] == "rule" else f"{v[0]} {v[1]} C={v[2]}"
        print(f"  {name:32} {summary([x[:2] for x in lab])}")


NESTED_VARIANTS = [
    (mode, feats, c)
    for mode in ("lift",)
    for feats in ("items", "items+evidence", "judge+evidence")
    for c in (0.3, 1.0, 3.0)
]


def judge_nested() -> None:
    """The honest figure of the judge: its variant (of NESTED_VARIANTS) chosen by leaving one
    batch out among the batches up to JUDGE_CUT only (right answers less five per goal called
    followed up that is not), then that variant fitted on those batches and scored on the later
    ones (the time split), and left out batch by batch over all batches, beside the rule."""
    data = pickle.loads(JUDGE_FEATS.read_bytes())
    order = list(BATCHES + UNFITTED)
    batch = {n: n.split("/")[0] for n, _r, _l in data}
    k = order.index(JUDGE_CUT)
    early = sorted({b for b in batch.values() if order.index(b) <= k}, key=order.index)
    fitted: dict = {}

    def lobo(v, among):
        lab = []
        for b in among:
            tr = [d for d in data if batch[d[0]] in among and batch[d[0]] != b]
            te = [d for d in data if batch[d[0]] == b]
            lab += _judge_labels(v, tr, te, fitted)
        return lab

    rule_early = lobo(JUDGE_VARIANTS[0], early)
    best, best_obj = JUDGE_VARIANTS[0], objective([x[:2] for x in rule_early])
    print(f"LOBO within {early[0]}..{early[-1]}: rule {summary([x[:2] for x in rule_early])}", flush=True)
    for v in NESTED_VARIANTS:
        lab = lobo(v, early)
        obj = objective([x[:2] for x in lab])
        print(f"  {v[0]} {v[1]} C={v[2]}: {summary([x[:2] for x in lab])}", flush=True)
        if obj > best_obj:
            best, best_obj = v, obj
    print(f"chosen: {best}")
    train = [d for d in data if batch[d[0]] in early]
    test = [d for d in data if batch[d[0]] not in early]
    for v in (JUDGE_VARIANTS[0], best):
        print(f"time split {v}: {summary([x[:2] for x in _judge_labels(v, train, test, fitted)])}", flush=True)
    every = sorted(set(batch.values()), key=order.index)
    for v in (JUDGE_VARIANTS[0], best):
        print(f"LOBO all {v}: {summary([x[:2] for x in lobo(v, every)])}", flush=True)


def separation(pairs) -> None:
    """Whether the evidence features tell the gold statuses apart where the rule errs: for the
    goals the rule calls partial (gold followed up, partial, not followed up) and those it calls
    not followed up, each feature's mean and range per gold status. A feature whose means are
    alike across the gold statuses cannot correct the rule there, whatever model weighs it."""
    import statistics

    from plancheck.mandate.parent_calibrate import (
        EVIDENCE_FEATURES,
        STRUCTURE_FEATURES,
        rule_status,
    )

    data = [pair_features(p) for p in pairs]
    rows = [(r, g) for rs, gs in data for r, g in zip(rs, gs, strict=True)]
    golds = ("followed_up", "partial", "not_followed_up")
    for said in ("partial", "not_followed_up"):
        some = [(r, g) for r, g in rows if rule_status(r) == said]
        counts = ", ".join(f"{g} {sum(x == g for _, x in some)}" for g in golds)
        print(f"rule says {said}: {len(some)} goals ({counts}); mean [min-max] per gold status")
        for f in (*EVIDENCE_FEATURES, *STRUCTURE_FEATURES, "rule_score"):
            cells = []
            for g in golds:
                v = [r[f] for r, x in some if x == g]
                cells.append(f"{statistics.mean(v):.2f} [{min(v):.2f}-{max(v):.2f}]" if v else "-")
            print(f"  {f:20}" + "".join(f"{c:>20}" for c in cells))


def ceiling(pairs) -> None:
    """The models fitted on every batch and scored on the same goals (in sample), full and
    lifting the rule's partial, at C 1, 10 and 100: an upper bound on what a calibration of
    these features can give. When even this barely beats the rule, the features lack the
    information, and no choice of model or regularisation will find it leaving a batch out."""
    from plancheck.mandate.parent_calibrate import parent_status

    data = [pair_features(p) for p in pairs]
    rows = [r for d in data for r in d[0]]
    gold = [g for d in data for g in d[1]]
    for c in (1.0, 10.0, 100.0):
        cal = _fit(rows, gold, _features_arg(), c)
        for lift in (False, True):
            lab = [(g, parent_status(cal, r, lift=lift)) for r, g in zip(rows, gold, strict=True)]
            print(f"in sample, {'lift' if lift else 'full'} C={c:g}: {summary(lab)}")


def calibrate(pairs) -> None:
    """Train on every batch and write plancheck/mandate/parent_calibration.yaml."""
    from plancheck.mandate.calibrate import write_calibration
    from plancheck.mandate.parent_calibrate import PARENT_CALIBRATION_PATH, parent_status

    lift = "--lift" in sys.argv
    data = [pair_features(p) for p in pairs]
    rows = [r for d in data for r in d[0]]
    gold = [g for d in data for g in d[1]]
    cal = _fit(rows, gold)
    sources = ["corpora/" + b for b in BATCHES]
    write_calibration(PARENT_CALIBRATION_PATH, cal, "python bench/parent_tune.py calibrate", sources)
    print(f"trained on {len(rows)} parent goals -> {PARENT_CALIBRATION_PATH}")
    by: dict[str, list] = {}
    for p, (rs, gs) in zip(pairs, data, strict=True):
        by.setdefault(p[0].split("/")[0], []).extend(
            (g, parent_status(cal, r, lift=lift)) for r, g in zip(rs, gs, strict=True)
        )
    for b, lab in by.items():
        print(f"{b} (in sample): {summary(lab)}")


def _closest(text: str, items, key):
    """The item whose ``key`` text is most like ``text`` (token_set_ratio ≥ 80), else None."""
    if not items:
        return None
    best = max(items, key=lambda c: fuzz.token_set_ratio(text.lower(), key(c).lower()))
    return best if fuzz.token_set_ratio(text.lower(), key(best).lower()) >= 80 else None


def serving_class(want: list[str], got: list[str] | None) -> str:
    """How a child goal's reported links compare with the gold's: both alone, the same parent
    goals, an overlap (one more or fewer), other goals than the gold's, serving where the
    gold has it stand alone, or the reverse; ``got`` None: the child goal was not found."""
    if got is None:
        return "not found"
    if not want:
        return "alone=alone" if not got else "alone->serves"
    if not got:
        return "serves->alone"
    if sorted(want) == sorted(got):
        return "serves=same"
    return "serves~overlap" if set(want) & set(got) else "serves->wrong"


def confusion(pairs) -> None:
    """The confusion matrix of parent goals (gold × reported) per batch and over all, and the
    serving classes of the child goals (:func:`serving_class`), at the shipped settings."""
    import collections

    from plancheck.mandate.parents import PARENT_STATUSES, assess_parent

    cols = (*PARENT_STATUSES, "not found")
    total: collections.Counter = collections.Counter()
    serving: collections.Counter = collections.Counter()
    per: dict[str, collections.Counter] = {}
    for name, gold, child, parent, cdoc, pdoc in pairs:
        cov, links = assess_parent(
            child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc
        )
        ours: dict[str, str | None] = {}
        batch = per.setdefault(name.split("/")[0], collections.Counter())
        for g in gold.get("parent_goals") or gold.get("goals") or []:
            c = _closest(g["text"], cov, lambda c: c.text)
            got = str(getattr(c.status, "value", c.status)) if c else "not found"
            ours[str(g.get("id"))] = c.id if c else None
            total[(str(g["status"]), got)] += 1
            batch[(str(g["status"]), got)] += 1
        for cg in gold.get("child_goals") or []:
            lk = _closest(cg["text"], links, lambda lk: lk.text)
            want = [ours.get(str(x)) or f"?{x}" for x in cg.get("serves") or []]
            serving[serving_class(want, list(lk.serves) if lk else None)] += 1

    def matrix(m) -> list[str]:
        out = [" " * 17 + "".join(f"{c:>16}" for c in cols)]
        for g in PARENT_STATUSES:
            out.append(f"  {g:<15}" + "".join(f"{m[(g, c)]:>16}" for c in cols))
        right = sum(m[(g, g)] for g in PARENT_STATUSES)
        return [*out, f"  right {right}/{sum(m.values())}"]

    for b, m in per.items():
        print(b)
        print("\n".join(matrix(m)))
    print("all batches (rows: gold, columns: reported)")
    print("\n".join(matrix(total)))
    print("child goals:", ", ".join(f"{k} {v}" for k, v in serving.most_common()))


def cross(pairs) -> None:
    """Every pair's parent against every other pair's child: each parent goal called followed up
    there is false (the child was written for another parent), so the count should only fall."""
    from plancheck.mandate.parents import assess_parent

    bad = n = 0
    for pn, pg, _c, parent, _cd, pdoc in pairs:
        for cn, _cg, child, _p, cdoc, _pd in pairs:
            if cn == pn:
                continue
            cov, _ = assess_parent(
                child, parent, lang=pg.get("language"), child_doc=cdoc, parent_doc=pdoc
            )
            n += len(cov)
            for c in cov:
                if str(getattr(c.status, "value", c.status)) == "followed_up":
                    bad += 1
                    if "-v" in sys.argv:
                        print(f"{pn} <- child of {cn}: {c.text[:70]}")
    print(f"parent goals called followed up by another pair's child: {bad} of {n}")


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("«", "").replace("»", "").split())


def same_text(gold_text: str, item_text: str) -> bool:
    """Whether a child item is the child text the gold names (a ``served_by`` entry or the
    evidence's opening words): the same words, or one inside the other (a goal read with its
    label, an item read without its last line) when the shorter is half of the longer at least,
    or the quote's opening words opening the item."""
    a, b = _norm(gold_text), _norm(item_text)
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 85:
        return True
    short, long = sorted((a, b), key=len)
    if short in long and len(short) >= 0.5 * len(long):
        return True
    return len(short) >= 20 and fuzz.partial_ratio(short, long) >= 92 and len(short) >= 0.5 * len(long)


def _in_document(text: str, doc) -> bool:
    """Whether ``text`` (its first four words: a table read as running text interleaves its
    wrapped cells) is in the document's text layer at all: blocks and table cells, spacing and
    case aside."""
    if doc is None:
        return False
    want = " ".join(_norm(text).split()[:4])
    parts = []
    for b in doc.blocks:
        parts.append(b.text)
        if b.table is not None:
            parts += list(b.table.header) + [c.text for row in b.table.rows for c in row]
    return want in _norm(" ".join(parts))


# the causes `errors` sorts a wrong parent goal into, in the order it tries them
CAUSES = {
    "parent goal not read": "the parent goal is not among the goals the rød tråd judged",
    "evidence not read": "no child item the matcher compared is the gold's evidence, which is in "
    "the child's text layer (a child goal or measure missing from the child's plan: a table read "
    "as running text)",
    "evidence not in the text": "as above, and the gold's evidence is not in the child's text "
    "layer either",
    "evidence unmatched": "the gold's evidence is among the items compared, but scores under the "
    "partial threshold for this goal and does not name it",
    "held back": "the gold's evidence answers the goal, which reached followed up, and a rule "
    "held it back (only a part, a section heading, concerns, coordination, group scope, own "
    "operations, running text)",
    "too few words": "the gold's evidence answers the goal (partial or better), is chosen as "
    "evidence or names it, and holds too few of its words to follow it up",
    "judged too high": "the evidence chosen is the gold's, and the status is higher than the "
    "gold's (a part called the whole)",
    "another goal's evidence": "evidence found for a goal the gold says nothing follows up (or "
    "less), and it is the gold's evidence for another parent goal",
    "shared words": "evidence found where the gold has none (or other evidence), and it is no "
    "parent goal's evidence in the gold",
}


def classify(g: dict, t: dict | None, gold_all: list[dict], cdoc) -> tuple[str, dict]:
    """The cause of one wrong parent goal (see :data:`CAUSES`): ``g`` its gold entry, ``t`` the
    rød tråd's trace of it (None: not found), ``gold_all`` the pair's gold goals."""
    from plancheck.mandate.parents import ParentSettings

    order = {"not_followed_up": 0, "partial": 1, "followed_up": 2}
    if t is None:
        return "parent goal not read", {}
    items, scores = t["items"], t["scores"]
    want = [x for x in (g.get("served_by") or []) if isinstance(x, str)]
    quote = (g.get("evidence") or {}).get("quote") if isinstance(g.get("evidence"), dict) else None

    def found(texts: list[str]) -> list[int]:
        return [k for k, it in enumerate(items) if any(same_text(x, it[2]) for x in texts)]

    mine = found(want)
    if quote and not mine:
        mine = [k for k, it in enumerate(items) if _norm(it[2]).startswith(_norm(quote))]
    partial = ParentSettings().partial
    info = dict(
        gold_items=[(items[k][1], round(scores[k], 2) if scores else None, items[k][2][:60]) for k in mine],
        chosen=[(items[k][1], round(scores[k], 2) if scores else None, items[k][2][:60]) for k in t["chosen"]],
    )
    got, gold = t["status"], str(g["status"])
    if order[got] < order[gold]:
        if not mine:
            texts = want or ([quote] if quote else [])
            return (
                "evidence not read"
                if any(_in_document(x, cdoc) for x in texts)
                else "evidence not in the text"
            ), info
        if all(
            scores[k] < partial and k not in t["named_items"] and k not in t["chosen"]
            for k in mine
        ):
            return "evidence unmatched", info
        return ("held back" if t.get("ev", {}).get("held") else "too few words"), info
    # higher than the gold
    chosen = set(t["chosen"])
    if chosen & set(mine):
        return "judged too high", info
    others = found([
        x for o in gold_all if o is not g for x in (o.get("served_by") or []) if isinstance(x, str)
    ])
    if chosen & set(others):
        return "another goal's evidence", info
    return "shared words", info


def errors(pairs) -> None:
    """Every parent goal whose status is not the gold's, sorted into a cause (:data:`CAUSES`):
    per batch and over all; ``-v`` lists each goal with the gold's evidence as the matcher
    scored it and the evidence it chose instead. At the shipped settings."""
    import collections

    from plancheck.mandate.parents import assess_parent

    per: dict[str, collections.Counter] = {}
    total: collections.Counter = collections.Counter()
    right = n = 0
    for name, gold, child, parent, cdoc, pdoc in pairs:
        trace: list[dict] = []
        assess_parent(
            child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc, trace=trace
        )
        batch = per.setdefault(name.split("/")[0], collections.Counter())
        entries = gold.get("parent_goals") or gold.get("goals") or []
        for g in entries:
            n += 1
            t = _closest(g["text"], trace, lambda t: t["text"])
            if t is not None and t["status"] == str(g["status"]):
                right += 1
                continue
            cause, info = classify(g, t, entries, cdoc)
            batch[cause] += 1
            total[cause] += 1
            if "-v" in sys.argv:
                print(f"{name[:34]:34} {cause:24} gold={g['status']:<15} got="
                      f"{t['status'] if t else '-':<15} {g['text'][:70]}")
                if t is not None:
                    ev = t.get("ev", {})
                    print(f"      best={t['best']:.2f} named={ev.get('named', 0)} held={ev.get('held')} "
                          f"only_part={ev.get('only_part')} joins={ev.get('joins')} "
                          f"lacking={t['lacking']} concerns="
                          + ", ".join(c + ("+" if ok else "-") for c, ok in t["concerns"]))
                for kind, sc, text in info.get("gold_items", []):
                    print(f"      gold evidence  {kind:10} {sc} {text}")
                for kind, sc, text in info.get("chosen", []):
                    print(f"      chosen         {kind:10} {sc} {text}")
    causes = list(CAUSES)
    print("| batch | wrong | " + " | ".join(causes) + " |")
    print("| --- " * (len(causes) + 2) + "|")
    order = sorted(per, key=lambda b: BATCHES.index(b) if b in BATCHES else len(BATCHES))
    for b, c in [*((b, per[b]) for b in order), ("all", total)]:
        print(f"| {b} | {sum(c.values())} | " + " | ".join(str(c[x]) for x in causes) + " |")
    print(f"right {right}/{n}")


def objective(lab) -> float:
    right = sum(a == b for a, b in lab)
    bad = sum(b == "followed_up" and a != "followed_up" for a, b in lab)
    return right - 5 * bad


def summary(lab) -> str:
    from plancheck.mandate.evaluate import cohen_kappa

    right = sum(a == b for a, b in lab)
    bad = sum(b == "followed_up" and a != "followed_up" for a, b in lab)
    return f"{right}/{len(lab)} kappa {cohen_kappa(lab):.2f} called followed up wrongly {bad}"


def main() -> None:
    if sys.argv[1:2] == ["cache"]:
        build_cache()
        return
    if sys.argv[1:2] in (["confusion"], ["cross"], ["errors"]):
        {"confusion": confusion, "cross": cross, "errors": errors}[sys.argv[1]](
            pickle.loads(CACHE.read_bytes())
        )
        return
    if sys.argv[1:2] == ["judge"]:
        judge()
        return
    if sys.argv[1:2] == ["judge-nested"]:
        judge_nested()
        return
    commands = {
        "judge-features": judge_features_cache,
        "calibrate-lobo": calibrate_lobo,
        "calibrate": calibrate,
        "separation": separation,
        "ceiling": ceiling,
    }
    if sys.argv[1:2] and sys.argv[1] in commands:
        commands[sys.argv[1]](pickle.loads(CACHE.read_bytes()))
        return
    if sys.argv[1:2] == ["dump"]:
        from plancheck.mandate.parents import ParentSettings

        for pair in pickle.loads(CACHE.read_bytes()):
            for r in evidence_rows(pair, ParentSettings(calibration="off")):
                print(
                    f"{r['pair'][:28]:28} {r['gold'][:8]:8} {r['status'][:8]:8} best={r['best']:.2f} "
                    f"n={r['answers']} cg={int(r['child_goal'])} me={int(r['measure'])} "
                    f"mug={int(r['measure_under_goal'])} verb={r['verb']} obj={r['objects']:.2f} "
                    f"con={r['content']:.2f} uni={r['union']:.2f} | cl={r['cluster']:.2f} clc={r['cluster_content']:.2f} "
                    f"clo={r['cluster_objects']:.2f} cln={r['cluster_answers']} clm={int(r['cluster_measure'])} {r['text'][:40]}"
                    f" | concerns: {', '.join(c + ('+' if ok else '-') for c, ok in r['concerns'])}"
                )
        return
    from plancheck.mandate.parents import ParentSettings

    pairs = pickle.loads(CACHE.read_bytes())
    base = ParentSettings(calibration="off")  # the rule's thresholds, not the calibrated status
    keys = list(GRID)
    grid = [
        replace(base, **dict(zip(keys, v, strict=True)))
        for v in itertools.product(*(GRID[k] for k in keys))
    ]
    res = [[run_pair(p, s) for p in pairs] for s in grid]

    # ties go to the grid point closest to the settings before the newest mechanism (PRIOR):
    # a mechanism is on for a held-out batch only when the other batches gain by it. The one
    # exception is concern_gap, which can only lower a status (never call more goals followed
    # up): at a tie it stays on, since a goal called followed up that is not costs the most
    prior = replace(base, **PRIOR)

    def change(g: int) -> float:
        return sum(abs(getattr(grid[g], k) - getattr(prior, k)) for k in keys)

    # leave one batch out: the thresholds for a batch are the grid point best on the others
    batches = sorted({p[0].split("/")[0] for p in pairs})
    held = []
    for b in batches:
        inside = [i for i, p in enumerate(pairs) if p[0].split("/")[0] == b]
        best = max(
            range(len(grid)),
            key=lambda g: (
                objective([x for i, r in enumerate(res[g]) if i not in inside for x in r]),
                -change(g),
            ),
        )
        lab = [x for i in inside for x in res[best][i]]
        held += lab
        print(b, ", ".join(f"{k}={getattr(grid[best], k)}" for k in keys), summary(lab))
    print(
        "defaults:",
        summary([x for r in res[grid.index(base)] if base in grid for x in r])
        if base in grid
        else "-",
    )
    print("held out:", summary(held))


if __name__ == "__main__":
    main()
