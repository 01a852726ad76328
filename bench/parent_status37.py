"""Session 37, pstat37: the rød tråd's under-calls (gold followed up → partial / not) by cause.

    PLANCHECK_PARENT_CACHE=… python bench/parent_status37.py rows OUT.pkl   # assess every cached pair
    python bench/parent_status37.py table OUT.pkl [--upto parents-blind35] [-v]

Reads the cache of bench/parent_tune.py (``cache --unfitted``). Each gold followed-up goal the tool
calls partial or not followed up is put in the first class its trace shows (see CLASSES)."""

from __future__ import annotations

import collections
import pickle
import random
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from parent_tune import CACHE, _closest, same_text


def batch_no(name: str) -> int:
    m = re.search(r"blind(\d+)", name)
    return int(m.group(1)) if m else 0


def rows(out: str) -> None:
    from plancheck.mandate.parents import assess_parent

    pairs = pickle.loads(CACHE.read_bytes())
    recs = []
    for name, gold, child, parent, cdoc, pdoc in pairs:
        trace: list[dict] = []
        _cov, links = assess_parent(
            child, parent, lang=gold.get("language"), child_doc=cdoc, parent_doc=pdoc, trace=trace
        )
        for g in gold.get("parent_goals") or gold.get("goals") or []:
            t = _closest(g["text"], trace, lambda t: t["text"])
            if t is not None:
                t = {k: v for k, v in t.items() if k not in ("features",)}
            recs.append(dict(pair=name, gold=g, trace=t, links=[(lk.id, lk.text, lk.serves) for lk in links],
                             child_gold=gold.get("child_goals") or []))
    with open(out, "wb") as f:
        pickle.dump(recs, f)


def gold_items(g, t):
    want = [x for x in (g.get("served_by") or []) if isinstance(x, str)]
    return [k for k, it in enumerate(t["items"]) if any(same_text(x, it[2]) for x in want)]


def cls(r) -> str:
    g, t = r["gold"], r["trace"]
    if t is None:
        return "parent goal not read"
    ev = t.get("ev", {})
    mine = gold_items(g, t)
    held = ev.get("held") or []
    judged = t["concerns"]
    n_ok = sum(ok for _, ok in judged)
    # a child goal whose links (goal-serves-parent) name this goal
    linked = [lk for lk in r["links"] if t["goal"] in lk[2]]
    if not mine and not linked and not ev.get("named"):
        return "evidence not read / not matched"
    if ev.get("named"):
        return "cited by number/name"
    if held:
        return "held back: " + held[0]
    if linked and any(k in t["chosen"] for k in mine):
        return "linked child goal, concerns in other words"
    if len(mine) >= 2 and len(set(mine) & set(t["chosen"])) < len(mine):
        return "several items together"
    if judged and n_ok >= 1 and n_ok < len(judged):
        return "one half answered"
    if judged and n_ok == 0:
        return "in other words (no concern answered)"
    return "other"


def table(path: str) -> None:
    with open(path, "rb") as f:
        recs = pickle.load(f)
    upto = int(sys.argv[sys.argv.index("--upto") + 1].rsplit("d", 1)[1]) if "--upto" in sys.argv else 35
    lo = int(sys.argv[sys.argv.index("--from") + 1]) if "--from" in sys.argv else 0
    dev = [r for r in recs if lo <= batch_no(r["pair"]) <= upto]
    conf = collections.Counter(
        (str(r["gold"]["status"]), r["trace"]["status"] if r["trace"] else "-") for r in dev
    )
    print("confusion", dict(conf))
    under = [r for r in dev if str(r["gold"]["status"]) == "followed_up" and r["trace"] and r["trace"]["status"] != "followed_up"]
    c = collections.Counter(cls(r) for r in under)
    for k, v in c.most_common():
        print(f"{v:4} {k}")
    if "-v" in sys.argv:
        random.seed(37)
        for r in random.sample(under, min(len(under), int(sys.argv[sys.argv.index("-v") + 1]))):
            g, t = r["gold"], r["trace"]
            ev = t.get("ev", {})
            print(f"\n## {r['pair']} {g['id']} [{cls(r)}] got={t['status']} best={t['best']:.2f} named={ev.get('named')} held={ev.get('held')} lifts={ev.get('lifts')}")
            print("  GOAL:", g["text"][:200])
            print("  concerns:", ", ".join(f"{c}{'+' if ok else '-'}" for c, ok in t["concerns"]), "lacking:", t["lacking"])
            for x in g.get("served_by") or []:
                print("  gold>", str(x)[:110])
            print("  note:", str(g.get("note", ""))[:300])
            for k in t["chosen"]:
                print("  chose", t["items"][k][1], t["items"][k][2][:100])
            print("  links:", [lk[1][:50] for lk in r["links"] if t["goal"] in lk[2]][:3])


if __name__ == "__main__":
    {"rows": rows, "table": table}[sys.argv[1]](sys.argv[2])
