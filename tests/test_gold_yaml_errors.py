"""A hand-written gold file with a YAML error ends `plancheck eval` with one line naming the file
and the line, exit 2 — not a parser traceback (yamlfile.load_user_yaml)."""

import subprocess
import sys
from pathlib import Path

import pytest

from plancheck.errors import InputError
from plancheck.yamlfile import load_user_yaml


def test_a_broken_gold_file_is_one_input_error_naming_file_and_line(tmp_path: Path):
    gold = tmp_path / "plan.gold.yaml"
    gold.write_text("goals: [\n  - bad: : :\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_user_yaml(gold)
    message = str(info.value)
    assert str(gold) in message and "line 2" in message and "\n" not in message


def test_a_good_gold_file_reads_as_yaml(tmp_path: Path):
    gold = tmp_path / "plan.gold.yaml"
    gold.write_text("goals:\n  - text: Flere skal bo hjemme\n", encoding="utf-8")
    assert load_user_yaml(gold) == {"goals": [{"text": "Flere skal bo hjemme"}]}


def test_eval_on_a_broken_gold_exits_2_with_one_line(tmp_path: Path):
    folder = tmp_path / "plans" / "x"
    folder.mkdir(parents=True)
    (folder / "x.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "x.gold.yaml").write_text("measures: [\n - a: : b\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "plancheck", "eval", str(tmp_path / "plans")],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert "x.gold.yaml" in run.stderr and "not valid YAML" in run.stderr
