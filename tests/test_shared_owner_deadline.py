"""A column header naming two roles ("Ansvar / frist", "Lead / due", "Frist og ansvar"): each
cell holds the owner and the deadline, split where the deadline starts — lexicon, deadline
splitter and a hand-built measure table."""

from __future__ import annotations

import pytest

from plancheck.extract.plan import build_plan
from plancheck.extract.tables import shared_column, table_roles
from plancheck.ingest.sections import build_sections
from plancheck.lang.deadlines import split_deadline, time_only
from plancheck.lang.vocab import column_roles_named
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


@pytest.mark.parametrize(
    ("header", "roles"),
    [("Ansvar / frist", ("owner", "deadline")), ("Ansvarleg og frist", ("owner", "deadline")),
     ("Lead / due", ("owner", "deadline")), ("Hvem/hvornår", ("owner", "deadline")),
     ("Frist og ansvar", ("deadline", "owner"))],
)
def test_a_header_naming_two_roles_names_both(header, roles):
    assert column_roles_named(header) == roles


@pytest.mark.parametrize("header", ["Ansvar", "Förvaltning/Bolag", "Ansvarlig for gjennomføring", "Tiltak"])
def test_a_header_the_lexicon_knows_whole_names_one_role(header):
    assert column_roles_named(header) == ()


@pytest.mark.parametrize(
    ("cell", "parts"),
    [("Kulturkontoret 2027", ("Kulturkontoret", "2027")),
     ("Kulturkontoret og Museet Haust 2026", ("Kulturkontoret og Museet", "Haust 2026")),
     ("Plan og byggesak Løpande", ("Plan og byggesak", "Løpande")),
     ("Kulturskulen Skuleåret 2026/27", ("Kulturskulen", "Skuleåret 2026/27")),
     ("Rådmannen 1. mars 2028", ("Rådmannen", "1. mars 2028")),
     ("2026", ("", "2026")),
     ("Teknisk drift", ("Teknisk drift", ""))],
)
def test_a_shared_cell_splits_where_its_deadline_starts(cell, parts):
    assert split_deadline(cell) == parts


def test_a_deadline_named_first_is_the_time_the_cell_opens_with():
    assert split_deadline("Vår 2027 Frivilligsentralen", deadline_first=True) == ("Frivilligsentralen", "Vår 2027")


def test_a_name_with_a_year_in_it_is_no_time_expression():
    assert time_only("Haust 2026") and time_only("innen 2027")
    assert not time_only("Kulturkontoret 2027")


def test_the_shared_column_only_when_no_other_column_holds_the_other_role():
    header = ["Tiltak", "Ansvar / frist"]
    assert shared_column(header, table_roles(header)) == (1, False)
    header = ["Tiltak", "Ansvar / frist", "Frist"]
    assert shared_column(header, table_roles(header)) is None


def _plan(header: list[str], rows: list[list[str]]):
    table = Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                       for r, row in enumerate(rows)], pages=[1])
    blocks = [Block(id="b0", kind=BlockKind.heading, text="Tiltak", level=1),
              Block(id="b1", kind=BlockKind.table, text=" | ".join(header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang="nn", model=None)


def test_a_measure_table_with_a_shared_owner_and_deadline_column():
    plan = _plan(["Tiltak", "Ansvar / frist"],
                 [["Utarbeide ein plan for kulturminne", "Kulturkontoret 2027"],
                  ["Leggje ut forteljingar på nettstaden", "2026"],
                  ["Halde kurs i handverk", "Museet og Kulturkontoret Løpande"]])
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {"Utarbeide ein plan for kulturminne": (["Kulturkontoret"], "2027"),
                   "Leggje ut forteljingar på nettstaden": ([], "2026"),
                   "Halde kurs i handverk": (["Museet", "Kulturkontoret"], "Løpande")}
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


def test_a_deadline_run_into_the_owner_cell_beside_an_empty_deadline_cell_is_split_off():
    """A right-aligned tab stop too close for the deadline: Word sets it on after the owner,
    in the owner's column; the deadline column stays empty."""
    from plancheck.extract.tables import owner_and_deadline

    header = ["", "Ansvarleg", "Frist"]
    roles = table_roles(header)

    def row(owner: str, deadline: str) -> list[Cell]:
        return [Cell(row=1, col=k, text=t) for k, t in enumerate(["Kartleggje skulevegar", owner, deadline])]

    assert owner_and_deadline(row("Tildelingskontoret Haust 2026", ""), roles, header) == (
        "Tildelingskontoret", "Haust 2026")
    assert owner_and_deadline(row("Teknisk drift", "2027"), roles, header) == ("Teknisk drift", "2027")
    assert owner_and_deadline(row("Teknisk drift", ""), roles, header) == ("Teknisk drift", "")


@pytest.mark.parametrize(
    ("cell", "parts"),
    [("Bydrift, Kulturkontoret (Hvert halvår)", ("Bydrift, Kulturkontoret", "Hvert halvår")),
     ("Museet (i løpet av planperioden)", ("Museet", "i løpet av planperioden")),
     ("Parkvesenet (Every six months)", ("Parkvesenet", "Every six months")),
     ("Kulturkontoret (Fjordmuseet)", ("Kulturkontoret (Fjordmuseet)", "")),
     ("Kulturkontoret (i samarbeid med Museet)", ("Kulturkontoret (i samarbeid med Museet)", ""))],
)
def test_a_deadline_in_brackets_after_the_name_need_not_be_time_words_only(cell, parts):
    """The bracket bounds the deadline: a recurring or period form the parser knows is the
    deadline whole, though "halvår" or "planperioden" is no time word of its own."""
    assert split_deadline(cell) == parts
