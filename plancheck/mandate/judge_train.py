"""Training and honest scoring of the learned judge (:mod:`plancheck.mandate.judge`).

``plancheck train --mandate-status`` reads the judge's feature cache (one JSON line per found
gold point: its batch, pair, gold status, the present status and the judge features;
``corpora/mandate-judge-features.jsonl.gz``), builds it first from the gold pairs when it is
missing or ``--rebuild`` is given (every ``mandates*`` folder: the plans are read again, slow),
fits the judge on the batches up to ``--upto`` and writes ``judge.yaml``. A refit from the
cache takes seconds.

Scored only where it was not fitted: the time split (fit on the batches to a cut, score the
later ones) and leave one batch out, each against the present statuses on the same points
(:func:`report`).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from pathlib import Path

from plancheck.mandate.judge import JUDGE_PATH, JudgeModel, fit_judge, write_judge

FEATURES_FILE = Path("mandate-judge-features.jsonl.gz")


def batch_name(folder: str) -> str:
    """``mandates`` → builder, ``mandates-blind`` → blind, ``mandates-blind12`` → blind12."""
    if folder == "mandates":
        return "builder"
    return folder.removeprefix("mandates-")


def batch_key(name: str) -> tuple[int, int]:
    """The order the batches were written in: the builder pairs, blind, blind2 …"""
    if name == "builder":
        return (0, 0)
    m = re.fullmatch(r"blind(\d*)", name)
    if m is None:
        return (2, 0)
    return (1, int(m.group(1) or 1))


def build_features(corpora: Path, folders: Iterable[str] | None = None, log=None) -> list[dict]:
    """One row per found gold point of every pair below ``corpora/mandates*`` (or the
    ``folders`` named): the plans and mandates read again. Slow (minutes)."""
    import yaml

    from plancheck.errors import InputError
    from plancheck.mandate.evaluate import load_plan
    from plancheck.mandate.match import plan_title
    from plancheck.mandate.points import read_mandate

    names = list(folders) if folders else sorted(
        (d.name for d in corpora.iterdir() if d.is_dir() and d.name.startswith("mandates")),
        key=lambda n: batch_key(batch_name(n)),
    )
    pairs = []
    for folder in names:
        for gold_path in sorted((corpora / folder).rglob("coverage.gold.yaml")):
            gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
            base = gold_path.parent
            try:
                plan = load_plan(base / gold["plan"], lang=gold.get("language"))
                points = read_mandate(base / gold["mandate"], plan_title=plan_title(plan))
            except InputError as e:
                if log:
                    log(f"{folder}/{base.name}: skipped ({e})")
                continue
            pairs.append((batch_name(folder), base.name, gold, plan, points))
            if log:
                log(f"{folder}/{base.name}: {len(points)} points")
    return pair_rows(pairs)


def pair_rows(pairs) -> list[dict]:
    """The feature rows of pairs already read: ``(batch, pair name, gold dict, plan, points)``."""
    from plancheck.mandate.evaluate import _match_points
    from plancheck.mandate.match import assess_points

    rows: list[dict] = []
    for batch, name, gold, plan, points in pairs:
        lang = gold.get("language") or plan.language or "nb"
        jx: list[dict[str, float]] = []
        cov = assess_points(plan, points, lang, judge_out=jx)
        by_id = {c.id: (c, x) for c, x in zip(cov, jx, strict=True)}
        for g, c in _match_points(gold["points"], cov):
            if c is None:
                continue
            _, x = by_id[c.id]
            rows.append({
                "batch": batch,
                "pair": name,
                "point": str(g.get("id", g.get("number", ""))),
                "gold": g["status"],
                "present": str(getattr(c.status, "value", c.status)),
                "x": {k: round(v, 6) for k, v in x.items()},
            })
    return rows


def write_features(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n")


def read_features(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def train(rows: list[dict], batches: set[str] | None = None, **kw) -> JudgeModel:
    """The judge fitted on the rows of ``batches`` (all when None), bagged over the pairs."""
    use = [r for r in rows if batches is None or r["batch"] in batches]
    return fit_judge(
        [r["x"] for r in use], [r["gold"] for r in use], [f"{r['batch']}/{r['pair']}" for r in use], **kw
    )


def _summary(lab: list[tuple[str, str]]) -> str:
    from plancheck.mandate.evaluate import cohen_kappa

    right = sum(a == b for a, b in lab)
    bad = sum(a == "uncovered" and b == "covered" for a, b in lab)
    return f"{right}/{len(lab)} kappa {cohen_kappa(lab):.2f} uncovered-as-covered {bad}"


def _per_status(lab: list[tuple[str, str]]) -> str:
    parts = []
    for st in ("covered", "partial", "uncovered"):
        n = sum(a == st for a, _ in lab)
        parts.append(f"{st} {sum(a == st == b for a, b in lab)}/{n}")
    return ", ".join(parts)


def time_split(rows: list[dict], upto: str, **kw) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(gold, judge) and (gold, present) on the batches after ``upto``, the judge fitted on the
    batches to ``upto``."""
    cut = batch_key(upto)
    early = {r["batch"] for r in rows if batch_key(r["batch"]) <= cut}
    model = train(rows, early, **kw)
    late = [r for r in rows if r["batch"] not in early]
    return [(r["gold"], model.status(r["x"])) for r in late], [(r["gold"], r["present"]) for r in late]


