"""Score `plancheck check CHILD --parent PARENT --format json` against this batch's gold.

    python corpora/parents-blind57/first_contact.py [SLUG …] [--plancheck CMD]

Reuses the mandate scorers: a parent goal is matched to a reported `parent_coverage` entry by
corpora/mandates-blind/first_contact.py's `score` (same text matching: number stripped, difflib
ratio >= 0.8 or one text containing the other, each reported entry used once), and the command
line, kappa and table of corpora/mandates-blind3/first_contact.py. CMD defaults to `plancheck`
on PATH; first contact is run as

    python corpora/parents-blind57/first_contact.py \
        --plancheck "PYTHONPATH=/tmp/blind13-base .venv/bin/python -m plancheck"

Prints the README's table on stdout (the columns of corpora/parents-blind2/README.md: parent
goals in gold, found, same status, called followed up that are not, kappa over the goals with
"not found" as a fourth label); on stderr the status per goal, the confusion matrix, and the
child goals: found (a reported `child_goals` entry matching the gold text the same way), and
serving as gold (the parent goals it is said to serve, mapped to gold ids through the matching
above, equal the gold's `serves`; an empty list is standing alone).

This is batch 3's scorer (corpora/parents-blind3/first_contact.py) pointed at this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

if __name__ == "__main__":
    pk.run_scorer(HERE, "parents-blind3")
