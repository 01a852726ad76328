"""The rød tråd's calibration harness (plancheck/mandate/parent_calibrate.py) on hand-built
feature vectors and small hand-built plans; the shared thresholds of calibrate.py with a
strict false-followed-up cost."""

from __future__ import annotations

import pytest

from plancheck.mandate import parent_calibrate as PC
from plancheck.mandate.calibrate import Calibration, fit, thresholds
from plancheck.mandate.parents import (
    ParentSettings,
    assess_parent,
    chosen_counts,
    goal_words,
    item_keys_of,
    largest_gap,
    structure_evidence,
)
from plancheck.models import Goal, Measure, Plan, SourceInfo


def _ev(status: str = "partial", score: float = 0.4, **kw) -> PC.GoalEvidence:
    return PC.GoalEvidence(rule_status=status, rule_score=score, **kw)


def test_goal_features_names_and_shares():
    x = PC.goal_features(
        _ev(best_item=0.5, concerns=4, concerns_answered=3, members=2, members_lacking=1,
            referenced=2),
        {"answers": 9, "child_goal": True, "verb": None},
    )
    assert set(PC.FEATURES) <= set(x)
    assert x["concern_share"] == pytest.approx(0.75)
    assert x["member_share"] == pytest.approx(0.5) and x["lacking"] == 1.0
    assert x["answers"] == 1.0  # capped at six
    assert x["referenced"] == 1.0 and x["child_goal"] == 1.0
    assert x["verb"] == 1.0  # a goal with no verb does not lack one
    assert x["rule_partial"] == 1.0 and x["rule_followed"] == 0.0


def test_evidence_only_in_running_text_is_background():
    x = PC.goal_features(_ev(best_item=0.0, best_paragraph=0.5), {})
    assert x["background_only"] == 1.0 and x["item_evidence"] == 0.0
    y = PC.goal_features(_ev(best_item=0.3, best_paragraph=0.5), {})
    assert y["background_only"] == 0.0 and y["item_evidence"] == 1.0


def test_no_members_means_every_member_answered():
    assert PC.goal_features(_ev(), {})["member_share"] == 1.0


def test_pair_features_compare_a_goal_with_its_siblings():
    rows = [PC.goal_features(_ev(score=s), {}) for s in (0.2, 0.4, 0.0)]
    out = PC.with_pair_features(rows, [0, 5, 1])
    assert [r["relative"] for r in out] == pytest.approx([0.5, 1.0, 0.0])
    assert [r["chosen"] for r in out] == pytest.approx([0.0, 1.0, 1 / 3])
    # a pair where no goal scores: no division by zero
    assert PC.with_pair_features([PC.goal_features(_ev(score=0.0), {})], [0])[0]["relative"] == 0


def _always(status: str) -> Calibration:
    """A calibration whose models say ``status`` whatever the features."""
    feats = ("best_item",)
    hi, lo = ((0.0,), 10.0), ((0.0,), -10.0)
    return Calibration(
        feats,
        hi if status != "uncovered" else lo,
        hi if status == "covered" else lo,
    )


def test_followed_up_needs_an_item_and_every_member():
    cal = _always("covered")
    x = PC.goal_features(_ev(best_item=0.4), {})
    assert PC.parent_status(cal, x) == "followed_up"
    lacking = PC.goal_features(_ev(best_item=0.4, members=2, members_lacking=1), {})
    assert PC.parent_status(cal, lacking) == "partial"
    background = PC.goal_features(_ev(best_item=0.0, best_paragraph=0.7), {})
    assert PC.parent_status(cal, background) == "partial"


def test_lift_only_raises_the_rules_partial():
    up = _always("covered")
    assert PC.parent_status(up, PC.goal_features(_ev("partial", best_item=0.3), {}), lift=True) == (
        "followed_up"
    )
    # the rule's not followed up and followed up stand whatever the models say
    assert PC.parent_status(up, PC.goal_features(_ev("not_followed_up", best_item=0.3), {}),
                            lift=True) == "not_followed_up"
    down = _always("uncovered")
    assert PC.parent_status(down, PC.goal_features(_ev("followed_up", best_item=0.9), {}),
                            lift=True) == "followed_up"
    assert PC.parent_status(down, PC.goal_features(_ev("partial", best_item=0.3), {}),
                            lift=True) == "partial"


