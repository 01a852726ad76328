"""Training the role model from the gold files, and leave-one-document-out evaluation.

``plancheck train`` reads every ``*.gold.yaml`` under ``corpora/`` (real plans from
``../shared/corpora/real`` when present), places the gold items on the units of the document
(:mod:`plancheck.extract.align`), and trains the CRF of :mod:`plancheck.extract.rolemodel`
into ``plancheck/extract/model/roles.crfsuite``.

``plancheck eval --cv`` trains on every gold document but one and scores the one left out,
end to end (roles, links, owners, deadlines), for each document in turn. That is the figure
for documents the tool was not tuned on.

Read documents are cached (``$PLANCHECK_CACHE_DIR`` or the user cache folder, ``documents/``),
keyed by the file's SHA-256 and the reader's source, so a second run reads nothing again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from plancheck import yamlfile
from plancheck.evaluate import KINDS, Score, document_path, gold_files, score_plan
from plancheck.extract.features import Features, Unit
from plancheck.models import Document, Plan

#: the kinds that make a document's figure (findings are scored apart)
SCORED = ("goals", "strategies", "measures", "owners", "deadlines", "goal_links")


@dataclass
class Example:
    """One gold document, read, with its units, features and gold labels."""

    name: str
    gold: dict
    doc: Document
    lang: str
    units: list[Unit]
    feats: list[Features]
    labels: list[str | None]
    held_out: bool = False

    def sequences(self) -> list[tuple[list[Features], list[str]]]:
        """The labelled runs (units outside the annotated pages cut the sequence)."""
        out: list[tuple[list[Features], list[str]]] = []
        cur_f: list[Features] = []
        cur_l: list[str] = []
        for f, lab in zip(self.feats, self.labels, strict=True):
            if lab is None:
                if cur_f:
                    out.append((cur_f, cur_l))
                    cur_f, cur_l = [], []
                continue
            cur_f.append(f)
            cur_l.append(lab)
        if cur_f:
            out.append((cur_f, cur_l))
        return out


# --------------------------------------------------------------------------- document cache


@cache
def _reader_key() -> str:
    """A hash of the reader's source: a changed reader reads documents afresh."""
    h = hashlib.sha256()
    root = Path(__file__).parent
    for sub in ("ingest", "layout"):
        for p in sorted((root / sub).rglob("*.py")) if (root / sub).is_dir() else []:
            h.update(p.read_bytes())
    h.update((root / "models.py").read_bytes())
    return h.hexdigest()[:12]


def _doc_cache_dir() -> Path:
    import platformdirs

    base = os.environ.get("PLANCHECK_CACHE_DIR") or platformdirs.user_cache_dir("plancheck")
    return Path(base) / "documents"


def read_cached(path: Path) -> Document:
    """The document at ``path``, read once and then taken from the cache."""
    from plancheck.pipeline import load_document

    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    entry = _doc_cache_dir() / f"{sha}-{_reader_key()}.json"
    if entry.exists():
        try:
            return Document.model_validate_json(entry.read_bytes())
        except ValueError:
            pass
    doc = load_document(path)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        tmp = entry.with_suffix(".tmp")
        tmp.write_text(doc.model_dump_json(), encoding="utf-8")
        os.replace(tmp, entry)
    except OSError:
        pass
    return doc


# --------------------------------------------------------------------------- examples


def load_example(gold_file: Path) -> Example | None:
    """A gold file's document with features and labels; None when the document is absent."""
    from plancheck.errors import PlancheckError
    from plancheck.extract.align import align, gold_labels, plan_items
    from plancheck.extract.features import document_features, units
    from plancheck.extract.plan import build_plan

    gold = yamlfile.load_user_yaml(gold_file) or {}
    path = document_path(gold_file, gold)
    if path is None or not path.exists():
        return None
    try:
        doc = read_cached(path)
    except PlancheckError as exc:  # too slow or damaged: train and score without it, and say so
        import sys

        print(f"plancheck: skipped {gold_file.name}: {exc}", file=sys.stderr)
        return None
    from plancheck.extract.fieldrows import field_row_tables
    from plancheck.extract.plan import begin_document
    from plancheck.extract.runin import merge_run_in_items

    # the joiner's word list is the document's own before its field rows are joined, not that
    # of the example read before it (build_plan below sets the same language)
    begin_document(doc)
    doc = field_row_tables(doc)  # (build_plan reads tables of field rows as records the same)
    doc = merge_run_in_items(doc)  # the units the extractor reads (build_plan merges the same)
    from plancheck.extract.inline import split_inline_items

    doc = split_inline_items(doc)  # (and splits the same)
    rule_plan = build_plan(doc, model=None)
    lang = rule_plan.language
    us = units(doc)
    hits = align(plan_items(rule_plan), us, anywhere=False)
    rule = [hits.get(u.index) for u in us]
    us, feats = document_features(doc, lang, rule)
    return Example(
        name=gold_file.name.removesuffix(".gold.yaml"),
        gold=gold,
        doc=doc,
        lang=lang,
        units=us,
        feats=feats,
        labels=gold_labels(gold, us),
        held_out=bool(gold.get("held_out")),
    )


