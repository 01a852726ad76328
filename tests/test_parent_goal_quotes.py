"""Quotations of parent goals in a child plan are references, not answers."""

from __future__ import annotations

from plancheck.mandate.parents import goal_quotes, without_goal_quotes

GOALS = [
    "Alle skal ha noen å være sammen med",
    "Lag og foreninger skal ha gode og rimelige lokaler",
]


def test_a_quotation_restating_a_goal_is_found_with_its_goal():
    text = "Samfunnsdelen: «Lag og foreninger skal ha gode og rimelige lokaler»"
    ((start, end, g),) = goal_quotes(text, GOALS)
    assert g == 1 and text[start:end].startswith("«") and text[start:end].endswith("»")


def test_a_quoted_name_that_restates_no_goal_is_kept():
    assert goal_quotes("Nettsiden «Bli med» med alle lag og foreninger", GOALS) == []
    assert goal_quotes('Prosjektet "Rom for alle lag i kommunen" videreføres', GOALS) == []


def test_a_label_and_a_quotation_names_the_goal_and_leaves_no_evidence():
    items = [
        ("p8", "paragraph", "Samfunnsdelen: «Alle skal ha noen å være sammen med»", 1),
        ("p9", "paragraph", "Ingen skal være ensomme fordi de ikke finner et fellesskap.", 1),
    ]
    kept, quoted_by = without_goal_quotes(items, GOALS)
    assert [i[0] for i in kept] == ["p9"]
    assert quoted_by == {0: ["p8"]}


def test_a_goal_quoted_in_passing_loses_its_words_but_names_nothing():
    text = (
        "Samfunnsdelens mål «Lag og foreninger skal ha gode og rimelige lokaler» er viktig "
        "for mange lag, og kommunen vil se på dette i neste planperiode."
    )
    kept, quoted_by = without_goal_quotes([("p4", "paragraph", text, 1)], GOALS)
    assert quoted_by == {}
    assert "lokaler" not in kept[0][2] and kept[0][2].startswith("Samfunnsdelens mål er viktig")
