"""Sort the under-called answers of the mandate matcher and the rød tråd by the word relation
that would bridge them (issue 11, session 19, ``rel19``).

    python bench/mandate_tune.py confusion -v > m.txt
    python bench/parent_tune.py errors -v > p.txt
    python bench/paraphrase_classes.py m.txt [p.txt] [-v]

For every point whose gold status is above ours (covered → partial/uncovered, partial →
uncovered) the words "ours missing" names are looked up in the gold passage, and each word is
put in the first class that holds:

- **same word**: the word (a key of it) is in the passage — not a paraphrase; the judgement
  (thresholds, caps) is what lowered the status;
- **derivation**: a word of the passage shares its stem (a common beginning of 5 letters or 80
  % of the shorter) but no key: a verb for its noun, an adjective for its quality noun;
- **compound**: a part of the word is a word of the passage, or a word of the passage holds the
  word as its head or modifier;
- **amount for cost**: the word names a cost, budget or resources and the passage states an
  amount of money;
- **date for time**: the word names a time, deadline or timetable and the passage has a date;
- **body/process**: the word names a step or body of the process and the passage names a
  council or body;
- **other words**: none of these — a class for its member, a synonym, or no answer (the
  listing with ``-v`` is read by hand to split them).

Counted per point by its first missing word that is not "same word" (a point whose missing
words are all in the passage is "same word").
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plancheck.lang.detect import detect_language  # noqa: E402
from plancheck.mandate import text as T  # noqa: E402

COST = {"kostnad", "kostnader", "kostnadene", "cost", "costs", "budsjett", "budget", "økonomi",
        "ressurs", "ressurser", "resources", "finansiering", "funding", "utgift",
        "midler", "kostnaderna", "omkostning", "udgift", "pris", "investering",
        "investeringsbehov", "økonomiske", "economic", "financial", "kostnadsoverslag"}
TIME = {"tidsplan", "frist", "framdrift", "fremdrift", "timetable", "deadline", "schedule",
        "tidspunkt", "når", "when", "tidplan", "tidsramme", "timeline", "årlig", "annually",
        "rullering", "revisjon", "innen", "by", "senest", "milepæl", "milestone"}
PROCESS = {"høring", "høyring", "kommunestyret", "kommunestyre", "members", "cabinet", "council",
           "eldrerådet", "ungdomsrådet", "medvirkning", "involvering", "politisk", "formannskapet",
           "remiss", "kommunfullmäktige", "kommunalbestyrelsen", "samråd", "consult"}
AMOUNT_RE = re.compile(r"\d[\d\s.,]*\s*(?:kr|kroner|mill|millioner|mrd|nok|sek|dkk|£|€|%|prosent)"
                       r"|(?:£|€|\$)\s?\d|\bkr\.?\s?\d", re.I)
DATE_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\s?\w+\b|\b(?:januar|februar|mars|april|mai|juni|juli|"
                     r"august|september|oktober|november|desember|january|february|march|may|june|"
                     r"july|october|december|våren|høsten|vår|høst|spring|autumn)\b", re.I)


def records(path: Path):
    rec = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("--- "):
            if rec:
                yield rec
            m = re.match(r"--- (\w+) -> ([\w ]+?) \| (\S+) (.*?) \[", line)
            rec = {"gold": m.group(1), "ours": m.group(2), "pair": m.group(3), "num": m.group(4),
                   "point": "", "passage": "", "missing": [], "ours_q": []}
        elif rec is None:
            continue
        elif line.startswith("point: "):
            rec["point"] = line[7:]
        elif line.startswith("gold passage: "):
            rec["passage"] = line[14:]
        elif line.startswith("gold: ") and not rec["passage"]:
            m = re.search(r"'(.*)' missing=", line)
            rec["passage"] = m.group(1) if m else ""
        elif line.startswith("ours missing: "):
            try:
                rec["missing"] = eval(line[14:])  # a printed list of strings
            except Exception:
                rec["missing"] = []
        elif line.startswith("ours: "):
            rec["ours_q"].append(line[6:])
    if rec:
        yield rec


def prefix(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` share from their start (the matcher's own count)."""
    from plancheck.mandate.match import _common_prefix

    return _common_prefix(a, b)


def classify_word(word: str, passage: str, lang: str) -> str:
    ts = [t for t in T.terms(word, lang) if not t.stop]
    ps = T.terms(passage, lang)
    pkeys = set().union(*(p.keys for p in ps)) if ps else set()
    pwhole = set().union(*(p.whole for p in ps)) if ps else set()
    if not ts:
        return "function words"
    for t in ts:
        if not (t.whole & pkeys):
            break
    else:
        return "same word"
    low = {t.lemma for t in ts} | {t.surface.lower() for t in ts}
    if low & COST and AMOUNT_RE.search(passage):
        return "amount for cost"
    if low & TIME and DATE_RE.search(passage):
        return "date for time"
    for t in ts:
        if t.whole & pkeys:
            continue
        for p in ps:
            if p.stop:
                continue
            a, b = t.lemma, p.lemma
            n = prefix(a, b)
            near = n >= 5 or (n >= 4 and n >= 0.8 * min(len(a), len(b)))
            # not two compounds that only share a modifier
            if near and not (len(a) > n + 3 and len(b) > n + 3):
                return "derivation"
        if set(t.parts) & pwhole or any(t.lemma in p.parts for p in ps):
            return "compound"
    if low & PROCESS:
        return "body/process"
    return "other words"


def main() -> None:
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    rank = {"covered": 2, "followed_up": 2, "partial": 1, "uncovered": 0, "not_followed_up": 0}
    per = collections.Counter()
    per_word = collections.Counter()
    listing = collections.defaultdict(list)
    for f in files:
        for r in records(f):
            if rank.get(r["gold"], 0) <= rank.get(r["ours"].strip(), 0):
                continue
            lang = detect_language(r["point"] + " " + r["passage"]) or "nb"
            if not r["missing"]:
                cls = "nothing named missing"
                per[cls] += 1
                listing[cls].append((r, []))
                continue
            got = [(w, classify_word(w, r["passage"], lang)) for w in r["missing"]]
            for _w, c in got:
                per_word[c] += 1
            cls = next((c for _w, c in got if c not in ("same word", "function words")), "same word")
            per[cls] += 1
            listing[cls].append((r, got))
    print("per point (first missing word that is not in the passage):")
    for c, n in per.most_common():
        print(f"  {c:24} {n}")
    print("per missing word:")
    for c, n in per_word.most_common():
        print(f"  {c:24} {n}")
    if "-v" in sys.argv:
        for c, rs in listing.items():
            print(f"\n=== {c} ({len(rs)})")
            for r, got in rs:
                print(f"- {r['gold']}->{r['ours']} {r['pair']} {r['num']}: {r['point'][:110]}")
                print(f"    missing: {got}")
                print(f"    passage: {r['passage'][:220]}")


if __name__ == "__main__":
    main()
