"""Score the session-38 variants: ``python score.py OUTDIR`` (from the tree to measure)."""

from __future__ import annotations

import sys
from pathlib import Path

from gold import MANDATES, PARENTS

from plancheck.mandate.evaluate import load_plan
from plancheck.mandate.match import assess_points, plan_title
from plancheck.mandate.parents import assess_parent
from plancheck.mandate.points import read_mandate
from plancheck.pipeline import load_document


def main(out: Path) -> None:
    right = n = false = 0
    for folder, want in MANDATES.items():
        plan = load_plan(out / folder / "plan.pdf")
        pts = read_mandate(out / folder / "mandate.pdf", plan_title=plan_title(plan))
        cov = assess_points(plan, pts, plan.language or "nb")
        for start, gold in want.items():
            got = next((str(getattr(c.status, "value", c.status)) for p, c in zip(pts, cov, strict=True) if start in p.text), "not found")
            n += 1
            right += got == gold
            false += gold == "uncovered" and got == "covered"
            print(f"{folder} {'ok ' if got == gold else 'ERR'} gold={gold:10} got={got:10} {start}")
    for folder, want in PARENTS.items():
        child = load_plan(out / folder / "child.pdf")
        parent = load_plan(out / folder / "parent.pdf")
        cov, _links = assess_parent(child, parent, child_doc=load_document(out / folder / "child.pdf"),
                                    parent_doc=load_document(out / folder / "parent.pdf"))
        for start, gold in want.items():
            got = next((str(getattr(c.status, "value", c.status)) for c in cov if start in c.text), "not found")
            n += 1
            right += got == gold
            false += gold != "followed_up" and got == "followed_up"
            print(f"{folder} {'ok ' if got == gold else 'ERR'} gold={gold:12} got={got:12} {start}")
    print(f"right {right}/{n}  false covered/followed up {false}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
