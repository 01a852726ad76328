"""The held-out corpora (corpora/mandates-blind*, corpora/parents*) keep their gold well formed.

These pairs are scored, never tuned on; a malformed gold file would silently change the score.
Only the YAML is read here (fast); the builders check the text against the rendered files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MANDATES = sorted((ROOT / "corpora").glob("mandates-blind*/*/coverage.gold.yaml"))
PARENTS = sorted((ROOT / "corpora").glob("parents*/*/parent-coverage.gold.yaml"))


def test_there_are_enough_blind_pairs():
    assert len(MANDATES) >= 15
    assert len(PARENTS) >= 5


@pytest.mark.parametrize("path", MANDATES, ids=lambda p: p.parent.name)
def test_mandate_gold_is_well_formed(path: Path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (path.parent / gold["plan"]).is_file()
    assert (path.parent / gold["mandate"]).is_file()
    assert gold["language"] in {"nb", "nn", "sv", "da", "en"}
    numbers = [p["number"] for p in gold["points"]]
    assert len(numbers) == len(set(numbers)), "point numbers repeat"
    for p in gold["points"]:
        assert p["held_out"] is True
        assert p["kind"] in {"content", "deliverable", "process"}
        assert p["status"] in {"covered", "partial", "uncovered"}
        if p["status"] == "uncovered":
            assert "evidence" not in p
        else:
            assert p["evidence"]["page"] >= 1 and p["evidence"]["quote"].strip()
        if p["status"] == "partial":
            assert p["missing"], "a partial point names what is missing"
            for m in p["missing"]:
                assert m.lower() != p["text"].lower(), "missing repeats the point"


@pytest.mark.parametrize("path", PARENTS, ids=lambda p: p.parent.name)
def test_parent_gold_is_well_formed(path: Path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert gold["held_out"] is True
    assert (path.parent / gold["parent"]).is_file()
    assert (path.parent / gold["child"]).is_file()
    ids = [g["id"] for g in gold["parent_goals"]]
    # a samfunnsdel or regional plan has a handful of goals to some fifteen (five is common: one per
    # focus area); fewer than three or more than twenty is a gold written wrong, not a plan
    assert len(ids) == len(set(ids)) and 3 <= len(ids) <= 20
    served = {}
    for g in gold["parent_goals"]:
        assert g["status"] in {"followed_up", "partial", "not_followed_up"}
        assert (g["status"] == "not_followed_up") == (not g["served_by"])
        assert (g["evidence"] is None) == (g["status"] == "not_followed_up")
        if g["status"] == "partial":
            assert g["missing"]
        served[g["id"]] = set(g["served_by"])
    for c in gold["child_goals"]:
        assert c["page"] >= 1
        for gid in c["serves"]:
            assert c["text"] in served[gid]
