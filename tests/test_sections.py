"""The section tree built from heading blocks (shared by the PDF, DOCX and ODT readers)."""

from __future__ import annotations

from plancheck.ingest.sections import (
    assign_locations,
    build_sections,
    level_from_number,
    section_labels,
    split_heading_number,
)
from plancheck.models import Block, BlockKind, Cell, Table


def _h(i: int, text: str, level: int | None = None, number: str | None = None) -> Block:
    return Block(id=f"b{i}", kind=BlockKind.heading, text=text, level=level, number=number)


def _p(i: int, text: str = "tekst", kind: BlockKind = BlockKind.paragraph) -> Block:
    return Block(id=f"b{i}", kind=kind, text=text)


def test_tree_from_levels() -> None:
    blocks = [
        _p(1, "Forside"),
        _h(2, "Innledning", 1, "1"),
        _p(3),
        _h(4, "Bakgrunn", 2, "1.1"),
        _p(5),
        _h(6, "Detalj", 3),
        _h(7, "Mål", 1, "2"),
        _p(8, "Alle skal ha bolig", BlockKind.list_item),
    ]
    sections = build_sections(blocks)
    assert [(s.id, s.title, s.level, s.parent_id) for s in sections] == [
        ("s0", "", 0, None),
        ("s1", "Innledning", 1, None),
        ("s2", "Bakgrunn", 2, "s1"),
        ("s3", "Detalj", 3, "s2"),
        ("s4", "Mål", 1, None),
    ]
    assert [b.section_id for b in blocks] == ["s0", "s1", "s1", "s2", "s2", "s3", "s4", "s4"]
    assert sections[1].block_ids == ["b2", "b3"]
    assert sections[4].block_ids == ["b7", "b8"]


def test_number_decides_level() -> None:
    # a PDF font level (or a wrong style) says 1, the number says 3
    blocks = [_h(1, "Kap", 1, "2"), _h(2, "Under", 1, "2.3"), _h(3, "Undermer", 1, "2.3.1")]
    sections = build_sections(blocks)
    assert [(s.level, s.parent_id) for s in sections] == [(1, None), (2, "s1"), (3, "s2")]
    assert [b.level for b in blocks] == [1, 2, 3]
    # a single number does not override the style level
    blocks = [_h(1, "Del", 1), _h(2, "Kapittel", 2, "3")]
    sections = build_sections(blocks)
    assert sections[1].level == 2 and sections[1].parent_id == "s1"


def test_skipped_levels_and_no_level() -> None:
    blocks = [_h(1, "A", 1), _h(2, "B", 3), _h(3, "C", 2), _h(4, "D"), _p(5)]
    sections = build_sections(blocks)
    assert [(s.title, s.level, s.parent_id) for s in sections] == [
        ("A", 1, None),
        ("B", 3, "s1"),
        ("C", 2, "s1"),  # nearest preceding heading with a smaller level
        ("D", 1, None),  # no level at all: top level
    ]


def test_no_headings_and_empty() -> None:
    assert build_sections([]) == []
    blocks = [_p(1), _p(2)]
    sections = build_sections(blocks)
    assert [s.id for s in sections] == ["s0"]
    assert sections[0].block_ids == ["b1", "b2"]


def test_level_from_number_and_split() -> None:
    assert level_from_number("2.3.1") == 3
    assert level_from_number("4.2.") == 2
    assert level_from_number("3") is None
    assert level_from_number("a)") is None
    assert level_from_number(None) is None
    assert split_heading_number("3.1 Mål") == ("3.1", "Mål")
    assert split_heading_number("1. Innledning") == ("1", "Innledning")
    assert split_heading_number("2025 Status") == (None, "2025 Status")
    assert split_heading_number("Mål") == (None, "Mål")


def test_locations_and_labels() -> None:
    table = Table(header=["Tiltak"], rows=[[Cell(row=0, col=0, text="x")]])
    blocks = [
        _p(1, "Forside"),
        _h(2, "Helse", 1, "1"),
        _h(3, "Mål", 2),
        _p(4),
        _p(5, "punkt", BlockKind.list_item),
        Block(id="b6", kind=BlockKind.table, table=table),
        _h(7, "Omsorg", 1, "2"),
        _h(8, "Mål", 2),
        Block(id="b9", kind=BlockKind.table, table=table),
        _h(10, "Oppfølging", 1),
    ]
    sections = build_sections(blocks)
    assign_locations(blocks, sections)
    labels = section_labels(sections)
    assert labels["s0"] == "front matter"
    assert labels["s1"] == "section 1"
    assert labels["s2"] == 'section 1 / "Mål"'  # a title used twice gets its parent
    assert labels["s5"] == 'section "Oppfølging"'
    assert [b.provenance.location for b in blocks] == [
        "front matter, paragraph 1",
        "section 1",
        'section 1 / "Mål"',
        'section 1 / "Mål", paragraph 1',
        'section 1 / "Mål", paragraph 2',
        'section 1 / "Mål", table 1',
        "section 2",
        'section 2 / "Mål"',
        'section 2 / "Mål", table 1',
        'section "Oppfølging"',
    ]
