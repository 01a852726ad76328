"""How a child plan links to its parent's goals in tables, on small hand-built documents: the
target sentences of a målekart's indicator table are the child's goals, a goal column of codes
in a measure table names the parent goals the measures serve, and a short name that is only a
group of people names the one goal for them."""

from __future__ import annotations

from plancheck.extract.roles import item_codes
from plancheck.lang.vocab import column_role
from plancheck.mandate.parents import (
    code_goal_columns,
    indicator_targets,
    resolve_by_words,
    with_indicator_targets,
)
from plancheck.models import Block, BlockKind, Document, Goal, Plan, Provenance, SourceInfo
from tests.conftest import table_of


def _doc(header: list[str], rows: list[list[str]]) -> Document:
    block = Block(id="b4", kind=BlockKind.table, text="", provenance=Provenance(page=1), section_id="s1",
                  table=table_of(header, rows))
    return Document(path="x.pdf", page_count=1, sections=[], blocks=[block])


MALEKART = _doc(
    ["Tema", "Indikator", "Nivå 2030", "Ambisjon 2034", "Kilde"],
    [["Skole", "Andel elever på 7. trinn som trives", "80 %", "Minst 90 prosent av elevene på 7. trinn trives på skolen.", "Udir"],
     ["Skole", "Bekymringsmeldinger per 1 000 barn", "40", "Følges med", "Kostra"],
     ["Helse", "Andel over 80 år som bor hjemme", "85 %", "Minst 88 prosent av de over 80 år bor i eget hjem.", "SSB"]],
)


def test_the_target_sentences_of_an_indicator_table_are_goals():
    """Each whole sentence in a column of no role beside the indicator is a target, a goal of the
    child ("7. trinn" ends no sentence); "Følges med", levels and sources are none."""
    assert [t for _i, t, _p, _b in indicator_targets(MALEKART)] == [
        "Minst 90 prosent av elevene på 7. trinn trives på skolen.",
        "Minst 88 prosent av de over 80 år bor i eget hjem.",
    ]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1), language="nb")
    assert len(with_indicator_targets(plan, MALEKART).goals) == 2


def test_a_table_with_a_goal_or_measure_column_has_no_indicator_targets():
    """Beside a goal column the sentences are the extractor's goals, beside a measure column the
    table is a measure table."""
    doc = _doc(
        ["Mål", "Indikator", "Ambisjon 2034"],
        [["Flere trives.", "Andel som trives", "Minst 90 prosent av elevene trives på skolen."]],
    )
    assert indicator_targets(doc) == []


def test_a_goal_column_of_codes_in_a_measure_table_links_each_row():
    table = table_of(
        ["Aktivitet", "Delmål", "Ansvar"],
        [["Byta tio bilar mot elbilar", "1.1", "Fordonsenheten"],
         ["Solceller på skolan", "1.2, 2.1", "Fastighet"],
         ["Utbildning för arbetsledare", "–", "Ledningen"]],
    )
    roles = [column_role(h) for h in table.header]
    assert code_goal_columns(table, roles, item_codes) == [1]


def test_a_goal_column_of_words_or_a_table_without_measures_links_nothing():
    words = table_of(
        ["Aktivitet", "Delmål", "Ansvar"],
        [["Byta tio bilar mot elbilar", "Fossilfria fordon 2035", "Fordonsenheten"]],
    )
    assert code_goal_columns(words, [column_role(h) for h in words.header], item_codes) == []
    no_measure = table_of(["Delmål", "Indikator"], [["1.1", "Andel elbilar"]])
    assert code_goal_columns(no_measure, [column_role(h) for h in no_measure.header], item_codes) == []


def test_a_short_name_of_people_alone_names_the_one_goal_for_them():
    goals = [
        Goal(id="g1", text="Alle barn vokser opp i trygge hjem."),
        Goal(id="g2", text="Eldre bor hjemme lenger og deltar i lokalsamfunnet."),
    ]
    assert resolve_by_words("Eldre", goals, "nb") == 1
