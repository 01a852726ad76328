"""Stages of plancheck/ingest/layoutlines.py on hand-built inputs: an outline typed with tab
stops read as a table, and a list item's note line split off, in the Word/ODF readers."""

from __future__ import annotations

from pathlib import Path

from plancheck.extract.tables import outline_parents
from plancheck.ingest.layoutlines import Run, split_item_note, tab_stop_tables
from plancheck.models import Block, BlockKind, Cell


def _roles(text: str) -> str | None:
    return {"ansvar": "owner", "frist": "deadline"}.get(text.lower())


def _para(text: str, bold: bool = False) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text.replace("\t", " "), bold=bold)


def test_tab_stop_outline_is_a_table_with_levels_and_weight():
    lines = [("\tAnsvar\tFrist", 0, True), ("Alle skal bo trygt", 0, True), ("Vi vil samarbeide", 22.7, True),
             ("Lage en plan\tNAV\t2026", 45.4, False), ("Kartlegge behov\t\tVår 2027", 45.4, False),
             ("Etterord uten kolonner", 0, False)]
    blocks = [_para(t, b) for t, _i, b in lines]
    raw = {id(b): t for b, (t, _i, _b) in zip(blocks, lines, strict=True)}
    indents = {id(b): i for b, (_t, i, _b) in zip(blocks, lines, strict=True)}
    out, moved = tab_stop_tables(blocks, raw, indents, _roles)
    assert [b.kind for b in out] == [BlockKind.table, BlockKind.paragraph]  # the lone line after it stays
    table = out[0].table
    assert table.header == ["", "Ansvar", "Frist"]
    assert [[c.text for c in r] for r in table.rows] == [
        ["Alle skal bo trygt", "", ""], ["Vi vil samarbeide", "", ""],
        ["Lage en plan", "NAV", "2026"], ["Kartlegge behov", "", "Vår 2027"]]
    assert [r[0].level for r in table.rows] == [0, 1, 2, 2]
    assert [r[0].bold for r in table.rows] == [True, True, False, False]
    assert len(moved) == 5


def test_tab_stop_head_needs_column_words_and_rows():
    lines = ["\tSide\tMerknad", "Innledning\t3\tx", "Bakgrunn\t5\ty"]
    blocks = [_para(t) for t in lines]
    raw = {id(b): t for b, t in zip(blocks, lines, strict=True)}
    out, moved = tab_stop_tables(blocks, raw, {}, _roles)
    assert out == blocks and not moved
    one_row = ["\tAnsvar\tFrist", "Lage en plan\tNAV\t2026"]
    blocks = [_para(t) for t in one_row]
    out, _ = tab_stop_tables(blocks, {id(b): t for b, t in zip(blocks, one_row, strict=True)}, {}, _roles)
    assert out == blocks  # one tabbed row is too few (tab_stop_min_rows)


def test_item_note_split_by_italic_owner_or_smaller_size():
    italic = [Run("Lage en plan for turstier"), Run("\n"), Run("Kultureininga", italic=True), Run(" (Haust 2025)")]
    assert split_item_note(italic) == ("Lage en plan for turstier", "Kultureininga (Haust 2025)")
    smaller = [Run("Lage en plan", size=10.5), Run("\n(2026)", size=9)]
    assert split_item_note(smaller) == ("Lage en plan", "(2026)")
    same = [Run("Lage en plan som går over", size=10.5), Run("\nto linjer (PPT)", size=10.5)]
    assert split_item_note(same) is None  # more of the item's text, not set apart
    no_bracket = [Run("Lage en plan"), Run("\n"), Run("Kultureininga", italic=True)]
    assert split_item_note(no_bracket) is None


