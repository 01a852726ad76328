"""A document's reading does not depend on what the same process read before it.

Batches (``plancheck check a.pdf b.pdf …``, a survey, the round trip, training) read many
documents in one worker process; process state such as the line joiner's language
(:func:`plancheck.ingest.text.use_language`) must be set at the start of every document."""

from __future__ import annotations

from pathlib import Path

import yaml

from plancheck.models import Block, BlockKind, Cell, Document, Table


def _field_table(action: list[str], owner: str, deadline: str) -> Table:
    """A table of field rows whose action is split over two cells of its row, the first
    ending in a hyphen: how the two are joined is the joiner's language's business."""
    cells = [Cell(row=0, col=0, text="Owner"), Cell(row=0, col=1, text=owner)]
    when = [Cell(row=1, col=0, text="Deadline"), Cell(row=1, col=1, text=deadline)]
    return Table(header=["Action", *action], rows=[cells, when])


def _document(title: str, goal: str, action: list[str], owner: str) -> Document:
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text=title, level=1),
        Block(id="b1", kind=BlockKind.paragraph, text="This plan sets out how the municipality will "
              "work for the health and welfare of its residents over the coming years."),
        Block(id="b2", kind=BlockKind.heading, text=goal, level=2),
        Block(id="b3", kind=BlockKind.table, text="Action", table=_field_table(action, owner, "2027")),
    ]
    return Document(path=f"{title}.docx", format="docx", blocks=blocks)


def _examples(tmp_path: Path, monkeypatch, order: list[str]) -> dict[str, tuple]:
    import plancheck.training as training

    docs = {
        "care": _document("Care plan", "Goal 1: Older people live safely at home",
                          ["Plan for long-", "term care places"], "Health and care services"),
        "youth": _document("Youth plan", "Goal 1: Young people have a wide range of activities",
                           ["Build a long-", "term youth council"], "Culture department"),
    }
    monkeypatch.setattr(training, "read_cached", lambda path: docs[Path(path).stem])
    out = {}
    for name in order:
        (tmp_path / f"{name}.docx").write_bytes(b"stand-in")
        gold = tmp_path / f"{name}.gold.yaml"
        gold.write_text(yaml.safe_dump({"document": f"{name}.docx", "goals": [], "measures": []}))
        ex = training.load_example(gold)
        assert ex is not None
        out[name] = (ex.doc.model_dump_json(), [u.text for u in ex.units], ex.labels, ex.lang)
    return out


def test_training_examples_read_the_same_in_either_order(tmp_path, monkeypatch):
    first = _examples(tmp_path, monkeypatch, ["care", "youth"])
    second = _examples(tmp_path, monkeypatch, ["youth", "care"])
    assert first == second
    # and the split action is joined as an English reader does (not by the default nb list)
    assert any("long-term care places" in t for t in first["care"][1])


def test_a_score_lists_its_misses_in_the_gold_order_whatever_the_hash_seed():
    """The misses of owners or deadlines follow the gold's measures, not a set's order (which
    changes with each process's hash seed: the round trip listed other misses every run)."""
    from plancheck.evaluate import _pairs, _same_exact

    gold = {f"M{i}": [f"{2026 + i % 3}"] for i in range(1, 13)}
    sc = _pairs(gold, {"M1": ["2099"]}, _same_exact)
    assert sc.fn == 12 and sc.fp == 1
    assert sc.misses == [f"M{i}: {2026 + i % 3}" for i in range(1, 13)]
    assert sc.extras == ["M1: 2099"]
