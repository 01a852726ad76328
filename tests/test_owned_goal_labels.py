"""A goal label may name whose goal it is ("Nämndens mål 1", "Kommunens mål 2", "Vårt mål 3",
"The Council's objective 4") on a line of its own over the goal's sentence; a metric's label
("Mätetal:", "Nøgletal:", "Måltall:") under it names an indicator, not a measure. Invented
examples."""

from __future__ import annotations

import pytest

from plancheck.extract.roles import bare_label, label_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nämndens mål 1", ("goal", "1")),
        ("Kommunens mål 2", ("goal", "2")),
        ("Vårt mål 3", ("goal", "3")),
        ("Avdelingens mål 4", ("goal", "4")),
        ("Mål 5", ("goal", "5")),
        ("Nämndens mål", None),  # no number: a heading over a list, not a label
        ("Övriga mål 3", None),  # no genitive, no possessive: another word of a heading
    ],
)
def test_a_goal_label_after_its_owner(text: str, expected) -> None:
    assert bare_label(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mätetal: andel hushåll som avslutas till arbete",
        "Nøgletal: antal unge i job",
        "Måltall: andel elever som trives",
        "Nøkkeltal: tal på tilsyn per år",
        "KPI: number of homes retrofitted",
    ],
)
def test_a_metric_label_names_an_indicator(text: str) -> None:
    assert label_role(text)[0] == "indicator"