def lobo(rows: list[dict], **kw) -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """Per batch: (gold, judge fitted on every other batch) and (gold, present)."""
    out = {}
    for b in sorted({r["batch"] for r in rows}, key=batch_key):
        model = train(rows, {r["batch"] for r in rows} - {b}, **kw)
        part = [r for r in rows if r["batch"] == b]
        out[b] = ([(r["gold"], model.status(r["x"])) for r in part], [(r["gold"], r["present"]) for r in part])
    return out


def report(rows: list[dict], upto: str = "blind25", *, with_lobo: bool = True, **kw) -> str:
    """The time split and leave one batch out, the judge against the present statuses."""
    lines = []
    j, pr = time_split(rows, upto, **kw)
    lines.append(f"time split (fit to {upto}, scored after it, {len(j)} points):")
    lines.append(f"  judge:   {_summary(j)}  ({_per_status(j)})")
    lines.append(f"  present: {_summary(pr)}  ({_per_status(pr)})")
    if with_lobo:
        tj: list[tuple[str, str]] = []
        tp: list[tuple[str, str]] = []
        worse = []
        for b, (a, c) in lobo(rows, **kw).items():
            tj += a
            tp += c
            ra, rc = sum(x == y for x, y in a), sum(x == y for x, y in c)
            if ra < rc:
                worse.append(f"{b} {ra}<{rc}")
        lines.append(f"leave one batch out ({len(tj)} points):")
        lines.append(f"  judge:   {_summary(tj)}  ({_per_status(tj)})")
        lines.append(f"  present: {_summary(tp)}  ({_per_status(tp)})")
        lines.append(f"  batches where the judge is worse: {', '.join(worse) or 'none'}")
    return "\n".join(lines)


def train_shipped(corpora: Path, *, upto: str | None = None, rebuild: bool = False,
                  output: Path | None = None, log=print) -> tuple[Path, int]:
    """``plancheck train --mandate-status``: the feature cache (built when missing or
    ``rebuild``), the judge fitted on the batches to ``upto`` (all when None), written to
    ``output`` or the package's judge.yaml."""
    cache = corpora / FEATURES_FILE
    if rebuild or not cache.exists():
        rows = build_features(corpora, log=log)
        write_features(cache, rows)
        log(f"feature cache: {cache} ({len(rows)} points)")
    rows = read_features(cache)
    batches = None if upto is None else {r["batch"] for r in rows if batch_key(r["batch"]) <= batch_key(upto)}
    model = train(rows, batches)
    used = sorted({r["batch"] for r in rows if batches is None or r["batch"] in batches}, key=batch_key)
    path = output or JUDGE_PATH
    write_judge(path, model, "plancheck train --mandate-status", [f"mandates: {used[0]} … {used[-1]} ({len(used)} batches)"])
    return path, sum(1 for r in rows if batches is None or r["batch"] in batches)
