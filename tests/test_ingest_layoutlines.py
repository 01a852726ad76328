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
    # one tabbed row under a head of column words is a table (a goal with one measure), as
    # in the PDF layout; a head with no tabbed row under it is none
    one_row = ["\tAnsvar\tFrist", "Lage en plan\tNAV\t2026"]
    blocks = [_para(t) for t in one_row]
    out, _ = tab_stop_tables(blocks, {id(b): t for b, t in zip(blocks, one_row, strict=True)}, {}, _roles)
    assert [b.kind for b in out] == ["table"] and [c.text for c in out[0].table.rows[0]] == ["Lage en plan", "NAV", "2026"]
    head_only = ["\tAnsvar\tFrist", "Lage en plan"]
    blocks = [_para(t) for t in head_only]
    out, _ = tab_stop_tables(blocks, {id(b): t for b, t in zip(blocks, head_only, strict=True)}, {}, _roles)
    assert out == blocks


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


def test_a_bracket_alone_on_the_line_after_a_break_is_a_note():
    runs = [Run("Lage en plan for turstier"), Run("\n"), Run("(Vår 2026)")]
    assert split_item_note(runs) == ("Lage en plan for turstier", "(Vår 2026)")
    two = [Run("Lage en plan"), Run("\n"), Run("(se vedlegg) og mer (Vår 2026)")]
    assert split_item_note(two) is None  # text with brackets in it, not a bracket alone


def test_pdf_layout_bracket_alone_after_a_short_line_is_a_note():
    from test_layout_support import line_words

    from plancheck.layout.blocks import bracket_after_break
    from plancheck.layout.lines import words_to_lines

    item, alone, long_item = words_to_lines(
        line_words("• Lage en plan", 50, 100) + line_words("(Vår 2026)", 62, 113)
        + line_words("• Lage en plan for turstier i nærheten av alle boligfelt", 50, 140), 1)
    assert bracket_after_break(item, alone, right=500)
    # the same bracket under a line that ran up to the margin: the item's text wrapped
    assert not bracket_after_break(long_item, alone.model_copy() if hasattr(alone, "model_copy") else alone, right=330)


def test_a_bullet_with_a_deadline_note_under_a_goal_heading_is_a_measure():
    from plancheck.extract.plan import build_plan
    from plancheck.models import Document, Provenance, Section

    def blk(i: int, kind: BlockKind, text: str, **kw) -> Block:
        return Block(id=f"b{i}", kind=kind, text=text, provenance=Provenance(page=1, source_text=text),
                     section_id="s1", **kw)

    def sec(i: str, title: str, level: int, parent: str | None = None) -> Section:
        return Section(id=i, title=title, level=level, page=1, parent_id=parent)

    blocks = [
        blk(0, BlockKind.heading, "Mål", level=1),
        blk(1, BlockKind.list_item, "Alle barn skal ha en trygg oppvekst", number="1", level=0),
        blk(2, BlockKind.heading, "Tiltaksoversikt", level=1),
        blk(3, BlockKind.heading, "Mål 1", level=2),
        blk(4, BlockKind.list_item, "Opprette et familieteam for barn som trenger det", bullet="•", level=0),
        blk(5, BlockKind.paragraph, "Kultursjefen (Høst 2026)", item_note=True),
        blk(6, BlockKind.list_item, "Utvide åpningstiden i ungdomsklubben til tre kvelder", bullet="•", level=0),
        blk(7, BlockKind.paragraph, "NAV og PPT (2027)", item_note=True),
    ]
    for b, s in zip(blocks, ["s1", "s1", "s2", "s3", "s3", "s3", "s3", "s3"], strict=True):
        b.section_id = s
    doc = Document(path="x.pdf", page_count=1, blocks=blocks,
                   sections=[sec("s1", "Mål", 1), sec("s2", "Tiltaksoversikt", 1), sec("s3", "Mål 1", 2, "s2")])
    plan = build_plan(doc, lang="nb")
    assert [m.text for m in plan.measures] == ["Opprette et familieteam for barn som trenger det",
                                               "Utvide åpningstiden i ungdomsklubben til tre kvelder"]
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Kultursjefen"], ["NAV", "PPT"]]
    assert [m.deadline.text for m in plan.measures] == ["Høst 2026", "2027"]
    assert [g.text for g in plan.goals] == ["Alle barn skal ha en trygg oppvekst"]
