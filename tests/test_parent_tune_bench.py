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
