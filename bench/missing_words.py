"""How "Mangler" reads to a planner: what plancheck says is missing for the points it calls partial.

    python bench/missing_words.py dump OUT.json     # run every cached pair, write each partial line
    python bench/missing_words.py report OUT.json   # the measures below, per batch and in all
    python bench/missing_words.py compare A.json B.json   # before → after, and the statuses moved

The pairs are the caches of ``bench/mandate_tune.py cache`` (mandate points, all batches) and
``bench/parent_tune.py cache`` (the rød tråd's parent goals); ``PLANCHECK_TUNE_CACHE`` and
``PLANCHECK_PARENT_CACHE`` name them as there. Run with ``PYTHONPATH=<checkout>``.

Why (issue 11): the users are planners. "Mangler:" must name the concern the plan leaves
unanswered in a few words ("ansvarlig per tiltak", "eldrerådet"), never the point again. For
every mandate point and parent goal *we* call partial, each entry of ``missing`` is measured:

- **restates**: the entry repeats the point: its content words hold more than 70 % of the
  point's content words (lemmas), or it opens with the point's first word when that word is an
  asking verb ("Beskrive …", "Vurdere …") and runs on past five words; **lines**: the whole
  line does (its entries together), however it is cut into entries;
- **cut**: lines with two one-word entries the point writes side by side or with one word
  between ("redusert", "billettpris"): a phrase cut into words;
- **words**: the length of an entry and of the whole line, in words;
- **gold match**: where the gold is partial too and names what is missing, the lemma overlap
  (F1 of content lemmas, compound parts counted) of each gold entry with the best of ours,
  averaged over the gold entries; and the share of points where every gold entry scores ≥ 0.5.
"""

from __future__ import annotations

import json
import os
import pickle
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

M_CACHE = Path(os.environ.get("PLANCHECK_TUNE_CACHE", "/tmp/plancheck-mandate-tune.pkl"))
P_CACHE = Path(os.environ.get("PLANCHECK_PARENT_CACHE", "/tmp/plancheck-parent-tune.pkl"))
RESTATE_SHARE = 0.7  # an entry holding this share of the point's content words restates it
RUN_ON_WORDS = 5  # an entry opening with the point's asking verb and longer than this runs on
GOOD_MATCH = 0.5  # a gold entry is named when our best entry's lemma F1 reaches this


def _status(c) -> str:
    return str(getattr(c.status, "value", c.status)) if c is not None else "not found"


def dump(out: Path) -> None:
    """Every point of every cached pair: its gold and our status, gold and our missing."""
    from rapidfuzz import fuzz

    from plancheck.mandate.evaluate import _match_points
    from plancheck.mandate.match import assess_points
    from plancheck.mandate.parents import assess_parent

    rows: list[dict] = []
    if M_CACHE.exists():
        for corpus, name, gold, plan, points in pickle.loads(M_CACHE.read_bytes()):
            lang = gold.get("language") or plan.language or "nb"
            cov = assess_points(plan, points, lang)
            for g, c in _match_points(gold["points"], cov):
                rows.append(
                    dict(
                        kind="mandate", batch=corpus, pair=name, lang=lang,
                        number=str(g.get("number", "")), text=g["text"],
                        point=c.text if c is not None else g["text"],
                        gold=g["status"], got=_status(c),
                        gold_missing=list(g.get("missing") or []),
                        missing=list(c.missing) if c is not None else [],
                    )
                )
    if P_CACHE.exists():
        for name, gold, child, parent, cdoc, pdoc in pickle.loads(P_CACHE.read_bytes()):
            lang = gold.get("language") or child.language or "nb"
            cov, _ = assess_parent(child, parent, lang=lang, child_doc=cdoc, parent_doc=pdoc)
            for g in gold.get("parent_goals") or gold.get("goals") or []:
                best = max(
                    cov, key=lambda c, g=g: fuzz.token_set_ratio(g["text"].lower(), c.text.lower()),
                    default=None,
                )
                ok = best is not None and fuzz.token_set_ratio(
                    g["text"].lower(), best.text.lower()
                ) >= 80
                c = best if ok else None
                rows.append(
                    dict(
                        kind="parent", batch=name.split("/")[0], pair=name.split("/")[-1],
                        lang=lang, number=str(g.get("id", "")), text=g["text"],
                        point=c.text if c is not None else g["text"],
                        gold=str(g["status"]).replace("followed_up", "covered")
                        .replace("not_followed_up", "uncovered"),
                        got=_status(c).replace("not_followed_up", "uncovered")
                        .replace("followed_up", "covered"),
                        gold_missing=list(g.get("missing") or []),
                        missing=list(c.missing) if c is not None else [],
                    )
                )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(rows)} points written to {out}", file=sys.stderr)


