"""The learned word similarity (plancheck/mandate/similarity.py) judged on a time split.

    python bench/similarity_split.py cache OUT.pkl FOLDER...      # read the pairs once (slow)
    python bench/similarity_split.py score OUT.pkl TABLE [--weight W] [--sources text,gold]

``cache`` reads every mandate pair (coverage.gold.yaml) and parent pair
(parent-coverage.gold.yaml) of the corpora folders named; ``score`` scores them with the
similarity off and on (``TABLE``: a table built by ``plancheck train --similarity``, e.g. from the
folders before the ones scored: ``--exclude``), per folder: statuses right, Cohen's kappa,
uncovered called covered (mandates) or goals called followed up that are not (parents).

Why: a similarity learned from text must reach the wording of batches written after the table
was built; a gain on the folders it was built from says nothing (docs/mandate.md, 'Session 36,
sim36').
"""

from __future__ import annotations

import pickle
import sys
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def build_cache(out: Path, folders: list[str]) -> None:
    from plancheck.errors import InputError
    from plancheck.mandate.evaluate import load_plan
    from plancheck.mandate.match import plan_title
    from plancheck.mandate.points import read_mandate
    from plancheck.pipeline import load_document

    pairs = []
    for name in folders:
        root = ROOT / "corpora" / name
        for gp in sorted(root.rglob("*.gold.yaml")):
            gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
            b = gp.parent
            if "mandate" in gold:
                plan = load_plan(b / gold["plan"], lang=gold.get("language"))
                try:
                    points = read_mandate(b / gold["mandate"], plan_title=plan_title(plan))
                except InputError:
                    points = []
                pairs.append(("m", name, b.name, gold, plan, points))
            elif "parent" in gold:
                pairs.append(
                    (
                        "p",
                        name,
                        b.name,
                        gold,
                        (
                            load_plan(b / gold["child"], lang=gold.get("language")),
                            load_plan(b / gold["parent"], lang=gold.get("language")),
                            load_document(b / gold["child"]),
                            load_document(b / gold["parent"]),
                        ),
                        None,
                    )
                )
            print(name, b.name, file=sys.stderr)
    out.write_bytes(pickle.dumps(pairs))


def run_mandate(pair, settings) -> list[tuple[str, str]]:
    from plancheck.mandate.evaluate import _match_points
    from plancheck.mandate.match import assess_points

    _k, _f, _n, gold, plan, points = pair
    if not points:
        return [(g["status"], "not found") for g in gold["points"]]
    lang = gold.get("language") or plan.language or "nb"
    cov = assess_points(plan, points, lang, settings=settings)
    return [
        (g["status"], str(getattr(c.status, "value", c.status)) if c is not None else "not found")
        for g, c in _match_points(gold["points"], cov)
    ]


def run_parent(pair, settings) -> list[tuple[str, str]]:
    from rapidfuzz import fuzz

    from plancheck.mandate.parents import assess_parent

    _k, _f, _n, gold, (child, parent, cdoc, pdoc), _ = pair
    cov, _ = assess_parent(
        child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc, settings=settings
    )
    out = []
    for g in gold.get("parent_goals") or []:
        if not cov:
            out.append((str(g["status"]), "-"))
            continue
        best = max(cov, key=lambda c, g=g: fuzz.token_set_ratio(g["text"].lower(), c.text.lower()))
        ok = fuzz.token_set_ratio(g["text"].lower(), best.text.lower()) >= 80
        out.append((str(g["status"]), str(getattr(best.status, "value", best.status)) if ok else "-"))
    return out


def figures(lab: list[tuple[str, str]], kind: str) -> str:
    from plancheck.mandate.evaluate import cohen_kappa

    right = sum(g == r for g, r in lab)
    if kind == "m":
        false = sum(g == "uncovered" and r == "covered" for g, r in lab)
        up = sum((r in ("covered", "partial") and g == "uncovered") or (g == "partial" and r == "covered") for g, r in lab)
    else:
        false = sum(g != "followed_up" and r == "followed_up" for g, r in lab)
        up = sum(g == "not_followed_up" and r == "partial" for g, r in lab) + false
    return f"{right}/{len(lab)} κ {cohen_kappa(lab):.2f} false {false} over-called {up}"


def score(cache: Path, table: Path, weight: float, sources: tuple[str, ...], verbose: bool) -> None:
    from plancheck.mandate import similarity as S
    from plancheck.mandate.match import DEFAULT_SETTINGS
    from plancheck.mandate.parents import DEFAULT_PARENT_SETTINGS

    pairs = pickle.loads(cache.read_bytes())
    S.use_table(table)
    S.SOURCES = sources
    totals: dict[tuple[str, str], list] = {}
    for kind in ("m", "p"):
        for folder in sorted({p[1] for p in pairs if p[0] == kind}):
            row = []
            for on in (False, True):
                lab = []
                for pair in (p for p in pairs if p[0] == kind and p[1] == folder):
                    if kind == "m":
                        s = replace(DEFAULT_SETTINGS, similarity=weight if on else 0.0, similarity_sources=sources)
                        got = run_mandate(pair, s)
                    else:
                        s = replace(DEFAULT_PARENT_SETTINGS, similarity=weight if on else 0.0)
                        got = run_parent(pair, s)
                    lab += got
                    if verbose and on:
                        base = run_mandate(pair, replace(s, similarity=0.0)) if kind == "m" else run_parent(pair, replace(s, similarity=0.0))
                        for i, ((g, r), (_, r0)) in enumerate(zip(got, base, strict=False)):
                            if r != r0:
                                print(f"   {folder}/{pair[2]} #{i}: gold {g}: {r0} → {r}")
                totals.setdefault((kind, on), []).extend(lab)
                row.append(figures(lab, kind))
            print(f"{kind} {folder:20s} off {row[0]:40s} on {row[1]}")
    for kind in ("m", "p"):
        if (kind, False) in totals:
            print(f"{kind} TOTAL                off {figures(totals[(kind, False)], kind):40s} on {figures(totals[(kind, True)], kind)}")


def main() -> None:
    args = sys.argv[1:]
    if args[0] == "cache":
        build_cache(Path(args[1]), args[2:])
    elif args[0] == "score":
        weight = float(args[args.index("--weight") + 1]) if "--weight" in args else 0.5
        sources = tuple(args[args.index("--sources") + 1].split(",")) if "--sources" in args else ("text",)
        score(Path(args[1]), Path(args[2]), weight, sources, "-v" in args)


if __name__ == "__main__":
    main()