def load_examples(root: Path, progress=None) -> list[Example]:
    files = [f for f in gold_files(root) if "mandates" not in f.parts]
    out = []
    for i, f in enumerate(files):
        ex = load_example(f)
        if ex is not None:
            out.append(ex)
        if progress:
            progress(i + 1, len(files))
    return out


def training_sequences(examples: list[Example]) -> list[tuple[list[Features], list[str]]]:
    return [seq for ex in examples for seq in ex.sequences()]


def train_shipped(root: Path, out: Path | None = None) -> tuple[Path, list[str]]:
    """Train on every gold document under ``root``; returns the model path and the names."""
    from plancheck.extract.rolemodel import MODEL_FILE, train

    examples = load_examples(root)
    path = train(training_sequences(examples), out or MODEL_FILE)
    return path, [ex.name for ex in examples]


# --------------------------------------------------------------------------- cross-validation


@dataclass
class FoldResult:
    name: str
    scores: dict[str, Score]
    roles: Score = field(default_factory=Score)  # unit labels goal/strategy/measure vs gold
    held_out: bool = False

    def f1(self) -> float:
        """The document's figure: mean F1 over the kinds it has (gold or extracted items)."""
        vals = [s.f1 for k, s in self.scores.items() if k in SCORED and (s.tp + s.fn + s.fp) > 0]
        return sum(vals) / len(vals) if vals else 1.0


def _role_score(ex: Example, marginals: list[dict[str, float]]) -> Score:
    """Unit-level F1 of the model alone on the item roles (goal, strategy, measure)."""
    sc = Score()
    fam = {"goal": "goal", "sub_goal": "goal", "strategy": "strategy", "measure": "measure"}
    for lab, m in zip(ex.labels, marginals, strict=True):
        if lab is None:
            continue
        pred = max(m, key=m.get) if m else "other"
        g, p = fam.get(lab), fam.get(pred)
        if g and p == g:
            sc.tp += 1
        else:
            if p:
                sc.fp += 1
            if g:
                sc.fn += 1
    return sc


def cross_validate(examples: list[Example], progress=None) -> list[FoldResult]:
    """Leave one document out: train on the others, extract and score the one left out."""
    from plancheck.extract.plan import build_plan
    from plancheck.extract.rolemodel import model_from_sequences

    results = []
    for i, ex in enumerate(examples):
        others = [o for o in examples if o is not ex]
        model = model_from_sequences(training_sequences(others))
        try:
            plan: Plan = build_plan(ex.doc, model=model)
            marg = model.marginals(ex.feats)
        finally:
            Path(model.path).unlink(missing_ok=True)
        scores = score_plan(ex.gold, plan, None)
        results.append(FoldResult(ex.name, scores, _role_score(ex, marg), ex.held_out))
        if progress:
            progress(i + 1, len(examples))
    return results


def format_cv(results: list[FoldResult]) -> str:
    lines = ["leave-one-document-out F1 (trained on all other gold documents)"]
    kinds = [k for k in KINDS if k in SCORED]
    lines.append(f"{'document':40} {'roles':>6} " + " ".join(f"{k[:10]:>10}" for k in kinds) + f" {'doc F1':>7}")
    for r in results:
        cells = []
        for k in kinds:
            s = r.scores.get(k)
            cells.append(f"{s.f1:10.2f}" if s is not None and (s.tp + s.fn + s.fp) else f"{'-':>10}")
        mark = " (held out)" if r.held_out else ""
        lines.append(f"{r.name[:40]:40} {r.roles.f1:6.2f} " + " ".join(cells) + f" {r.f1():7.2f}{mark}")
    macro_kind = []
    for k in kinds:
        vals = [r.scores[k].f1 for r in results if k in r.scores and (r.scores[k].tp + r.scores[k].fn + r.scores[k].fp)]
        macro_kind.append(sum(vals) / len(vals) if vals else 1.0)
    role_vals = [r.roles.f1 for r in results]
    lines.append(
        f"{'MACRO':40} {sum(role_vals) / max(len(role_vals), 1):6.2f} "
        + " ".join(f"{v:10.2f}" for v in macro_kind)
        + f" {sum(r.f1() for r in results) / max(len(results), 1):7.2f}"
    )
    worst = min(results, key=lambda r: r.f1()) if results else None
    if worst is not None:
        lines.append(f"lowest document: {worst.name} {worst.f1():.2f}")
    return "\n".join(lines) + "\n"
