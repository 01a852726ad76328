"""A programme table whose goal column holds only the codes of the goals each row serves, and
whose work is named in a column no lexicon reads ('Ref | Scheme | Council Plan objectives | Cost | Lead |
Year'): the rows are measures named by that column, the codes their references
(extract/tables.coded_goal_roles; session 36, parents-blind36 harnford)."""

from __future__ import annotations

import pytest

from plancheck.extract.roles import heading_role
from plancheck.extract.tables import coded_goal_roles, table_roles
from plancheck.models import Cell


def _rows(cells: list[list[str]]) -> list[list[Cell]]:
    return [[Cell(text=t, row=i, col=j) for j, t in enumerate(r)] for i, r in enumerate(cells, 1)]


HEADER = ["Ref", "Scheme", "Council Plan objectives", "Cost (£k)", "Lead", "Year"]
ROWS = _rows([
    ["AT1", "Castle Street to railway station cycle route, segregated", "O2", "2,350", "Transport", "2029/30"],
    ["RS2", "20 mph limits in the residential streets of the town", "O3", "410", "Road Safety", "2030/31"],
    ["ST1", "Update of the county transport model for the review", "O1, O5", "220", "Transport", "2029/30"],
])


def test_codes_only_hand_the_item_to_the_column_of_phrases() -> None:
    roles = coded_goal_roles(HEADER, ROWS, table_roles(HEADER))
    assert roles[1] == "measure"
    assert roles[2] == "references"


def test_a_goal_column_in_words_stays_the_goal_column() -> None:
    rows = _rows([
        ["1", "Ny gang- og sykkelvei langs Storgata", "Flere skal gå og sykle til skolen", "8 mill.", "Teknisk", "2050"],
        ["2", "Oppgradering av lekeplassen i Nordbyen", "Gode møteplasser for alle", "1 mill.", "Kultur", "2049"],
    ])
    header = ["Nr", "Prosjekt", "Mål", "Kostnad", "Ansvarlig", "År"]
    roles = table_roles(header)
    assert coded_goal_roles(header, rows, roles) == roles


def test_a_wrapped_header_joined_still_shows_its_codes() -> None:
    header = ["Nr", "Projekt", "Kommunplanensmål", "Budget", "Ansvarig", "Tid"]
    rows = _rows([
        ["1", "Ny belysning längs gång- och cykelvägen vid Sjöparken", "KP3", "1,5 mnkr", "Gatuenheten", "2049"],
        ["2", "Upprustning av fritidsgården i Östby med ny ventilation", "KP1, KP2", "4 mnkr", "Fastighet", "2050"],
    ])
    roles = coded_goal_roles(header, rows, table_roles(header))
    assert roles[1] == "measure" and roles[2] == "references"


def test_two_phrase_columns_are_left_alone() -> None:
    header = ["Ref", "Scheme", "Description", "Council Plan objectives", "Lead", "Year"]
    rows = _rows([
        ["A1", "Castle Street cycle route and crossings", "A segregated route of 1.6 km to the station", "O2", "Transport", "2029"],
        ["A2", "Twenty mph limits in residential streets", "Signs and road markings in two towns", "O3", "Safety", "2030"],
    ])
    roles = table_roles(header)
    assert coded_goal_roles(header, rows, roles) == roles


def test_a_compound_of_the_goal_word_beside_measures_is_the_goal_column() -> None:
    assert table_roles(["Verksamhetsmål", "Aktiviteter", "Ansvarig", "Klart"])[0] == "goal"
    assert table_roles(["Virksomhedsmål", "Indsats", "Ansvarlig", "Tidsfrist"])[0] == "goal"


def test_a_compound_of_the_goal_word_without_measures_or_beside_a_goal_column_is_not() -> None:
    assert table_roles(["Verksamhetsmål", "Indikator", "Utfall 2026"])[0] != "goal"
    roles = table_roles(["Mål", "Tjenestemål", "Tiltak", "Ansvar"])
    assert roles[0] == "goal" and roles[1] is None
    # a parent's goals by their compound stay the cross-reference column
    assert table_roles(["Samfunnsdelsmål", "Tiltak", "Ansvar", "Frist"])[0] == "references"


@pytest.mark.parametrize(
    "heading",
    [
        "Målsetjingar for planperioden",
        "Målsettinger for planperioden",
        "Målsättningar för perioden",
        "Målsætninger for planperioden",
        "Objectives for the plan period",
    ],
)
def test_a_noun_of_aim_with_what_it_is_for_heads_goals(heading: str) -> None:
    assert heading_role(heading)[0] == "goal"


def test_a_noun_of_aim_with_another_role_word_is_no_goal_heading() -> None:
    assert heading_role("Målsettinger og tiltak")[0] is None


def test_a_compound_the_lexicon_excepts_is_no_goal_column() -> None:
    # "Bærekraftsmål" (the UN goals a row cites) is one of the lexicon's label_compound_exceptions
    assert table_roles(["Tiltak", "Bærekraftsmål", "Ansvar", "Frist"])[1] is None
