"""Score `plancheck check PLAN --mandate MANDATE --format json` against this batch's gold.

    python corpora/mandates-blind58/first_contact.py [SLUG …] [--plancheck CMD]

The first batch's scorer (corpora/mandates-blind/first_contact.py: its `score` matches reported
points to gold points — number stripped, difflib ratio >= 0.8 or one text containing the other —
and counts found, same status, uncovered called covered, reported points not in gold), pointed
at this folder, for every pair (or the SLUGs given). CMD is the command that runs plancheck,
split like a shell line; leading NAME=value words are set in its environment. Default:
`plancheck` on PATH. First contact is run as

    python corpora/mandates-blind58/first_contact.py \
        --plancheck "PYTHONPATH=/tmp/blind13-base .venv/bin/python -m plancheck"

Prints the README's table (one row per pair and the total) on stdout, and on stderr the status
per point, the confusion matrix, agreement per gold status and Cohen's kappa (over the gold
points, "not found" as a fourth label, as `plancheck eval --mandates` counts it).

This is batch 3's scorer (as blind20's copy) (corpora/mandates-blind3/first_contact.py) pointed at this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

if __name__ == "__main__":
    pk.run_scorer(HERE, "mandates-blind3")
