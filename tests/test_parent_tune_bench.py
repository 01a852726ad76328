"""bench/parent_tune.py's serving classes (the child goals' half of the rød tråd's confusion)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _bench():
    path = Path(__file__).resolve().parents[1] / "bench" / "parent_tune.py"
    spec = importlib.util.spec_from_file_location("parent_tune", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_serving_class_tells_the_ways_a_child_goal_link_can_go_wrong():
    cls = _bench().serving_class
    assert cls([], []) == "alone=alone"
    assert cls([], ["p1"]) == "alone->serves"
    assert cls(["p1"], []) == "serves->alone"
    assert cls(["p1", "p2"], ["p2", "p1"]) == "serves=same"
    assert cls(["p1"], ["p1", "p3"]) == "serves~overlap"
    assert cls(["p1"], ["p3"]) == "serves->wrong"
    assert cls(["p1"], None) == "not found"


def test_errors_sorts_a_wrong_parent_goal_into_its_cause():
    """`parent_tune.py errors`: the gold's evidence missing from the items compared, compared and
    scoring nothing, answering but too few words, a rule holding it back; evidence found where
    the gold has none, from another goal's gold evidence or from shared words."""
    b = _bench()
    assert b.same_text("Elevane skal trivast.", "Mål 2: Elevane skal trivast")
    assert not b.same_text("Elevane skal trivast.", "Eldre skal bu heime")
    items = [
        ("g1", "goal", "Elevane skal trivast og lære meir.", 1),
        ("m1", "measure", "Leseløft på alle skular", 1),
        ("m2", "measure", "Heimebesøk til nyfødde", 1),
    ]

    def trace(status, scores, chosen=(), held=()):
        return dict(status=status, items=items, scores=list(scores), chosen=list(chosen),
                    named_items=[], ev={"held": list(held)})

    gold = {"status": "followed_up", "served_by": ["Elevane skal trivast og lære meir."]}
    other = {"status": "followed_up", "served_by": ["Heimebesøk til nyfødde"]}
    trap = {"status": "not_followed_up", "served_by": []}
    goals = [gold, other, trap]
    assert b.classify(gold, None, goals, None)[0] == "parent goal not read"
    lone = {"status": "followed_up", "served_by": ["Ny symjehall"]}
    assert b.classify(lone, trace("partial", [0, 0, 0]), goals, None)[0] == "evidence not in the text"
    assert b.classify(gold, trace("not_followed_up", [0.0, 0, 0]), goals, None)[0] == "evidence unmatched"
    assert b.classify(gold, trace("partial", [0.4, 0, 0], [0]), goals, None)[0] == "too few words"
    assert b.classify(gold, trace("partial", [0.7, 0, 0], [0], ["coordination"]), goals, None)[0] == "held back"
    assert b.classify(trap, trace("partial", [0, 0, 0.3], [2]), goals, None)[0] == "another goal's evidence"
    assert b.classify(trap, trace("partial", [0, 0.3, 0], [1]), goals, None)[0] == "shared words"
