"""A parent goal's short name cited in the other målform or abbreviated, and the tables of one
header read as one column of tags: small hand-built inputs."""

from __future__ import annotations

import pytest

from plancheck.mandate.parents import name_spelled, resolve_name, same_header_rows
from plancheck.models import Goal
from tests.conftest import table_of

TITLES = ["Eit levande lokalsamfunn", "Fiskarbygda", "Attraktive arbeidsplassar", "Grøn mobilitet"]


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        ("Fiskerbygda", "Fiskarbygda"),  # the other målform
        ("Fiskerb.", "Fiskarbygda"),  # abbreviated
        ("Levende lokalsamf.", "Eit levande lokalsamfunn"),  # the article left out
        ("Grønn mob.", "Grøn mobilitet"),
        ("Attraktive arb.pl.", "Attraktive arbeidsplassar"),  # an abbreviated compound
    ],
)
def test_a_name_in_the_other_malform_or_abbreviated_is_the_name(cited, title):
    assert [t for t in TITLES if name_spelled(cited, t)] == [title]


@pytest.mark.parametrize("cited", ["Næringsliv", "Grønn", "Kompetanse", "Attraktive boliger", "Gr."])
def test_a_part_of_a_name_or_another_word_is_no_name(cited):
    assert [t for t in TITLES if name_spelled(cited, t)] == []


def test_resolve_name_falls_back_to_the_spelled_name_of_one_goal():
    goals = [Goal(id=f"g{i}", text=f"Mål {i} er nådd.") for i in range(len(TITLES))]
    names = {g.id: [t] for g, t in zip(goals, TITLES, strict=True)}
    assert resolve_name("Grønn mob.", goals, names) == 3
    assert resolve_name("Næringsliv", goals, names) is None


def test_tables_of_one_header_are_read_together():
    a = table_of(["Nr.", "Mål", "Kobling"], [["1", "A", "Fiskerb."], ["2", "B", "Grønn mob."]])
    b = table_of(["Nr. ", "mål", "Kobling"], [["3", "C", "Fiskerbygda"]])
    c = table_of(["Tiltak", "Ansvar"], [["D", "E"]])
    rows = same_header_rows([a, b, c])
    assert [len(r) for r in rows.values()] == [3, 1]