def _lemmas(text: str, lang: str, *, parts: bool = True) -> set[str]:
    """Content lemmas of ``text``, with compound parts (so "driftskostnad" meets "kostnad")
    unless ``parts`` is false."""
    from plancheck.mandate import text as T

    out: set[str] = set()
    for t in T.terms(text, lang):
        if t.stop:
            continue
        out.add(t.lemma)
        if parts:
            out.update(p for p in t.parts if len(p) > 2)
    return out


def _words(text: str) -> int:
    return len(text.split())


def restates(entry: str, point: str, lang: str) -> bool:
    """The entry says the point again: most of its content words, or its asking verb and on."""
    from plancheck.mandate.match import ASKING_WORDS

    p = _lemmas(point, lang, parts=False) - ASKING_WORDS
    e = _lemmas(entry, lang, parts=False)
    if len(p) > 1 and len(e & p) / len(p) > RESTATE_SHARE:
        return True
    first_p = point.split()[0].lower().strip(".,:;") if point.split() else ""
    first_e = entry.split()[0].lower().strip(".,:;") if entry.split() else ""
    return first_p == first_e and first_p in ASKING_WORDS and _words(entry) > RUN_ON_WORDS


def lemma_f1(a: str, b: str, lang: str) -> float:
    la, lb = _lemmas(a, lang), _lemmas(b, lang)
    if not la or not lb:
        return 0.0
    common = len(la & lb)
    if not common:
        return 0.0
    p, r = common / len(lb), common / len(la)
    return 2 * p * r / (p + r)


def _gold_f1(r: dict) -> float:
    per = [
        max((lemma_f1(g, m, r["lang"]) for m in r["missing"]), default=0.0)
        for g in r["gold_missing"]
    ]
    return statistics.mean(per) if per else 0.0


def _cut(r: dict) -> bool:
    """Two entries of one word each that the point writes side by side, or with one
    function word between ("redusert", "betaling"; "vann", "avløp"): one phrase cut up."""
    import re

    singles = [m.lower() for m in r["missing"] if len(m.split()) == 1]
    words = re.findall(r"[\w-]+", r["point"].lower())
    for a in singles:
        for b in singles:
            if a == b:
                continue
            for i, w in enumerate(words):
                if w == a and (words[i + 1 : i + 2] == [b] or words[i + 2 : i + 3] == [b]):
                    return True
    return False


def measure(rows: list[dict]) -> dict:
    partial = [r for r in rows if r["got"] == "partial"]
    entries = [(r, m) for r in partial for m in r["missing"]]
    rest = [(r, m) for r, m in entries if restates(m, r["point"], r["lang"])]
    # the whole line says the point again, however it is cut into entries ("tilgang",
    # "sjøen", "havnene" for "Allmennhetens tilgang til sjøen ved havnene …")
    lines_rest = sum(1 for r in partial if r["missing"] and restates(" ".join(r["missing"]), r["point"], r["lang"]))
    # one-word entries that stand next to each other in the point: a phrase cut into words
    split = sum(1 for r in partial if _cut(r))
    both = [r for r in partial if r["gold"] == "partial" and r["gold_missing"]]
    scores, named = [], 0
    for r in both:
        per = [
            max((lemma_f1(g, m, r["lang"]) for m in r["missing"]), default=0.0)
            for g in r["gold_missing"]
        ]
        scores.append(statistics.mean(per))
        named += all(s >= GOOD_MATCH for s in per)
    return dict(
        partial=len(partial),
        empty=sum(1 for r in partial if not r["missing"]),
        entries=len(entries),
        restating=len(rest),
        points_restating=len({id(r) for r, _ in rest}),
        lines_restating=lines_rest,
        cut_lines=split,
        entry_words=statistics.mean(_words(m) for _, m in entries) if entries else 0.0,
        line_words=statistics.mean(sum(_words(m) for m in r["missing"]) for r in partial)
        if partial else 0.0,
        long_lines=sum(1 for r in partial if sum(_words(m) for m in r["missing"]) > 12),
        gold_pairs=len(both),
        gold_f1=statistics.mean(scores) if scores else 0.0,
        gold_named=named,
    )


