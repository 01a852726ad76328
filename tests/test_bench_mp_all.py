"""bench/mp_all.py's summary of one folder's `plancheck eval --mandates/--parents` output."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _bench():
    path = Path(__file__).resolve().parents[1] / "bench" / "mp_all.py"
    spec = importlib.util.spec_from_file_location("mp_all", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


MANDATES = """\
uppdrag: 0/6 points right (0 points found)
accuracy per gold status:
  covered     0.07  (1/15)
  overall    0.16  (5/32)
uncovered points reported as covered: 2
gold points found: 8/32
"""

PARENTS = """\
linnmyr-handlingsdel: 4/6 parent goals right (6 found)
tindevoll-styringskort: 0/7 parent goals right (1 found)
parent goals with the gold status: 5/13 (0.38)
goals called followed up that are not: 0
"""


def test_a_mandate_folder_is_summed_from_its_totals():
    assert _bench().summarise(MANDATES, "mandates") == {"right": 5, "n": 32, "found": 8, "false": 2}


def test_a_parent_folder_sums_the_goals_found_per_pair():
    assert _bench().summarise(PARENTS, "parents") == {"right": 5, "n": 13, "found": 7, "false": 0}


def test_the_folders_are_the_tuned_one_and_the_blind_batches(tmp_path: Path):
    for name in ("mandates", "mandates-blind2", "mandates-blind10", "parents-blind3", "other"):
        (tmp_path / "corpora" / name).mkdir(parents=True)
    names = [p.name for p in _bench().folders(tmp_path, "mandates")]
    assert names == ["mandates", "mandates-blind10", "mandates-blind2"]