def test_outline_parents_when_one_goal_has_strategies_and_another_not():
    def row(text: str, level: int, owner: str = "") -> list[Cell]:
        return [Cell(row=0, col=0, text=text, level=level), Cell(row=0, col=1, text=owner)]

    rows = [row("Mål A", 0), row("Strategi A1", 1), row("Tiltak 1", 2, "NAV"), row("Tiltak 2", 2, "PPT"),
            row("Mål B", 0), row("Tiltak 3", 1, "NAV"), row("Tiltak 4", 1, "PPT"), row("Tiltak 5 uten ansvar", 1)]
    assert outline_parents(rows, ["measure", "owner"], 0) == {0: "goal", 1: "strategy", 4: "goal"}


def test_docx_reader_reads_tab_stops_and_item_notes(tmp_path: Path):
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    from plancheck.ingest.docx import read_docx

    doc = Document()
    doc.add_heading("Handlingsplan", 1)

    def tabbed(text: str, indent: float, bold: bool = False):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(text).bold = bold

    tabbed("\tAnsvar\tFrist", 0, True)
    tabbed("Alle barn skal ha en trygg oppvekst", 0, True)
    tabbed("Vi vil styrke samarbeidet", 0.8, True)
    tabbed("Opprette et familieteam\tNAV\t2026", 1.6)
    tabbed("Kartlegge ventetid\tPPT\tVår 2027", 1.6)
    doc.add_heading("Tiltak med notat", 1)
    p = doc.add_paragraph("Starte leksehjelp på biblioteket", style="List Bullet")
    p.runs[-1].add_break()
    r = p.add_run("Kultursjefen")
    r.italic = True
    p.add_run(" (Høst 2025)")
    small = doc.add_paragraph("Åpne fritidsklubben to kvelder", style="List Bullet")
    small.runs[-1].add_break()
    small.add_run("(2026)").font.size = Pt(8)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    blocks = read_docx(path).blocks
    tables = [b for b in blocks if b.kind == BlockKind.table]
    assert len(tables) == 1 and tables[0].table.header == ["", "Ansvar", "Frist"]
    assert [[c.text for c in r] for r in tables[0].table.rows][2:] == [
        ["Opprette et familieteam", "NAV", "2026"], ["Kartlegge ventetid", "PPT", "Vår 2027"]]
    assert [r[0].level for r in tables[0].table.rows] == [0, 1, 2, 2]
    notes = [b for b in blocks if b.item_note]
    assert [n.text for n in notes] == ["Kultursjefen (Høst 2025)", "(2026)"]
    items = [b.text for b in blocks if b.kind == BlockKind.list_item]
    assert items == ["Starte leksehjelp på biblioteket", "Åpne fritidsklubben to kvelder"]


def test_lettered_bold_paragraphs_are_headings_in_a_series_or_over_their_table():
    from plancheck.ingest.docx import promote_pseudo_headings
    from plancheck.ingest.layoutlines import lettered_headings
    from plancheck.models import Table

    def bold(text: str) -> Block:
        return Block(id="", kind=BlockKind.paragraph, text=text, bold=True)

    series = [bold("A\u2003Alle barn skal ha en trygg oppvekst i kommunen og i nærmiljøet sitt, uansett bosted"),
              _para("Utfordring."), bold("B\u2003Flere skal være i arbeid")]
    assert [v for v in lettered_headings(series).values()] == [
        ("A", "Alle barn skal ha en trygg oppvekst i kommunen og i nærmiljøet sitt, uansett bosted"),
        ("B", "Flere skal være i arbeid")]
    out = promote_pseudo_headings(series)
    assert [(b.kind, b.number) for b in out] == [(BlockKind.heading, "A"), (BlockKind.paragraph, None),
                                                 (BlockKind.heading, "B")]
    assert lettered_headings([bold("A Vision for 2030 and beyond"), _para("Text.")]) == {}
    table = Block(id="", kind=BlockKind.table, table=Table(header=["Nr", "Tiltak"], rows=[
        [Cell(row=0, col=0, text="A.1"), Cell(row=0, col=1, text="Lage en plan")]]))
    one = [bold("A\u2003Alle barn skal ha en trygg oppvekst"), table]
    assert list(lettered_headings(one).values()) == [("A", "Alle barn skal ha en trygg oppvekst")]