def _line(label: str, m: dict) -> str:
    return (
        f"{label:<22} partial {m['partial']:>3}  empty {m['empty']:>2}  entries {m['entries']:>3}"
        f"  restating {m['restating']:>3} ({m['points_restating']} pts, lines {m['lines_restating']})"
        f"  cut {m['cut_lines']:>2}"
        f"  words/entry {m['entry_words']:.1f}  words/line {m['line_words']:.1f}"
        f"  >12w {m['long_lines']:>2}  gold-partial {m['gold_pairs']:>3}"
        f"  F1 {m['gold_f1']:.2f}  named {m['gold_named']}"
    )


def report(path: Path, *, examples: int = 0) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))
    for kind in ("mandate", "parent"):
        sub = [r for r in rows if r["kind"] == kind]
        if not sub:
            continue
        print(f"== {kind}")
        for b in dict.fromkeys(r["batch"] for r in sub):
            print(_line(b, measure([r for r in sub if r["batch"] == b])))
        print(_line("ALL", measure(sub)))
        if examples:
            shown = 0
            for r in sub:
                if r["got"] != "partial":
                    continue
                bad = [m for m in r["missing"] if restates(m, r["point"], r["lang"])]
                if bad and shown < examples:
                    shown += 1
                    print(f"  restating: {r['pair']} {r['number']}: {r['point'][:90]!r} → {bad}")


def compare(a: Path, b: Path) -> None:
    before = json.loads(a.read_text(encoding="utf-8"))
    after = json.loads(b.read_text(encoding="utf-8"))
    moved = [
        (x["pair"], x["number"], x["got"], y["got"])
        for x, y in zip(before, after, strict=True)
        if x["got"] != y["got"]
    ]
    print(f"statuses moved: {len(moved)}")
    for m in moved:
        print("  ", m)
    for kind in ("mandate", "parent"):
        mb = measure([r for r in before if r["kind"] == kind])
        ma = measure([r for r in after if r["kind"] == kind])
        print(f"== {kind}")
        print(_line("before", mb))
        print(_line("after", ma))
    print("== gold-partial points whose lemma F1 moved")
    for x, y in zip(before, after, strict=True):
        if y["got"] != "partial" or y["gold"] != "partial" or not y["gold_missing"]:
            continue
        fx, fy = _gold_f1(x), _gold_f1(y)
        if abs(fx - fy) > 0.01:
            print(f"  {fx:.2f} → {fy:.2f}  {x['pair']} {x['number']}: {x['missing']} → {y['missing']}"
                  f"   gold: {x['gold_missing']}")
    print("== changed lines (partial)")
    for x, y in zip(before, after, strict=True):
        if y["got"] == "partial" and x["missing"] != y["missing"]:
            gold = f"   gold: {x['gold_missing']}" if x["gold_missing"] else ""
            print(f"  {x['pair']} {x['number']}: {x['point'][:80]!r}")
            print(f"     {x['missing']} → {y['missing']}{gold}")


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "dump" and len(sys.argv) == 3:
        dump(Path(sys.argv[2]))
    elif cmd == "report" and len(sys.argv) >= 3:
        report(Path(sys.argv[2]), examples=int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    elif cmd == "compare" and len(sys.argv) == 4:
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
