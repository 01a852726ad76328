"""pairkit.build_twice: the one determinism check every blind pair builder runs (`--twice`)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpora" / "scripts"))

import pairkit as pk


def test_identical_rebuild_exits_zero(tmp_path, capsys):
    calls = []

    def build(argv):
        calls.append(list(argv))
        (tmp_path / "a.gold.yaml").write_text("points: []\n", encoding="utf-8")

    assert pk.build_twice(build, ["slug"], tmp_path) == 0
    assert calls == [["slug"], ["slug"]]
    assert "1 files, 0 differ" in capsys.readouterr().out


def test_changed_rebuild_names_the_file(tmp_path, capsys):
    n = iter(range(2))

    def build(argv):
        (tmp_path / "plan.pdf").write_bytes(b"%PDF " + str(next(n)).encode())

    assert pk.build_twice(build, [], tmp_path) == 1
    assert "plan.pdf" in capsys.readouterr().out
