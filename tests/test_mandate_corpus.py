"""The mandate corpus: accuracy per status on the gold pairs, and the evaluation command."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from plancheck.mandate import evaluate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora" / "mandates"
PAIRS = sorted(p.parent.name for p in CORPUS.glob("*/coverage.gold.yaml"))


@pytest.fixture(scope="module")
def report() -> str:
    return evaluate(CORPUS)


def _accuracy(report: str, name: str) -> float:
    m = re.search(rf"^\s+{name}\s+([0-9.]+)", report, re.MULTILINE)
    assert m, report
    return float(m.group(1))


def test_corpus_has_the_required_pairs_and_statuses():
    assert len(PAIRS) >= 4
    statuses = []
    kinds = set()
    for name in PAIRS:
        gold = yaml.safe_load((CORPUS / name / "coverage.gold.yaml").read_text(encoding="utf-8"))
        assert (CORPUS / name / gold["plan"]).is_file()
        mandate = CORPUS / name / gold["mandate"]
        assert mandate.is_file()
        kinds.add(mandate.suffix)
        for p in gold["points"]:
            assert p["status"] in ("covered", "partial", "uncovered")
            statuses.append(p["status"])
            if p["status"] == "partial":
                assert p["missing"], p
            if p["status"] != "uncovered":
                assert isinstance(p["evidence"]["page"], int)
    assert {".txt", ".md", ".pdf"} <= kinds
    assert min(statuses.count(s) for s in ("covered", "partial", "uncovered")) >= 5


def test_accuracy_on_the_corpus(report):
    assert _accuracy(report, "overall") >= 0.9
    for status in ("covered", "partial", "uncovered"):
        assert _accuracy(report, status) >= 0.8, report
    assert "uncovered points reported as covered: 0" in report


def test_every_pair_finds_all_its_points(report):
    for name in PAIRS:
        gold = yaml.safe_load((CORPUS / name / "coverage.gold.yaml").read_text(encoding="utf-8"))
        assert f"{name}: " in report
        assert (
            f"({len(gold['points'])} points found)" in report.split(f"{name}: ")[1].splitlines()[0]
        )


def test_evidence_is_on_the_answering_page(report):
    m = re.search(r"evidence on the answering page: (\d+)/(\d+)", report)
    assert m and int(m.group(2)) > 0
    assert int(m.group(1)) / int(m.group(2)) >= 0.9


def test_a_wrong_gold_label_shows_in_the_report(tmp_path):
    pair = tmp_path / "boligsosial"
    shutil.copytree(CORPUS / "boligsosial", pair)
    gold_path = pair / "coverage.gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    assert gold["points"][0]["status"] == "covered"
    gold["points"][0]["status"] = "uncovered"  # the plan does answer point 1
    gold_path.write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    out = evaluate(tmp_path)
    assert "uncovered points reported as covered: 1" in out
    assert _accuracy(out, "uncovered") < 1.0
    assert re.search(r"ERR\s+1 gold=uncovered got=covered", out)


def test_module_command_prints_the_report():
    proc = subprocess.run(
        [sys.executable, "-m", "plancheck.mandate.evaluate", str(CORPUS / "klima")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "accuracy per gold status:" in proc.stdout
    assert "uncovered points reported as covered:" in proc.stdout


def test_module_command_on_a_folder_without_gold_fails_cleanly(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "plancheck.mandate.evaluate", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "no coverage.gold.yaml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_make_pairs_knows_every_pair():
    spec = importlib.util.spec_from_file_location("make_pairs", CORPUS / "make_pairs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert sorted(mod.PAIRS) == PAIRS
    for name, (mandate_name, source, _plan, gold, _lang) in mod.PAIRS.items():
        assert len(mod.mandate_points_text(name, source)) == len(gold)
        assert (CORPUS / name / mandate_name).is_file()


def test_a_mandate_without_points_is_scored_not_found_and_the_batch_goes_on(tmp_path):
    """One pair whose mandate holds nothing the reader takes for a point (a mandate of one
    plain sentence) used to stop `eval --mandates` with exit 2 and score no pair at all."""
    from docx import Document

    good = tmp_path / "boligsosial"
    shutil.copytree(CORPUS / "boligsosial", good)
    bad = tmp_path / "zz-tom"
    shutil.copytree(CORPUS / "boligsosial", bad)
    gold = yaml.safe_load((bad / "coverage.gold.yaml").read_text(encoding="utf-8"))
    doc = Document()
    doc.add_paragraph("Kommunedirektøren bes sette i gang arbeidet.")
    doc.save(bad / "tom.docx")
    gold["mandate"] = "tom.docx"
    text = yaml.safe_dump(gold, allow_unicode=True)
    (bad / "coverage.gold.yaml").write_text(text, encoding="utf-8")
    out = evaluate(tmp_path)
    first = out.split("zz-tom: ")[1].splitlines()[0]
    assert "(0 points found)" in first and "no mandate points found" in first
    n = len(gold["points"])
    assert f"({n} points found)" in out.split("boligsosial: ")[1].splitlines()[0]
    m = re.search(r"gold points found: (\d+)/(\d+)", out)
    assert m and int(m.group(2)) == 2 * n and int(m.group(1)) == n
