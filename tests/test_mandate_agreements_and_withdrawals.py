"""Mandate forms of session 28 (mfind24): a matter handed to the budget's making, points
withdrawn later in the same mandate, a party's clauses in an agreement, agreement sentences.

Matching: whatever is handed to the budget's making itself ("… blir tekne opp i
budsjettarbeidet", "… as part of the 2039/40 budget-setting process") is a deferral, not only a
study; the budget itself ("utökas i budgeten") stays a measure."""

from __future__ import annotations

import pytest

from plancheck.mandate.match import DEFERRAL_RE


@pytest.mark.parametrize(
    "sentence",
    [
        "Driftsutgiftene blir tekne opp i budsjettarbeidet for 2040.",
        "Udgifterne prioriteres i budgetforhandlingerne for 2039.",
        "The cost will be considered as part of the 2039/40 budget-setting process.",
        "Kostnaderna tas upp i budgetarbetet.",
    ],
)
def test_a_matter_handed_to_the_budgets_making_is_a_deferral(sentence: str) -> None:
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bemanningen utökas i budgeten för 2031 med två tjänster.",
        "Vi bygger tre nye toalett i budsjettet for 2040.",
    ],
)
def test_the_budget_itself_puts_nothing_off(sentence: str) -> None:
    assert not DEFERRAL_RE.search(sentence)
