"""A table reaches the mandate matcher as one passage (header row and cells, under its
section, with its page): the answer to a point asking for an overview. Hand-built inputs."""

from __future__ import annotations

from plancheck.extract.plan import build_plan, table_text
from plancheck.mandate import find_points
from plancheck.mandate.match import MatchSettings, assess_points, build_units
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Section, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(
        header=header,
        rows=[[Cell(row=r, col=c, text=t, page=2) for c, t in enumerate(row)] for r, row in enumerate(rows)],
        pages=[2],
    )


OWNED = _table(
    ["Selskap", "Eierandel", "Selskapsform", "Formål"],
    [
        ["Nordby Energi AS", "100 %", "AS", "Strømnett og fjernvarme"],
        ["Nordby Renovasjon IKS", "46 %", "IKS", "Innsamling av avfall"],
        ["Nordby Hotell AS", "12 %", "AS", "Hotell og konferansesenter"],
    ],
)


def _doc(table: Table) -> Document:
    return Document(
        path="x.pdf",
        page_count=2,
        sections=[
            Section(id="s1", title="Eierskapsmelding for Nordby kommune", level=1, page=1),
            Section(id="s2", title="Selskapene vi eier", level=1, page=2),
        ],
        blocks=[
            Block(id="b0", kind=BlockKind.heading, text="Eierskapsmelding for Nordby kommune", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b1", kind=BlockKind.paragraph, text="Meldingen gjelder kommunens eierskap i selskaper og samarbeid med andre kommuner.", provenance=Provenance(page=1), section_id="s1"),
            Block(id="b2", kind=BlockKind.heading, text="Selskapene vi eier", provenance=Provenance(page=2), section_id="s2"),
            Block(id="b3", kind=BlockKind.table, text="", provenance=Provenance(page=None), section_id="s2", table=table),
        ],
    )


def test_table_text_is_header_then_rows() -> None:
    assert table_text(["A", "B"], [["1", "2"], ["", ""], ["3", ""]]) == "A | B\n1 | 2\n3"
    assert table_text([], []) == ""


def test_a_table_is_a_passage_with_its_section_and_page() -> None:
    plan = build_plan(_doc(OWNED), lang="nb")
    (t,) = plan.tables
    assert t.kind == "table" and t.section_id == "s2" and t.page == 2
    assert t.text.splitlines()[0] == "Selskap | Eierandel | Selskapsform | Formål"
    assert "Nordby Hotell AS | 12 % | AS | Hotell og konferansesenter" in t.text
    # the running text is unchanged: a table is no paragraph
    assert all(p.kind != "table" for p in plan.passages)


def test_an_overview_point_is_answered_by_the_table() -> None:
    plan = build_plan(_doc(OWNED), lang="nb")
    points = find_points(
        ["Mandat\n\n1. Gi en oversikt over selskapene kommunen eier, med eierandel, selskapsform og formål."]
    )
    (c,) = assess_points(plan, points, "nb")
    assert c.status == "covered"
    assert any(e.node_id == "t1" and e.page == 2 for e in c.evidence)
    # without the table, nothing in the plan answers it
    plan.tables = []
    (c,) = assess_points(plan, points, "nb")
    assert c.status != "covered"


def test_a_table_under_a_heading_restating_the_object_does_not_answer_what_it_lacks() -> None:
    """A table of the sports grounds under a heading naming them holds no word of their
    upkeep: its header says what it holds, and the heading does not make it the answer."""
    table = _table(
        ["Anlegg", "Byggeår", "Eier"],
        [
            ["Nordby stadion med kunstgressbane", "1988", "Kommunen"],
            ["Nordby svømmehall og badeland", "1975", "Kommunen"],
            ["Skytebanen på Moen ved elva", "1990", "Skytterlaget"],
        ],
    )
    doc = _doc(table)
    doc.sections[1] = Section(id="s2", title="Idrettsanleggene i kommunen", level=1, page=2)
    plan = build_plan(doc, lang="nb")
    assert any(u.kind == "table" for u in build_units(plan, "nb", MatchSettings()))
    points = find_points(["Mandat\n\n1. Vurdere vedlikeholdsbehovet for idrettsanleggene i kommunen."])
    (c,) = assess_points(plan, points, "nb")
    assert c.status != "covered"
