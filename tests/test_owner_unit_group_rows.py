"""A measure table with no owner column, grouped under rows that each name one unit alone
('Børne- og Ungeforvaltningen' spanning 'Indsats | Tidsplan'), gives each row its group's unit
as owner (extract/groupowners.py); group rows naming themes, or one theme among the units,
leave the table as it was."""

from __future__ import annotations

from plancheck.extract.groupowners import owner_groups, unit_row
from plancheck.extract.plan import build_plan
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1, own=True) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1], ruled=True)


def _doc(table: Table) -> Document:
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Mål 1: Flere børn er fysisk aktive", provenance=Provenance(page=1),
              section_id="s1"),
        Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), provenance=Provenance(page=1),
              section_id="s1", table=table),
    ]
    return Document(path="x.pdf", page_count=1,
                    sections=[Section(id="s1", title="Mål 1: Flere børn er fysisk aktive", level=1, page=1)],
                    blocks=blocks)


DA = _table(["Indsats", "Tidsplan"], [
    ["Børne- og Ungeforvaltningen", ""],
    ["Alle skoler indfører bevægelse hver dag", "2025"],
    ["Dagplejen får kursus i leg og bevægelse", "2026"],
    ["Kultur- og Fritidsafdelingen", ""],
    ["Foreningerne får tilskud til hold for inaktive unge", "2026"],
])


def test_rows_naming_one_unit_alone_own_the_rows_under_them():
    plan = build_plan(_doc(DA), lang="da")
    owners = {m.text: m.owner_text for m in plan.measures}
    assert owners == {
        "Alle skoler indfører bevægelse hver dag": "Børne- og Ungeforvaltningen",
        "Dagplejen får kursus i leg og bevægelse": "Børne- og Ungeforvaltningen",
        "Foreningerne får tilskud til hold for inaktive unge": "Kultur- og Fritidsafdelingen",
    }


def test_nb_unit_rows_give_an_owner_column():
    nb = _table(["Tiltak", "Frist"], [
        ["Helse- og omsorgsetaten", ""], ["Tilby hverdagsrehabilitering i alle soner", "2026"],
        ["Plan- og byggesaksavdelingen", ""], ["Lage veileder for livsløpsboliger", "2028"],
    ])
    out = owner_groups(nb, "nb")
    assert out is not None and len(out.header) == 3
    assert [r[2].text for r in out.rows] == ["Helse- og omsorgsetaten", "Plan- og byggesaksavdelingen"]
    assert owner_groups(nb, None) is None  # without the language no unit is read


def test_theme_rows_are_no_owners():
    themes = _table(["Tiltak", "Frist"], [
        ["Fysisk aktivitet", ""], ["Bedre belysning i sentrum", "2026"],
        ["Skole og barnehage", ""], ["Mer fysisk aktivitet i skoletiden", "2027"],
    ])
    assert unit_row(themes.rows[0], "nb") is None
    assert unit_row(themes.rows[2], "nb") is None  # two names: a theme
    assert owner_groups(themes, "nb") is None


def test_one_theme_row_among_unit_rows_leaves_the_table_alone():
    mixed = _table(["Tiltak", "Frist"], [
        ["Helse- og omsorgsetaten", ""], ["Tilby hverdagsrehabilitering i alle soner", "2026"],
        ["Fysisk aktivitet", ""], ["Bedre belysning i sentrum", "2026"],
    ])
    assert owner_groups(mixed, "nb") is None