def test_labels_map_to_the_mandate_calibrations():
    assert PC.to_mandate_labels(["followed_up", "partial", "not_followed_up"]) == [
        "covered", "partial", "uncovered"]


def test_no_shipped_parent_calibration_means_none(tmp_path):
    PC.load_parent_calibration.cache_clear()
    try:
        assert PC.load_parent_calibration(tmp_path / "none.yaml") is None
    finally:
        PC.load_parent_calibration.cache_clear()


# ------------------------------------------------------------ calibrate.py, shared with mandates


def _rows(scores: list[float]) -> list[dict[str, float]]:
    return [{"best_item": s} for s in scores]


def test_strict_thresholds_count_a_partial_called_covered_as_false():
    # one partial goal scores as high as the covered ones: strict, the covered threshold rises
    # above it (never called covered); lenient, only uncovered ones count and it may stay low
    rows = _rows([0.0, 0.1, 0.45, 0.5, 0.9, 0.95, 1.0, 0.92])
    gold = ["uncovered", "uncovered", "partial", "partial", "covered", "covered", "covered",
            "partial"]
    cal = fit(rows, gold, features=("best_item",), c=10.0, cost=5, strict=True)
    assert cal.status(rows[-1]) != "covered"
    lenient = fit(rows, gold, features=("best_item",), c=10.0)
    assert lenient.covered_threshold <= cal.covered_threshold


def test_thresholds_default_cost_is_unchanged():
    rows = _rows([0.0, 0.5, 1.0])
    gold = ["uncovered", "partial", "covered"]
    cal = fit(rows, gold, features=("best_item",))
    assert thresholds(cal, rows, gold) == thresholds(cal, rows, gold, cost=5, strict=False)


# ------------------------------------------------------------------------- in assess_parent


def _plan(goals: list[str], measures: list[tuple[str, str]] = ()) -> Plan:
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        title="",
        language="nb",
        goals=[Goal(id=f"g{i}", text=t, page=1) for i, t in enumerate(goals, 1)],
        measures=[
            Measure(id=f"m{i}", text=t, page=2, goal_ids=[gid])
            for i, (t, gid) in enumerate(measures, 1)
        ],
    )


PARENT = _plan([
    "Alle elever skal oppleve mestring og trivsel i skolen.",
    "Eldre skal kunne bo trygt hjemme lengst mulig.",
])
CHILD = _plan(
    ["Elevene skal trives og oppleve mestring på skolen."],
    [("Innføre trivselsledere på alle barneskoler", "g1")],
)


def test_assess_parent_gives_one_feature_row_per_goal_in_order():
    feats: list[dict[str, float]] = []
    cov, _ = assess_parent(CHILD, PARENT, features_out=feats)
    assert len(feats) == len(cov) == 2
    assert set(PC.FEATURES) <= set(feats[0])
    assert feats[0]["rule_followed"] == 1.0 and feats[0]["best_item"] > feats[1]["best_item"]
    assert feats[1]["rule_score"] == 0.0 and feats[1]["chosen"] == 0.0
    assert feats[0]["chosen"] > 0 and feats[0]["relative"] == 1.0
    # the child's structure: its one child goal, with its measure, is the school goal's and no
    # other's; nothing of it answers the home-care goal
    assert set(PC.STRUCTURE_FEATURES) <= set(feats[0]) and set(PC.STRUCTURE_FEATURES) <= set(feats[1])
    assert feats[0]["mutual"] == 1.0 and feats[0]["exclusive"] == 1.0 and feats[0]["item_rank"] == 1.0
    assert feats[1]["mutual"] == 0.0 and feats[1]["dedicated"] == 0.0


def test_the_features_leave_the_rules_statuses_alone():
    plain, _ = assess_parent(CHILD, PARENT)
    featured, _ = assess_parent(CHILD, PARENT, features_out=[])
    assert [c.model_dump() for c in plain] == [c.model_dump() for c in featured]


def _s(c) -> str:
    return str(getattr(c.status, "value", c.status))


def test_a_calibration_decides_the_status_when_switched_on(monkeypatch):
    monkeypatch.setattr(PC, "load_parent_calibration", lambda: _always("uncovered"))
    off, _ = assess_parent(CHILD, PARENT)
    full, _ = assess_parent(CHILD, PARENT, settings=ParentSettings(calibration="full"))
    lift, _ = assess_parent(CHILD, PARENT, settings=ParentSettings(calibration="lift"))
    assert _s(off[0]) == "followed_up"
    assert _s(full[0]) == "not_followed_up" and full[0].evidence == []
    assert _s(lift[0]) == "followed_up"  # lift never lowers


