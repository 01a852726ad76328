"""A chapter on the plan's making is found by its heading in every language (words.yaml
process_section): its passages are what a process point is answered by. Session 39 moved the list
from code to data and added the Swedish, Danish and nynorsk headings and a review report's
English ones, which no process point could reach before. Invented headings."""

from __future__ import annotations

import pytest

from plancheck.mandate.match import PROCESS_SECTION_RE


@pytest.mark.parametrize(
    "heading",
    [
        "2 Slik ble planen til",  # nb
        "Arbeidet med planen",  # nb, nn
        "Slik vart planen til",  # nn
        "3 Så togs planen fram",  # sv
        "Sådan blev planen til",  # da
        "1. How we did the review",  # en, a review report
        "Planprosessen",  # nb, as before
        "Consultation and engagement",  # en, as before
    ],
)
def test_a_heading_over_the_plans_making(heading: str) -> None:
    assert PROCESS_SECTION_RE.search(heading)


@pytest.mark.parametrize("heading", ["Mål og tiltak", "Grönområden i tätorten", "Keeping people safe", "Indsatser"])
def test_a_heading_over_content(heading: str) -> None:
    assert not PROCESS_SECTION_RE.search(heading)
