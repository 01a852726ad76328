"""The parent documents of corpora/parents*/ checked on their own, as a planner would check them.

A parent (a kommuneplanens samfunnsdel, an overordnet plan, a strategy) states goals and
strategies and leaves the measures to a separate handlingsdel (pbl § 11-1). Checked on its own,
an error or warning that asks it for measures, owners or deadlines is a false alarm. This prints,
per parent document, its title, the plan type plancheck recognised (with its evidence) and the
errors and warnings by rule; then how many documents have any of them, and in how many plain
check read no goal at all (``plancheck check PARENT`` should read the goals ``--parent`` reads).

    python bench/parents_alone.py [corpora] [--all]

``--all`` lists every document, not only those with errors or warnings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".pdf", ".docx", ".odt")


def parents(root: Path) -> list[Path]:
    """Every parent document below the parents* folders of ``root``."""
    return sorted(p for d in root.glob("parents*") for p in d.rglob("parent.*") if p.suffix in SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", type=Path, nargs="?", default=ROOT / "corpora")
    ap.add_argument("--all", action="store_true", help="list every document")
    args = ap.parse_args(argv)
    import plancheck

    flagged, by_rule, no_goal = 0, Counter(), 0
    docs = parents(args.corpora)
    for path in docs:
        plan = plancheck.extract(path)
        result = plancheck.check(plan, lang="en")
        loud = Counter(f.rule for f in result.findings if str(getattr(f.severity, "value", f.severity)) in ("error", "warning"))
        by_rule.update(loud)
        flagged += bool(loud)
        no_goal += not plan.goals
        ptype = getattr(plan, "plan_type", None)
        kind = f"{ptype.kind} ({ptype.evidence!r})" if ptype is not None else "-"
        if loud or args.all:
            rel = path.relative_to(args.corpora)
            rules = ", ".join(f"{r}×{n}" for r, n in loud.most_common()) or "none"
            print(
                f"{rel!s:58s} {len(plan.goals):3d} goals {len(plan.measures):3d} measures  type {kind}\n"
                f"    title {plan.title!r}\n    {rules}"
            )
    print(f"{flagged} of {len(docs)} parent documents with errors or warnings")
    print(f"{no_goal} of {len(docs)} parent documents with no goal read")
    for rule, n in by_rule.most_common():
        print(f"  {n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