def test_a_goal_lifted_to_followed_up_shows_its_evidence_and_misses_nothing(monkeypatch):
    child = _plan(["Eldre skal bo hjemme."])
    before, _ = assess_parent(child, PARENT)
    assert _s(before[1]) == "partial" and before[1].missing
    monkeypatch.setattr(PC, "load_parent_calibration", lambda: _always("covered"))
    after, _ = assess_parent(child, PARENT, settings=ParentSettings(calibration="lift"))
    assert _s(after[1]) == "followed_up"
    assert after[1].evidence and after[1].missing == []
    # a goal of two coordinated members with one unanswered stays partial (the guard)
    one, _ = assess_parent(_plan(["Elevene skal trives på skolen."]), PARENT,
                           settings=ParentSettings(calibration="lift"))
    assert _s(one[0]) == "partial"


def test_chosen_counts_give_each_child_goal_to_its_best_parent_goal():
    words = [goal_words(t, "nb") for t in (g.text for g in PARENT.goals)]
    keys = [item_keys_of(goal_words(t, "nb", broader=True))
            for t in ("Elevene skal trives på skolen.", "Eldre skal bo hjemme.", "Ny kantine.")]
    assert chosen_counts(words, keys, {}) == [1, 1]


def test_largest_gap_weighs_the_unanswered_concerns():
    from plancheck.mandate.parents import concerns

    words = goal_words("God psykisk helse og gode levevaner.", "nb")
    cs = concerns(words, "God psykisk helse og gode levevaner.")
    assert len(cs) == 2
    assert largest_gap([(cs[0], True), (cs[1], True)], {}) == 0.0
    gap = largest_gap([(cs[0], False), (cs[1], True)], {})
    assert 0.0 < gap < 1.0
    assert largest_gap([(cs[0], False), (cs[1], False)], {}) == pytest.approx(max(gap, 1 - gap))


def _structure(texts: list[str], clusters: dict[str, list[int]], evidence, named=None):
    words = [goal_words(t, "nb") for t in (g.text for g in PARENT.goals)]
    items = [(f"i{k}", "goal" if k == 0 else "measure", t, 1) for k, t in enumerate(texts)]
    keys = [item_keys_of(goal_words(t, "nb", broader=True)) for t in texts]
    return structure_evidence(
        words, items, keys, clusters, evidence, named or [0] * len(words), {}
    )


def test_structure_evidence_finds_the_child_goal_restating_a_parent_goal():
    # a child goal on pupils' well-being with two measures that speak of it: it answers the
    # first parent goal best, and that goal's best child goal is it (mutual), every item of it
    # answers the goal (dedicated 1), and the evidence item answers this goal best of the two
    texts = ["Elevene skal trives på skolen.", "Trivselsledere i skolen", "Mestringskurs for elever"]
    first, second = _structure(texts, {"i0": [0, 1, 2]}, [[0], []])
    assert first["mutual"] == 1.0 and first["dedicated"] == pytest.approx(1.0)
    assert first["cluster_size"] == pytest.approx(3 / 6) and first["item_rank"] == 1.0
    # the home-care goal: no child goal answers it, so none of its structure holds
    assert second == {"mutual": 0.0, "dedicated": 0.0, "cluster_size": 0.0, "item_rank": 0.0,
                      "named_items": 0.0, "exclusive": 0.0}
    assert first["exclusive"] == 1.0  # the chapter answers none of the home-care goal


def test_structure_evidence_one_measure_in_a_chapter_on_something_else():
    # a child goal on the elderly at home whose one measure mentions the school: the school
    # goal's best child goal is that chapter, but the chapter answers the home-care goal best
    # (not mutual), and only one of its two items answers the school goal
    texts = ["Eldre skal kunne bo trygt hjemme.", "Skolehelsetjeneste og trivsel i skolen"]
    first, second = _structure(texts, {"i0": [0, 1]}, [[1], [0]], named=[5, 0])
    assert first["mutual"] == 0.0 and first["dedicated"] == pytest.approx(0.5)
    assert first["named_items"] == 1.0  # four or more naming items, capped
    assert second["mutual"] == 1.0 and second["item_rank"] == 1.0
    assert second["exclusive"] == pytest.approx(0.5)  # the chapter answers both goals
